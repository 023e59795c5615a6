/**
 * The database port: the subset of the WeChat cloud database API (wx-server-sdk,
 * created with `throwOnNotFound: false`) that our domain code uses. Two
 * implementations: `cloud.ts` hands calls straight to wx-server-sdk; the embedded one
 * in `server/db/` runs the same calls on SQLite with the cloud's rules.
 *
 * Keep this surface small: every method here must behave the same on both sides, and
 * the embedded implementation's contract tests pin that behaviour down.
 */

// `any` fields let typed document shapes be read without double casts.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Doc = { _id: string } & Record<string, any>

/** Opaque query operator (db.command.gt(…), .in(…), …). */
export interface QueryCommand {
  readonly __queryCommand: true
  and(other: QueryCommand): QueryCommand
  or(other: QueryCommand): QueryCommand
}
/** Opaque update operator (db.command.inc(…), .set(…), …). */
export interface UpdateCommand {
  readonly __updateCommand: true
}
/** Opaque logical condition (db.command.and([...]) / .or([...]) at top level). */
export interface LogicCommand {
  readonly __logicCommand: true
}

export interface DbRegExp {
  readonly __regexp: true
}
export interface ServerDate {
  readonly __serverDate: true
}

export interface Command {
  eq(value: unknown): QueryCommand
  neq(value: unknown): QueryCommand
  gt(value: unknown): QueryCommand
  gte(value: unknown): QueryCommand
  lt(value: unknown): QueryCommand
  lte(value: unknown): QueryCommand
  in(values: unknown[]): QueryCommand
  nin(values: unknown[]): QueryCommand
  exists(flag: boolean): QueryCommand
  /** top-level or field-level conjunction / disjunction */
  and(conditions: Array<Condition | QueryCommand>): LogicCommand & QueryCommand
  or(conditions: Array<Condition | QueryCommand>): LogicCommand & QueryCommand
  /** update operators */
  set(value: unknown): UpdateCommand
  remove(): UpdateCommand
  inc(n: number): UpdateCommand
  push(values: unknown | unknown[]): UpdateCommand
  pull(value: unknown): UpdateCommand
}

/**
 * A where-condition: field paths (dot notation allowed, e.g. 'profile.city') mapped to
 * a literal (equality), a QueryCommand, or a RegExp / DbRegExp; or a LogicCommand.
 */
export type Condition = Record<string, unknown> | LogicCommand

export type SortDirection = 'asc' | 'desc'

export interface Query {
  where(condition: Condition): Query
  orderBy(field: string, direction: SortDirection): Query
  skip(n: number): Query
  /** at most 1000 on the server side; more is an error, as in the cloud */
  limit(n: number): Query
  field(projection: Record<string, boolean>): Query
  get(): Promise<{ data: Doc[] }>
  count(): Promise<{ total: number }>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface DocumentRef {
  /** `data` is null when the document does not exist (throwOnNotFound: false) */
  get(): Promise<{ data: Doc | null }>
  set(options: { data: Record<string, unknown> }): Promise<{ _id: string; stats: { updated: number; created: number } }>
  update(options: { data: Record<string, unknown> }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface CollectionRef extends Query {
  doc(id: string): DocumentRef
  /** `_id` may be given in data; adding an existing `_id` fails with a DbError */
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>
}

/** Inside a transaction only single-document operations exist, as in the cloud. */
export interface TransactionCollection {
  doc(id: string): DocumentRef
  add(options: { data: Record<string, unknown> }): Promise<{ _id: string }>
}

export interface Transaction {
  collection(name: string): TransactionCollection
  /** aborts; runTransaction rejects with `reason` */
  rollback(reason?: unknown): Promise<void>
}

export interface Database {
  collection(name: string): CollectionRef
  readonly command: Command
  serverDate(): ServerDate
  RegExp(options: { regexp: string; options?: string }): DbRegExp
  /**
   * Runs `fn` in a snapshot-isolated transaction and commits when it resolves.
   * Retried on write conflict up to `times` runs in all (default 3), as in the cloud.
   */
  runTransaction<T>(fn: (tx: Transaction) => Promise<T>, times?: number): Promise<T>
  /**
   * Full-text search over a collection declared in SEARCH_INDEXES (db/indexes.ts):
   * SQLite FTS5 locally, regular expressions in the cloud (db/search.ts). Both match
   * the same documents; only the scores differ.
   */
  search(collection: string, request: SearchRequest): Promise<SearchResult>
}

export interface SearchRequest {
  /**
   * user text; split on whitespace, every term must match (in any of the fields),
   * case-insensitively for Latin letters. Never query syntax: every character is literal.
   * Empty text matches every document (the where filter still applies).
   */
  text: string
  /** plain equality / command filters (or a top-level _.and / _.or), as in where() */
  where?: Condition
  /** 'score' (best first, the default) or a field */
  orderBy?: 'score' | { field: string; direction: 'asc' | 'desc' }
  skip?: number
  /** default 20, at most 100 (more is an INVALID_PARAM error, like get()'s limit rule) */
  limit?: number
  /** projection as in field() */
  field?: Record<string, boolean>
}

/** `_score`: higher is better; comparable within one result only. `total` counts all matches. */
export interface SearchResult {
  data: Array<Doc & { _score: number }>
  total: number
}

/**
 * Errors thrown by either implementation carry the cloud's shape: `errCode` and
 * `errMsg`. The codes we rely on are named here.
 */
export const DB_ERR = {
  /** invalid argument: bad limit, bad operator, query inside a transaction … */
  INVALID_PARAM: -501001,
  /** a document with that _id already exists */
  DUPLICATE_KEY: -502001,
  /** update or remove of a missing document through doc() */
  NOT_FOUND: -502002,
  /** the transaction lost a write conflict and ran out of retries */
  TX_CONFLICT: -502005
} as const

export class DbError extends Error {
  constructor(
    readonly errCode: number,
    readonly errMsg: string
  ) {
    super(errMsg)
    this.name = 'DbError'
  }
}

export function isDbError(e: unknown, code?: number): e is DbError {
  const err = e as { errCode?: unknown } | null
  return !!err && typeof err.errCode === 'number' && (code === undefined || err.errCode === code)
}

/** Indexes, declared once; created on SQLite at open and listed for the cloud console. */
export interface IndexSpec {
  collection: string
  name: string
  /**
   * `array: true` marks a field that may hold an array (a multikey index in the cloud).
   * Every other indexed field is a scalar: the embedded database refuses to store an
   * array in it, and so can answer conditions on it from every field of the index.
   * `boolean: true` (anywhere for that field) marks a field that holds only true/false (or
   * null, or nothing): the embedded database refuses any other value, so `{f: true}`
   * needs no type test beside the index (json_extract reads true as 1, like the number 1).
   */
  fields: Array<{ field: string; direction: SortDirection; array?: boolean; boolean?: boolean }>
  unique?: boolean
}

/**
 * A searchable collection, declared once in SEARCH_INDEXES. Fields hold strings and are
 * listed from the most to the least important: a hit in an earlier field scores higher.
 */
export interface SearchIndexSpec {
  collection: string
  fields: string[]
  /**
   * Top-level fields that search filters (where) and orderBy commonly use. The embedded
   * database keeps a small copy of them beside the index so filtering thousands of hits
   * never reads whole documents; a filter on other fields still works, only slower.
   * The cloud ignores this.
   */
  filterFields?: string[]
}
