/**
 * where-conditions → SQL over json_extract(), with every user value bound as a
 * parameter. Matching follows the cloud, which follows MongoDB:
 *
 * - nested plain objects are flattened into dot paths: {a: {b: 1}} means a.b == 1;
 * - a condition on a field that holds an array also matches when any element matches
 *   ({tags: 'x'} finds tags: ['x', 'y']);
 * - comparisons are type-bracketed: gt(5) matches numbers only, gt('m') strings only;
 * - {f: null} and eq(null) match a null or missing field; neq / nin match missing fields.
 *
 * SQL expressions are written so an expression index on json_extract(data, '$.f') can
 * serve equality and range conditions (see matchAny for the array case).
 *
 * Scalar fields: a field named in a declared index (and not marked `array`) is known to
 * never hold an array (the store refuses such writes, see indexes.ts), so a condition on
 * it compiles to the plain predicate on the indexed expression. That is what lets SQLite
 * use every field of a compound index, not only the first one.
 */
import { ComparisonNode, DbRegExpValue, LogicNode, ServerDateValue, UpdateNode } from './commands'
import { encodeDate, encodeJson, encodeString, isPlainObject } from './codec'
import { ParamError } from './errors'
import { fieldAccess, type FieldAccess } from './paths'
import { regexpFlags } from './regexp'

/** Collects bound parameters in the order their placeholders appear in the SQL text. */
export class SqlParams {
  readonly values: unknown[] = []
  bind(v: unknown): string {
    this.values.push(v)
    return '?'
  }
}

/** A value and its JSON type: a document field, or one element of an array field. */
interface Operand {
  value: string
  type: string
  /** never an array (a scalar indexed field, or _id): its type can often be told from the value alone */
  scalar?: boolean
  /** holds only true, false or null (a scalar field declared `boolean`) */
  boolean?: boolean
}

/** A field as a condition reads it: a field declared boolean holds true, false or null only. */
type Access = FieldAccess & { boolean?: boolean }

/** Builds a predicate on an operand; called once per place it is used, binding afresh. */
type Predicate = (o: Operand) => string

const NUMBER_TYPES = `('integer','real')`
/** Encoded dates are the strings in [DATE_LO, DATE_HI): the prefix "\u0001D:" up to "\u0001D;". */
const DATE_LO = 'char(1,68,58)'
const DATE_HI = 'char(1,68,59)'
const isDate = (v: string) => `(${v} >= ${DATE_LO} AND ${v} < ${DATE_HI})`

/**
 * Applies `pred` to the field and, when the field is an array, to its elements.
 * json_each() of a scalar yields the scalar itself, so the EXISTS never adds false
 * matches. The range test ("JSON text starting with '['") only selects arrays, and
 * because it is a range on the same expression, SQLite can answer both sides of the OR
 * from one expression index (MULTI-INDEX OR) instead of scanning the table.
 */
function matchAny(field: Access, pred: Predicate): string {
  const direct = pred({ value: field.value, type: field.type, scalar: !field.each, boolean: field.boolean })
  if (!field.each) return direct
  const element = pred({ value: 'je.value', type: 'je.type' })
  return (
    `(${direct} OR (${field.value} >= '[' AND ${field.value} < '\\' ` +
    `AND EXISTS (SELECT 1 FROM ${field.each} AS je WHERE ${element})))`
  )
}

/** SQL three-valued logic: a missing field makes comparisons NULL; negations must treat that as "no match". */
const not = (sql: string) => `NOT COALESCE(${sql}, 0)`

function resolveArg(v: unknown, now: Date): unknown {
  return v instanceof ServerDateValue ? now : v
}

function describe(v: unknown): string {
  if (v === undefined) return 'undefined'
  if (typeof v === 'number' || typeof v === 'boolean' || v === null) return String(v)
  return Object.prototype.toString.call(v)
}

function eqPredicate(arg: unknown, p: SqlParams): Predicate {
  if (arg === null) return (o) => `${o.value} IS NULL`
  if (typeof arg === 'boolean') {
    // json_extract reads true/false as 1/0; the type test keeps 1 from matching true,
    // unless the field is declared boolean (then nothing else reads as 1/0)
    return (o) => (o.boolean ? `${o.value} = ${p.bind(arg ? 1 : 0)}` : `(${o.value} = ${p.bind(arg ? 1 : 0)} AND ${o.type} = '${arg}')`)
  }
  if (typeof arg === 'number') {
    if (!Number.isFinite(arg)) throw new ParamError(`cannot compare with ${arg}`)
    // Without affinity a number never equals text; on a scalar only a boolean (read as 1/0) could.
    const mayBeBoolean = arg === 0 || arg === 1
    return (o) => (o.scalar && !mayBeBoolean ? `${o.value} = ${p.bind(arg)}` : `(${o.value} = ${p.bind(arg)} AND ${o.type} IN ${NUMBER_TYPES})`)
  }
  if (typeof arg === 'string') {
    const s = encodeString(arg)
    // Arrays and objects read as JSON text; a string like '[1]' must not equal them.
    const needsType = s.startsWith('[') || s.startsWith('{')
    return (o) => (needsType ? `(${o.value} = ${p.bind(s)} AND ${o.type} = 'text')` : `${o.value} = ${p.bind(s)}`)
  }
  if (arg instanceof Date) {
    const s = encodeDate(arg)
    return (o) => `${o.value} = ${p.bind(s)}`
  }
  if (Array.isArray(arg) || isPlainObject(arg)) {
    // Whole-value equality, compared as canonical JSON text (so object key order matters).
    const json = encodeJson(arg, new Date())
    const type = Array.isArray(arg) ? 'array' : 'object'
    return (o) => `(${o.type} = '${type}' AND ${o.value} = json(${p.bind(json)}))`
  }
  throw new ParamError(`unsupported value in query: ${describe(arg)}`)
}

type RangeOp = '>' | '>=' | '<' | '<='

function rangePredicate(op: RangeOp, arg: unknown, p: SqlParams): Predicate {
  if (arg === null) {
    // MongoDB: gte/lte null behave like eq null; gt/lt null match nothing.
    return op === '>=' || op === '<=' ? eqPredicate(null, p) : () => '0'
  }
  if (typeof arg === 'number') {
    if (!Number.isFinite(arg)) throw new ParamError(`cannot compare with ${arg}`)
    return (o) => {
      if (!o.scalar || rangeHas(op, arg, 0) || rangeHas(op, arg, 1)) return `(${o.value} ${op} ${p.bind(arg)} AND ${o.type} IN ${NUMBER_TYPES})`
      // SQLite orders NULL < numbers < text: below a number there is no text, above it `< ''` cuts text off
      return op === '>' || op === '>=' ? `(${o.value} ${op} ${p.bind(arg)} AND ${o.value} < '')` : `${o.value} ${op} ${p.bind(arg)}`
    }
  }
  if (typeof arg === 'boolean') {
    return (o) => `(${o.value} ${op} ${p.bind(arg ? 1 : 0)} AND ${o.type} IN ('true','false'))`
  }
  if (typeof arg === 'string') {
    const s = encodeString(arg)
    return (o) => {
      if (!o.scalar) return `(${o.value} ${op} ${p.bind(s)} AND ${o.type} = 'text' AND NOT ${isDate(o.value)})`
      // A scalar reads as NULL, a number (booleans too) or text; text is everything >= ''. Text
      // that is not a string is a date (tested on the value) or an object's JSON, which starts
      // with '{': only a range reaching that far needs json_type.
      const parts = [`${o.value} ${op} ${p.bind(s)}`]
      if (op === '<' || op === '<=') parts.push(`${o.value} >= ''`)
      parts.push(`NOT ${isDate(o.value)}`)
      if (op === '>' || op === '>=' || s > '{' || (op === '<=' && s === '{')) parts.push(`(${o.value} < '{' OR ${o.type} = 'text')`)
      return `(${parts.join(' AND ')})`
    }
  }
  if (arg instanceof Date) {
    const s = encodeDate(arg)
    return (o) => `(${o.value} ${op} ${p.bind(s)} AND ${isDate(o.value)})`
  }
  throw new ParamError(`cannot order-compare with ${describe(arg)}`)
}

/** whether `x op bound` holds for x = v */
function rangeHas(op: RangeOp, bound: number, v: number): boolean {
  return op === '>' ? v > bound : op === '>=' ? v >= bound : op === '<' ? v < bound : v <= bound
}

function regexPredicate(source: string, flags: string, p: SqlParams): Predicate {
  try {
    new RegExp(source, flags)
  } catch (e) {
    throw new ParamError(`invalid regular expression: ${(e as Error).message}`)
  }
  // regexp() is registered in regexp.ts; it ignores dates and decodes escaped strings.
  return (o) => `(${o.type} = 'text' AND regexp(${p.bind(source)}, ${o.value}, ${p.bind(flags)}))`
}

function regexOf(v: unknown): { source: string; flags: string } | null {
  if (v instanceof RegExp) return { source: v.source, flags: regexpFlags(v.flags, true) }
  if (v instanceof DbRegExpValue) return { source: v.regexp, flags: regexpFlags(v.options, false) }
  return null
}

/** the encoded text of a string or date that equality compares by value alone; null otherwise */
function plainText(v: unknown): string | null {
  if (v instanceof Date) return encodeDate(v)
  if (typeof v !== 'string') return null
  const s = encodeString(v)
  return s.startsWith('[') || s.startsWith('{') ? null : s
}

function inPredicate(values: unknown, p: SqlParams, now: Date): Predicate {
  if (!Array.isArray(values)) throw new ParamError('in / nin expect an array')
  const preds = values.map((v) => {
    const re = regexOf(v)
    return re ? regexPredicate(re.source, re.flags, p) : eqPredicate(resolveArg(v, now), p)
  })
  if (preds.length === 0) return () => '0'
  // Plain strings and dates compare by value alone: one IN list, which an index answers
  // with one seek per value (an OR of equalities would not use a compound index's next field).
  const plain = values.map((v) => plainText(resolveArg(v, now)))
  if (plain.every((v): v is string => v !== null)) {
    return (o) => `${o.value} IN (${plain.map((v) => p.bind(v)).join(', ')})`
  }
  return (o) => `(${preds.map((pred) => pred(o)).join(' OR ')})`
}

const RANGE_OPS: Record<string, RangeOp> = { gt: '>', gte: '>=', lt: '<', lte: '<=' }

function compileComparison(field: Access, node: ComparisonNode, p: SqlParams, now: Date): string {
  const arg = resolveArg(node.arg, now)
  switch (node.op) {
    case 'eq':
      return matchAny(field, eqPredicate(arg, p))
    case 'neq':
      return not(matchAny(field, eqPredicate(arg, p)))
    case 'in':
      return matchAny(field, inPredicate(arg, p, now))
    case 'nin':
      return not(matchAny(field, inPredicate(arg, p, now)))
    case 'exists':
      if (typeof arg !== 'boolean') throw new ParamError('exists expects a boolean')
      if (field.isId) return arg ? '1' : '0'
      return `${field.type} IS ${arg ? 'NOT ' : ''}NULL`
    default:
      return matchAny(field, rangePredicate(RANGE_OPS[node.op], arg, p))
  }
}

function join(op: 'and' | 'or', parts: string[]): string {
  if (parts.length === 0) return op === 'and' ? '1' : '0'
  return `(${parts.join(op === 'and' ? ' AND ' : ' OR ')})`
}

const joinPath = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key)

/** Field paths known to hold no arrays (see the header); empty: every field may. */
export type ScalarFields = ReadonlySet<string>
const NO_SCALARS: ScalarFields = new Set()

interface Ctx {
  p: SqlParams
  now: Date
  scalars: ScalarFields
  booleans: ScalarFields
}

/** Field access for a condition: a scalar field has no elements to match. */
function access(path: string, ctx: Ctx): Access {
  const field = fieldAccess(path)
  return ctx.scalars.has(path) ? { ...field, each: null, boolean: ctx.booleans.has(path) } : field
}

/** The value given for one field: a literal, a command, a regexp, or a nested object. */
function compileFieldValue(path: string, v: unknown, ctx: Ctx): string {
  const { p, now } = ctx
  if (v instanceof ComparisonNode) return compileComparison(access(path, ctx), v, p, now)
  if (v instanceof LogicNode) {
    if (!Array.isArray(v.operands)) throw new ParamError(`${v.op} expects an array`)
    return join(
      v.op,
      v.operands.map((operand) => compileFieldValue(path, operand, ctx))
    )
  }
  if (v instanceof UpdateNode) throw new ParamError(`update command '${v.op}' used in a query (field '${path}')`)
  const re = regexOf(v)
  if (re) return matchAny(access(path, ctx), regexPredicate(re.source, re.flags, p))
  if (isPlainObject(v) && Object.keys(v).length > 0) return compileObject(v, path, ctx)
  if (v === undefined) throw new ParamError(`field '${path}' is undefined in the query`)
  return matchAny(access(path, ctx), eqPredicate(resolveArg(v, now), p))
}

function compileObject(obj: Record<string, unknown>, prefix: string, ctx: Ctx): string {
  return join(
    'and',
    Object.entries(obj).map(([k, v]) => compileFieldValue(joinPath(prefix, k), v, ctx))
  )
}

function compileCondition(condition: unknown, ctx: Ctx): string {
  if (condition instanceof LogicNode) {
    if (!Array.isArray(condition.operands)) throw new ParamError(`${condition.op} expects an array`)
    return join(
      condition.op,
      condition.operands.map((operand) => {
        if (operand instanceof ComparisonNode) {
          throw new ParamError(`field-level command '${operand.op}' used as a top-level condition`)
        }
        return compileCondition(operand, ctx)
      })
    )
  }
  if (isPlainObject(condition)) return compileObject(condition, '', ctx)
  throw new ParamError('where() expects an object or a db.command.and / or condition')
}

/** A top-level where() argument → SQL boolean expression. */
export function compileWhere(condition: unknown, p: SqlParams, now: Date, scalars: ScalarFields = NO_SCALARS, booleans: ScalarFields = NO_SCALARS): string {
  return compileCondition(condition, { p, now, scalars, booleans })
}

export interface OrderSpec {
  field: string
  direction: 'asc' | 'desc'
}

/**
 * ORDER BY clause. Mixed types sort in SQLite's order (missing/null, then numbers and
 * booleans, then strings, with dates before other strings, then arrays/objects as
 * JSON text); insertion order (rowid) breaks ties so results are deterministic, unless
 * the order already names _id.
 */
export function compileOrderBy(orders: OrderSpec[]): string {
  const terms = orders.map((o) => `${fieldAccess(o.field).value} ${o.direction === 'desc' ? 'DESC' : 'ASC'}`)
  // _id is unique: after it nothing ties, and an index ending in _id then serves the whole ORDER BY
  if (!orders.some((o) => o.field === '_id')) terms.push('rowid ASC')
  return terms.join(', ')
}
