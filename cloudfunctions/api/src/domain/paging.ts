import type { Page } from '../../../../types'
import type { CollectionRef, Condition, Database, Doc, Query, SortDirection } from '../db/port'
import { fail } from './errors'

/**
 * Page numbers reach at most this deep (skip < MAX_SKIP, the embedded database's bound,
 * server/db/sqlite/collection.ts); deeper pages go by cursor.
 */
export const MAX_SKIP = 5000

/** the skip of a page found by number; deeper than MAX_SKIP is refused (go by cursor, or narrow the list) */
export function shallowSkip(page: number, pageSize: number): number {
  const skip = (page - 1) * pageSize
  if (skip > MAX_SKIP) fail('INVALID_INPUT', '页码过大，请缩小范围或从头浏览')
  return skip
}

/** Runs a page of a query plus its total, the shape every list action answers (shallow lists). */
export async function pageOf<T>(
  query: Query,
  page: number,
  pageSize: number,
  map: (doc: Record<string, unknown>) => T
): Promise<Page<T>> {
  const [{ total }, { data }] = await Promise.all([
    query.count(),
    query.skip(shallowSkip(page, pageSize)).limit(pageSize).get()
  ])
  return { items: data.map(map), total, page, pageSize, hasMore: page * pageSize < total }
}

/** A list that can go deep: its condition, one sort key, and an optional projection. */
export interface ListSpec {
  where: Condition
  orderBy: [string, SortDirection]
  field?: Record<string, boolean>
}

export interface Paging {
  page: number
  pageSize: number
  /** nextCursor of the previous page: the page after it (page then only labels the answer) */
  cursor?: string
}

type Key = string | number | boolean | null

/** opaque to the client: base64url of [sort key, _id] */
export function encodeCursor(key: Key, id: string): string {
  return Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url')
}

export function decodeCursor(cursor: string): { key: Key; id: string } {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[1] === 'string' && isKey(parsed[0])) {
      return { key: parsed[0], id: parsed[1] }
    }
  } catch {
    // falls through to the error below
  }
  return fail('INVALID_INPUT', '翻页位置无效，请刷新列表')
}

const isKey = (v: unknown): v is Key => v === null || ['string', 'number', 'boolean'].includes(typeof v)

/**
 * The rows after (key, id) in the order (field dir, _id dir). Written as a range on the
 * sort key plus a tie test, so an index on (…equality fields, field, _id) seeks straight
 * to the cursor instead of reading the pages before it. A null key sorts first.
 */
function after(db: Database, field: string, dir: SortDirection, key: Key, id: string): Condition {
  const _ = db.command
  const tie = { _id: dir === 'asc' ? _.gt(id) : _.lt(id) }
  if (key === null) {
    // asc: the other null keys after id, then every non-null key; desc: nulls come last
    return dir === 'asc' ? _.or([{ [field]: null, ...tie }, { [field]: _.neq(null) }]) : { [field]: null, ...tie }
  }
  // comparisons are type-bracketed (a sort key has one type): the null keys that follow a
  // descending page are read by readAfter's second query, which keeps this one on the index
  const from = dir === 'asc' ? _.gte(key) : _.lte(key)
  const strictly = dir === 'asc' ? _.gt(key) : _.lt(key)
  return _.and([{ [field]: from }, _.or([{ [field]: strictly }, tie])])
}

/**
 * Up to `limit` rows of `where` in the order (field dir, _id dir): after the cursor when
 * there is one, else from `skip`.
 */
async function readAfter(
  db: Database,
  collection: CollectionRef,
  where: Condition,
  [field, dir]: [string, SortDirection],
  projection: Record<string, boolean> | undefined,
  cursor: { key: Key; id: string } | null,
  skip: number,
  limit: number
): Promise<Doc[]> {
  const run = (cond: Condition, n: number, from = 0) => {
    let query = collection.where(cond).orderBy(field, dir).orderBy('_id', dir)
    // the sort key must come back, whatever the projection, to make the next cursor
    if (projection) query = query.field(withKey(withKey(projection, '_id'), field))
    return query.skip(from).limit(n).get()
  }
  if (!cursor) return (await run(where, limit, skip)).data
  const { data } = await run(db.command.and([where, after(db, field, dir, cursor.key, cursor.id)]), limit)
  if (dir === 'asc' || cursor.key === null || data.length === limit) return data
  // descending, the null keys come last
  const nulls = await run(db.command.and([where, { [field]: null }]), limit - data.length)
  return [...data, ...nulls.data]
}

/**
 * A page of a list that can go deep, plus its total. Ties on the sort key are broken by
 * _id, so pages never overlap or leave a row out; `nextCursor` carries the last row's key.
 * Without a cursor a page is found by skip, bounded by MAX_SKIP (shallow pages, and the
 * clients that still send page numbers).
 */
export async function listPage<T>(
  db: Database,
  collection: CollectionRef,
  spec: ListSpec,
  paging: Paging,
  map: (doc: Record<string, unknown>) => T
): Promise<Page<T>> {
  const field = spec.orderBy[0]
  const { page, pageSize } = paging
  const cursor = paging.cursor ? decodeCursor(paging.cursor) : null
  const skip = cursor ? 0 : shallowSkip(page, pageSize)
  const [{ total }, data] = await Promise.all([
    collection.where(spec.where).count(),
    readAfter(db, collection, spec.where, spec.orderBy, spec.field, cursor, skip, pageSize + 1)
  ])
  const more = data.length > pageSize
  const rows = more ? data.slice(0, pageSize) : data
  const last = rows[rows.length - 1]
  const out: Page<T> = { items: rows.map(map), total, page, pageSize, hasMore: more }
  if (more && last) out.nextCursor = encodeCursor(keyOf(last, field), last._id)
  return out
}

/** a projection that keeps `field`, whether it lists fields to include or to exclude */
function withKey(projection: Record<string, boolean>, field: string): Record<string, boolean> {
  const values = Object.values(projection)
  if (values.length > 0 && values.every((v) => !v)) {
    const rest = { ...projection }
    delete rest[field]
    return rest
  }
  return { ...projection, [field]: true }
}

function keyOf(doc: Record<string, unknown>, path: string): Key {
  let v: unknown = doc
  for (const seg of path.split('.')) v = v && typeof v === 'object' ? (v as Record<string, unknown>)[seg] : undefined
  if (v instanceof Date) fail('INTERNAL', '排序字段不支持日期对象')
  return isKey(v) ? v : null
}

/** documents a batch walk reads per query: the cloud's most */
export const WALK_BATCH = 1000

/**
 * Walks every document matching `where` in _id order (or `orderBy` then _id), a batch at
 * a time, each batch starting after the last row of the one before: never a skip, so the
 * thousandth batch costs what the first does. The index that serves `where` should end
 * in the sort key and _id (db/indexes.ts).
 */
export async function forEachBatch(
  db: Database,
  collection: string,
  where: Condition,
  fn: (docs: Doc[]) => Promise<void> | void,
  options: { field?: Record<string, boolean>; batch?: number; orderBy?: [string, SortDirection] } = {}
): Promise<void> {
  const batch = options.batch ?? WALK_BATCH
  const order = options.orderBy
  const coll = db.collection(collection)
  let last: Doc | null = null
  for (;;) {
    let data: Doc[]
    if (order) {
      data = await readAfter(db, coll, where, order, options.field, last && { key: keyOf(last, order[0]), id: last._id }, 0, batch)
    } else {
      let query = coll.where(last === null ? where : db.command.and([where, { _id: db.command.gt(last._id) }])).orderBy('_id', 'asc')
      if (options.field) query = query.field(withKey(options.field, '_id'))
      data = (await query.limit(batch).get()).data
    }
    if (data.length > 0) await fn(data)
    if (data.length < batch) return
    last = data[data.length - 1]
  }
}

/** every document matching `where`, read by forEachBatch */
export async function readAll(db: Database, collection: string, where: Condition, field?: Record<string, boolean>, orderBy?: [string, SortDirection]): Promise<Doc[]> {
  const out: Doc[] = []
  await forEachBatch(db, collection, where, (docs) => void out.push(...docs), { field, orderBy })
  return out
}
