/**
 * Index coverage: the query shapes the domain issues (collection, equality fields, range
 * fields, sort) and whether an index declared for the cloud (db/indexes.ts, the list that
 * becomes dist/cloud-indexes.json) serves each one.
 *
 * A recording wrapper around the database port collects a shape at every get / count /
 * update / remove issued from code under cloudfunctions/ (test setup is not recorded),
 * with the first stack frame there as its origin. Searches (Database.search) and single
 * documents (doc(id), by _id) are not shapes: _id is always indexed, and search is the
 * full-text path (FTS locally, a regexp scan in the cloud, decision 0011).
 */
import type { CollectionRef, Condition, Database, IndexSpec, Query, SortDirection } from '../../../cloudfunctions/api/src/db/port'
import { ComparisonNode, DbRegExpValue, LogicNode } from '../../../server/db/sqlite/commands'

export interface Shape {
  collection: string
  op: 'get' | 'count' | 'update' | 'remove'
  /** fields compared for equality (eq, in, a literal), sorted */
  eq: string[]
  /** fields with a range (gt, gte, lt, lte), sorted */
  range: string[]
  sort: Array<{ field: string; direction: SortDirection }>
  /** where the query came from: the first stack frame under cloudfunctions/ */
  origin: string
}

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype

type Kind = 'eq' | 'range' | 'filter'

/** what a field's value asks of an index: equality, a range, or only a residual filter */
function kindOf(v: unknown): Kind {
  if (v instanceof ComparisonNode) {
    if (v.op === 'eq' || v.op === 'in') return 'eq'
    if (v.op === 'gt' || v.op === 'gte' || v.op === 'lt' || v.op === 'lte') return 'range'
    return 'filter'
  }
  if (v instanceof LogicNode) {
    const kinds = v.operands.map(kindOf)
    if (v.op === 'or') return kinds.every((k) => k === 'eq') ? 'eq' : 'filter'
    if (kinds.includes('eq')) return 'eq'
    return kinds.includes('range') ? 'range' : 'filter'
  }
  if (v instanceof RegExp || v instanceof DbRegExpValue) return 'filter'
  return 'eq'
}

function collect(condition: unknown, prefix: string, out: Map<string, Kind>): void {
  if (condition instanceof LogicNode) {
    // a top-level and() adds its parts; an or() is a residual filter (cursor tie-breaks),
    // unless it is all there is, when each branch must stand on an index by itself
    if (condition.op === 'and') for (const part of condition.operands) collect(part, prefix, out)
    return
  }
  if (!isPlainObject(condition)) return
  for (const [key, value] of Object.entries(condition)) {
    const path = prefix ? `${prefix}.${key}` : key
    if (isPlainObject(value) && Object.keys(value).length > 0) {
      collect(value, path, out)
      continue
    }
    const kind = kindOf(value)
    const before = out.get(path)
    // eq beats range beats filter when a field appears twice (and([{a: 1}, {a: gt(0)}]))
    if (!before || kind === 'eq' || (kind === 'range' && before === 'filter')) out.set(path, kind)
  }
}

/** the branches a condition's shapes come from: one, or each branch of a top-level or() */
function branches(condition: Condition | undefined): unknown[] {
  if (condition instanceof LogicNode && condition.op === 'or') return condition.operands.flatMap((c) => branches(c as Condition))
  return [condition ?? {}]
}

export function shapesOf(collection: string, op: Shape['op'], condition: Condition | undefined, sort: Shape['sort'], origin: string): Shape[] {
  return branches(condition).map((branch) => {
    const fields = new Map<string, Kind>()
    collect(branch, '', fields)
    const pick = (k: Kind) => [...fields].filter(([, kind]) => kind === k).map(([f]) => f).sort()
    return { collection, op, eq: pick('eq'), range: pick('range'), sort, origin }
  })
}

/**
 * Whether one declared index serves a shape, as the cloud's query planner would use it
 * (MongoDB's equality-sort-range order):
 * - the index's first field is a field the query selects on (equality, range) or sorts by;
 * - when the query sorts, the index gives that order: after a prefix of equality fields
 *   come the sort fields in order (a cursor's _id tie-break included), all in the index's
 *   directions or all reversed; sort fields fixed by equality are skipped;
 * - a query on nothing but a sort is served by an index that starts with the sort.
 * _id is always indexed. Extra equality or range fields are residual filters.
 */
export function indexServes(index: IndexSpec, shape: Shape): boolean {
  if (index.collection !== shape.collection) return false
  const fields = index.fields
  const eq = new Set(shape.eq)
  const selected = new Set([...shape.eq, ...shape.range])
  const sort = shape.sort.filter((s) => !eq.has(s.field))
  const first = fields[0].field
  if (!selected.has(first) && sort[0]?.field !== first) return false
  if (sort.length === 0) return true
  let i = 0
  while (i < fields.length && eq.has(fields[i].field)) i++
  let flip: boolean | null = null
  for (let s = 0; s < sort.length; s++) {
    const f = fields[i + s]
    if (!f) return false
    if (f.field !== sort[s].field) return false
    const same = f.direction === sort[s].direction
    if (flip === null) flip = !same
    else if (flip === same) return false
  }
  return true
}

export function isCovered(indexes: IndexSpec[], shape: Shape, small: readonly string[] = []): boolean {
  if (small.includes(shape.collection)) return true
  // by _id alone (doc lists by id, _id ranges): the primary index
  if (shape.eq.includes('_id') || (shape.eq.length === 0 && shape.range.includes('_id'))) return true
  // a walk of a whole collection in _id order: the primary index
  if (shape.eq.length === 0 && shape.range.every((f) => f === '_id') && shape.sort.length === 1 && shape.sort[0].field === '_id') return true
  if (shape.eq.length === 0 && shape.range.length === 0 && shape.sort.length === 0) {
    // a count of a whole collection is metadata; fetching a whole collection is not on an index
    return shape.op === 'count'
  }
  return indexes.some((index) => indexServes(index, shape))
}

export const describeShape = (s: Shape): string =>
  `${s.collection}.${s.op} eq[${s.eq.join(', ')}] range[${s.range.join(', ')}] sort[${s.sort.map((o) => `${o.field} ${o.direction}`).join(', ')}]`

/** the first stack frame under cloudfunctions/, or null when the call did not come from there */
export function originOf(stack: string | undefined): string | null {
  for (const line of (stack ?? '').split('\n').slice(1)) {
    const m = /(cloudfunctions\/[^\s)]+)/.exec(line)
    // the paging helpers run every list: the caller names the query
    if (m && !line.includes('/node_modules/') && !m[1].includes('/domain/paging.ts')) return m[1]
  }
  return null
}

interface QueryState {
  condition?: Condition
  sort: Shape['sort']
}

/** Wraps a database so that every query issued from cloudfunctions/ lands in `sink`. */
export function recordingDatabase<T extends Database>(db: T, sink: (shape: Shape) => void): T {
  const record = (collection: string, op: Shape['op'], state: QueryState) => {
    const origin = originOf(new Error().stack)
    if (origin) for (const s of shapesOf(collection, op, state.condition, state.sort, origin)) sink(s)
  }
  const wrapQuery = (collection: string, query: Query, state: QueryState): Query => ({
    where: (condition) => wrapQuery(collection, query.where(condition), { ...state, condition }),
    orderBy: (field, direction) => wrapQuery(collection, query.orderBy(field, direction), { ...state, sort: [...state.sort, { field, direction }] }),
    skip: (n) => wrapQuery(collection, query.skip(n), state),
    limit: (n) => wrapQuery(collection, query.limit(n), state),
    field: (p) => wrapQuery(collection, query.field(p), state),
    get: () => {
      record(collection, 'get', state)
      return query.get()
    },
    count: () => {
      // a count does not sort
      record(collection, 'count', { ...state, sort: [] })
      return query.count()
    },
    update: (o) => {
      record(collection, 'update', state)
      return query.update(o)
    },
    remove: () => {
      record(collection, 'remove', state)
      return query.remove()
    }
  })
  const wrapped: Database = {
    command: db.command,
    serverDate: () => db.serverDate(),
    RegExp: (o) => db.RegExp(o),
    runTransaction: (fn, times) => db.runTransaction(fn, times),
    search: (c, r) => db.search(c, r),
    collection: (name) => {
      const ref = db.collection(name)
      const q = wrapQuery(name, ref, { sort: [] })
      const out: CollectionRef = { ...q, doc: (id) => ref.doc(id), add: (o) => ref.add(o) }
      return out
    }
  }
  return Object.assign(Object.create(Object.getPrototypeOf(db) as object) as T, db, wrapped)
}

/** The shapes of this test file's run (one jest module registry per file). */
export const recorded: Shape[] = []

export function uncoveredReport(indexes: IndexSpec[], shapes: Shape[], small: readonly string[] = []): string | null {
  const seen = new Map<string, Shape>()
  for (const s of shapes) if (!isCovered(indexes, s, small)) seen.set(`${describeShape(s)} @ ${s.origin}`, s)
  if (seen.size === 0) return null
  return (
    `${seen.size} query shape(s) not served by any index declared for the cloud (cloudfunctions/api/src/db/indexes.ts):\n` +
    [...seen.keys()].map((k) => `  - ${k}`).join('\n')
  )
}
