/**
 * field({...}) projection, applied to decoded documents. Either inclusion
 * ({a: true, 'b.c': true}) or exclusion ({a: false}); _id is always returned unless
 * excluded with _id: false, as in the cloud.
 */
import type { Doc } from '../../../cloudfunctions/api/src/db/port'
import { isPlainObject } from './codec'
import { ParamError } from './errors'
import { parseFieldPath } from './paths'

export interface Projection {
  mode: 'include' | 'exclude'
  paths: string[][]
  keepId: boolean
}

export function compileProjection(spec: unknown): Projection | null {
  if (!isPlainObject(spec)) throw new ParamError('field() expects an object')
  let keepId = true
  const include: string[][] = []
  const exclude: string[][] = []
  for (const [key, flag] of Object.entries(spec)) {
    if (flag !== true && flag !== false && flag !== 1 && flag !== 0) {
      throw new ParamError(`field() values must be true or false (field '${key}')`)
    }
    const on = flag === true || flag === 1
    if (key === '_id') keepId = on
    else (on ? include : exclude).push(parseFieldPath(key))
  }
  if (include.length > 0 && exclude.length > 0) throw new ParamError('field() cannot mix included and excluded fields')
  if (include.length === 0 && exclude.length === 0 && keepId) return null
  return include.length > 0 ? { mode: 'include', paths: include, keepId } : { mode: 'exclude', paths: exclude, keepId }
}

function copyPath(from: Record<string, unknown>, to: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path
  if (!Object.prototype.hasOwnProperty.call(from, head)) return
  const value = from[head]
  if (rest.length === 0) {
    to[head] = value
  } else if (isPlainObject(value)) {
    const target = isPlainObject(to[head]) ? (to[head] as Record<string, unknown>) : {}
    copyPath(value, target, rest)
    if (Object.keys(target).length > 0) to[head] = target
  }
}

function deletePath(obj: Record<string, unknown>, path: string[]): void {
  const [head, ...rest] = path
  if (rest.length === 0) delete obj[head]
  else if (isPlainObject(obj[head])) deletePath(obj[head] as Record<string, unknown>, rest)
}

export function project(doc: Doc, projection: Projection | null): Doc {
  if (!projection) return doc
  let out: Record<string, unknown>
  if (projection.mode === 'include') {
    out = {}
    for (const path of projection.paths) copyPath(doc, out, path)
  } else {
    out = doc
    for (const path of projection.paths) deletePath(out, path)
  }
  if (projection.keepId) return { _id: doc._id, ...out } as Doc
  delete out._id
  return out as Doc
}
