/**
 * update({data}) semantics, applied in JavaScript to the decoded document:
 *
 * - plain values set fields; dot paths ('a.b') and nested plain objects address nested
 *   fields and MERGE into what is there ({a: {b: 1}} sets a.b and keeps a.c), as the
 *   cloud flattens update data into MongoDB $set paths;
 * - _.set(v) replaces a field whole, _.remove() deletes it, _.inc(n) adds,
 *   _.push(v | [v...]) appends, _.pull(v) removes matching array elements;
 * - _id cannot be changed.
 */
import { ComparisonNode, LogicNode, UpdateNode } from './commands'
import { deepEqual, isPlainObject, normalizeValue } from './codec'
import { ParamError } from './errors'
import { isArrayIndex, parseFieldPath } from './paths'

export type UpdateOp =
  | { kind: 'set'; path: string[]; value: unknown }
  | { kind: 'remove'; path: string[] }
  | { kind: 'inc'; path: string[]; by: number }
  | { kind: 'push'; path: string[]; values: unknown[] }
  | { kind: 'pull'; path: string[]; value: unknown }

function commandToOp(path: string[], cmd: UpdateNode, now: Date): UpdateOp {
  switch (cmd.op) {
    case 'set':
      return { kind: 'set', path, value: normalizeValue(cmd.arg, now) }
    case 'remove':
      return { kind: 'remove', path }
    case 'inc':
      if (typeof cmd.arg !== 'number' || !Number.isFinite(cmd.arg)) throw new ParamError('inc expects a finite number')
      return { kind: 'inc', path, by: cmd.arg }
    case 'push': {
      const values = Array.isArray(cmd.arg) ? cmd.arg : [cmd.arg]
      return { kind: 'push', path, values: values.map((v) => normalizeValue(v, now)) }
    }
    case 'pull':
      if (cmd.arg instanceof ComparisonNode || cmd.arg instanceof LogicNode) {
        throw new ParamError('pull with a query command is not supported; pass the value to remove')
      }
      return { kind: 'pull', path, value: normalizeValue(cmd.arg, now) }
  }
}

/** Flattens update data into operations on paths, validating as the cloud does. */
export function compileUpdate(data: unknown, now: Date): UpdateOp[] {
  if (!isPlainObject(data)) throw new ParamError('update data must be an object')
  const ops: UpdateOp[] = []
  const walk = (obj: Record<string, unknown>, prefix: string[]) => {
    for (const [key, value] of Object.entries(obj)) {
      if (value === undefined) continue
      const path = [...prefix, ...parseFieldPath(key)]
      if (path[0] === '_id') throw new ParamError('_id cannot be updated')
      if (value instanceof UpdateNode) ops.push(commandToOp(path, value, now))
      else if (isPlainObject(value) && Object.keys(value).length > 0) walk(value, path)
      else ops.push({ kind: 'set', path, value: normalizeValue(value, now) })
    }
  }
  walk(data, [])
  if (ops.length === 0) throw new ParamError('update data must not be empty')
  rejectOverlappingPaths(ops)
  return ops
}

/** MongoDB refuses {'a': …, 'a.b': …} in one update: the result would depend on order. */
function rejectOverlappingPaths(ops: UpdateOp[]): void {
  const paths = ops.map((o) => o.path.join('.')).sort()
  for (let i = 1; i < paths.length; i++) {
    const [a, b] = [paths[i - 1], paths[i]]
    if (a === b || b.startsWith(`${a}.`)) throw new ParamError(`update paths '${a}' and '${b}' conflict`)
  }
}

type Container = Record<string, unknown> | unknown[]

function childOf(container: Container, key: string): unknown {
  if (Array.isArray(container)) return isArrayIndex(key) ? container[Number(key)] : undefined
  return Object.prototype.hasOwnProperty.call(container, key) ? container[key] : undefined
}

function assign(container: Container, key: string, value: unknown): void {
  if (Array.isArray(container)) {
    if (!isArrayIndex(key)) throw new ParamError(`cannot use the part '${key}' to traverse an array`)
    const index = Number(key)
    // MongoDB pads with nulls when setting past the end of an array.
    while (container.length < index) container.push(null)
    container[index] = value
  } else {
    container[key] = value
  }
}

const isContainer = (v: unknown): v is Container => Array.isArray(v) || isPlainObject(v)

/**
 * The container holding the path's last segment. With `create`, missing intermediate
 * objects are made; a scalar in the way is an error (MongoDB: "Cannot create field").
 * Without `create`, returns null when the path does not exist.
 */
function parentOf(doc: Record<string, unknown>, path: string[], create: boolean): Container | null {
  let cur: Container = doc
  for (let i = 0; i < path.length - 1; i++) {
    let next = childOf(cur, path[i])
    if (next === undefined) {
      if (!create) return null
      next = {}
      assign(cur, path[i], next)
    } else if (!isContainer(next)) {
      if (!create) return null
      throw new ParamError(`cannot create field '${path[i + 1]}' in element {${path[i]}: ${JSON.stringify(next)}}`)
    }
    cur = next as Container
  }
  return cur
}

/** pull: an object value matches elements having those fields (MongoDB applies it as a query). */
function pullMatches(element: unknown, value: unknown): boolean {
  if (isPlainObject(value) && isPlainObject(element)) {
    return Object.entries(value).every(([k, v]) => deepEqual(element[k], v))
  }
  return deepEqual(element, value)
}

/** Applies the operations to `doc` in place. */
export function applyUpdate(doc: Record<string, unknown>, ops: UpdateOp[]): void {
  for (const op of ops) {
    const key = op.path[op.path.length - 1]
    const name = op.path.join('.')
    if (op.kind === 'remove') {
      const parent = parentOf(doc, op.path, false)
      if (!parent) continue
      // Unsetting an array element leaves a null in its place, as in MongoDB.
      if (Array.isArray(parent)) {
        if (isArrayIndex(key) && Number(key) < parent.length) parent[Number(key)] = null
      } else {
        delete parent[key]
      }
      continue
    }
    if (op.kind === 'pull') {
      const parent = parentOf(doc, op.path, false)
      const current = parent ? childOf(parent, key) : undefined
      if (current === undefined) continue
      if (!Array.isArray(current)) throw new ParamError(`cannot apply pull to non-array field '${name}'`)
      assign(parent!, key, current.filter((el) => !pullMatches(el, op.value)))
      continue
    }
    const parent = parentOf(doc, op.path, true)!
    const current = childOf(parent, key)
    switch (op.kind) {
      case 'set':
        assign(parent, key, op.value)
        break
      case 'inc':
        if (current === undefined) assign(parent, key, op.by)
        else if (typeof current === 'number') assign(parent, key, current + op.by)
        else throw new ParamError(`cannot apply inc to non-numeric field '${name}'`)
        break
      case 'push':
        if (current === undefined) assign(parent, key, [...op.values])
        else if (Array.isArray(current)) current.push(...op.values)
        else throw new ParamError(`cannot apply push to non-array field '${name}'`)
        break
    }
  }
}
