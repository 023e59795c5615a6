/**
 * How documents are stored: JSON text, with Dates turned into marker-prefixed ISO
 * strings. ISO strings sort chronologically, so json_extract comparisons and ORDER BY
 * work on dates without special casing; the marker lets reads turn them back into Dates.
 *
 * A user string that happens to start with the marker character is escaped with a
 * second prefix, so it can never be mistaken for a Date.
 */
import { DbRegExpValue, ServerDateValue, isCommandLike } from './commands'
import { ParamError } from './errors'

const MARK = '\u0001'
export const DATE_PREFIX = `${MARK}D:`
const ESCAPE_PREFIX = `${MARK}S:`

export function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false
  const proto = Object.getPrototypeOf(v)
  if (proto === null || proto === Object.prototype) return true
  // structuredClone under jest's vm sandbox yields objects of another realm: a plain
  // object there has that realm's Object.prototype, whose own prototype is null.
  return Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === '[object Object]' && typeof proto.hasOwnProperty === 'function'
}

export function encodeDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new ParamError('invalid Date value')
  return DATE_PREFIX + d.toISOString()
}

export function encodeString(s: string): string {
  return s.startsWith(MARK) ? ESCAPE_PREFIX + s : s
}

/** Stored string → value: a Date, or the user's original string. */
export function decodeString(s: string): string | Date {
  if (!s.startsWith(MARK)) return s
  if (s.startsWith(DATE_PREFIX)) return new Date(s.slice(DATE_PREFIX.length))
  if (s.startsWith(ESCAPE_PREFIX)) return s.slice(ESCAPE_PREFIX.length)
  return s
}

/**
 * Value → stored JSON text. `now` replaces db.serverDate() markers. Query and update
 * commands are rejected: they are instructions, not data.
 */
export function encodeJson(value: unknown, now: Date): string {
  // JSON.stringify has already called Date#toJSON when the replacer runs, so look at
  // the holder (`this`) to see the original value.
  const replacer = function (this: Record<string, unknown>, key: string, v: unknown): unknown {
    const raw = this[key]
    if (raw instanceof Date) return encodeDate(raw)
    if (raw instanceof ServerDateValue) return encodeDate(now)
    if (typeof v === 'string') return encodeString(v)
    if (typeof v === 'number' && !Number.isFinite(v)) throw new ParamError(`numbers must be finite, got ${v}`)
    if (raw instanceof RegExp || raw instanceof DbRegExpValue) throw new ParamError('a RegExp cannot be stored as a value')
    if (isCommandLike(raw)) throw new ParamError(`a database command cannot be used as a value (field '${key}')`)
    return v
  }
  let text: string | undefined
  try {
    text = JSON.stringify(value, replacer)
  } catch (e) {
    if (e instanceof ParamError) throw e
    throw new ParamError(`value is not JSON-serialisable: ${(e as Error).message}`)
  }
  if (text === undefined) throw new ParamError('value is not JSON-serialisable')
  return text
}

export function decodeJson(text: string): unknown {
  return JSON.parse(text, (_key, v: unknown) => (typeof v === 'string' ? decodeString(v) : v))
}

/**
 * Brings a caller's value into stored form and back: serverDate resolved, undefined
 * dropped, a private copy the caller can no longer mutate.
 */
export function normalizeValue(value: unknown, now: Date): unknown {
  return decodeJson(encodeJson(value, now))
}

/** Equality on decoded values (Dates by time; object key order ignored). */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (a instanceof Date || b instanceof Date) {
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime()
  }
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => deepEqual(x, b[i]))
  }
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = Object.keys(a)
    return keys.length === Object.keys(b).length && keys.every((k) => k in b && deepEqual(a[k], b[k]))
  }
  return false
}
