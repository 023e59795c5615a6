/**
 * Names that end up inside SQL text: collection (table) names, index names and field
 * paths. Values are always bound parameters; these names cannot be (SQLite does not
 * bind identifiers, and an expression index is only used when the query spells the
 * same JSON path literally), so they are validated strictly and quoted.
 */
import { ParamError } from './errors'

const COLLECTION_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/

export function validateCollectionName(name: unknown): string {
  if (typeof name !== 'string' || !COLLECTION_NAME.test(name)) {
    throw new ParamError(`collection name must match ${COLLECTION_NAME}, got ${JSON.stringify(name)}`)
  }
  // SQLite reserves the sqlite_ prefix for its own tables.
  if (name.toLowerCase().startsWith('sqlite_')) throw new ParamError(`collection name '${name}' is reserved`)
  return name
}

/** Collection name → quoted table identifier (the name is validated, so plain quoting suffices). */
export function tableName(collection: string): string {
  return `"${validateCollectionName(collection)}"`
}

/** A path segment may hold anything but the characters that would break the JSON path or SQL literal. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what we reject
const SEGMENT = /^[^."'\\[\]\u0000-\u001f]+$/
const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/
const ARRAY_INDEX = /^(0|[1-9][0-9]{0,8})$/

export function isArrayIndex(segment: string): boolean {
  return ARRAY_INDEX.test(segment)
}

/** 'a.b.0' → ['a', 'b', '0'] */
export function parseFieldPath(path: unknown): string[] {
  if (typeof path !== 'string' || path === '') throw new ParamError(`field path must be a non-empty string, got ${JSON.stringify(path)}`)
  const segments = path.split('.')
  for (const s of segments) {
    if (!SEGMENT.test(s)) throw new ParamError(`invalid field path '${path}'`)
  }
  return segments
}

/**
 * Segments → SQL string literal of a JSON path, e.g. `'$.profile.city'`, `'$.tags[0]'`.
 * Numeric segments address array elements, as dot paths do in the cloud.
 */
export function jsonPathLiteral(segments: string[]): string {
  let path = '$'
  for (const s of segments) {
    if (isArrayIndex(s)) path += `[${s}]`
    else if (IDENTIFIER.test(s)) path += `.${s}`
    else path += `."${s}"`
  }
  return `'${path}'`
}

/** SQL to read one field of a stored document. */
export interface FieldAccess {
  /** the value (SQL null when missing; booleans read as 1/0; arrays/objects as JSON text) */
  value: string
  /** json_type(): 'null' | 'true' | 'false' | 'integer' | 'real' | 'text' | 'array' | 'object', SQL null when missing */
  type: string
  /** table-valued json_each() over the field, for array-element matching; null for _id */
  each: string | null
  isId: boolean
}

export function fieldAccess(path: string): FieldAccess {
  const segments = parseFieldPath(path)
  if (segments[0] === '_id') {
    if (segments.length > 1) throw new ParamError(`invalid field path '${path}': _id has no sub-fields`)
    // _id lives in its own column, not in the JSON.
    return { value: '_id', type: `'text'`, each: null, isId: true }
  }
  const p = jsonPathLiteral(segments)
  return { value: `json_extract(data, ${p})`, type: `json_type(data, ${p})`, each: `json_each(data, ${p})`, isId: false }
}
