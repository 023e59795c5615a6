/**
 * Regular-expression matching. SQLite has no regexp() of its own; we register one that
 * runs JavaScript RegExps, so patterns behave exactly as the caller wrote them.
 */
import type BetterSqlite3 from 'better-sqlite3'
import { DATE_PREFIX, decodeString } from './codec'
import { ParamError } from './errors'

/**
 * Normalises flags. db.RegExp options follow the cloud (i, m, s); a JS RegExp may also
 * carry u, and g / y, which mean nothing for a yes/no match, are dropped.
 */
export function regexpFlags(flags: string, fromJsRegExp: boolean): string {
  const allowed = fromJsRegExp ? 'imsu' : 'ims'
  let out = ''
  for (const f of flags ?? '') {
    if (allowed.includes(f)) {
      if (!out.includes(f)) out += f
    } else if (!(fromJsRegExp && (f === 'g' || f === 'y'))) {
      throw new ParamError(`unsupported regular expression option '${f}' (allowed: ${allowed.split('').join(', ')})`)
    }
  }
  return out
}

const CACHE_LIMIT = 256

export function registerRegexp(db: BetterSqlite3.Database): void {
  // Compiling a RegExp per row would dominate a scan; patterns repeat, so cache them.
  const cache = new Map<string, RegExp>()
  const compile = (source: string, flags: string): RegExp => {
    const key = `${flags}/${source}`
    let re = cache.get(key)
    if (!re) {
      if (cache.size >= CACHE_LIMIT) cache.clear()
      re = new RegExp(source, flags)
      cache.set(key, re)
    }
    return re
  }

  // regexp(pattern, value [, flags]) — also what SQLite calls for `value REGEXP pattern`.
  db.function('regexp', { deterministic: true, varargs: true }, (...args: unknown[]) => {
    const [pattern, value, flags] = args
    if (typeof pattern !== 'string' || typeof value !== 'string') return 0
    // Dates are stored as strings but are not strings to the cloud; regexps never match them.
    if (value.startsWith(DATE_PREFIX)) return 0
    const text = decodeString(value) as string
    return compile(pattern, typeof flags === 'string' ? flags : '').test(text) ? 1 : 0
  })
}
