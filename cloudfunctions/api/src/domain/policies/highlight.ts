/**
 * Search hits marked in text, as segments the page renders itself (never HTML, so a
 * policy's text can never inject markup). Terms are split as the search splits them;
 * Latin letters match whatever their case.
 */
import type { Highlighted } from '../../../../../types'
import { searchTerms } from '../../db/search-request'

/** the characters toLowerCase changes; every other one folds to itself */
const CASED = /\p{Changes_When_Lowercased}/gu

/**
 * Lower-cases character by character so positions in the folded text are positions in
 * the original. Only the characters lower-casing changes are visited: most policy text
 * has none (Chinese), and a body was folded one character at a time on every search.
 */
function fold(s: string): string {
  // nothing to fold when lower-casing the whole leaves it as it is (only final sigma
  // depends on context, and a capital sigma changes either way)
  if (s.toLowerCase() === s) return s
  return s.replace(CASED, (ch) => {
    const lower = ch.toLowerCase()
    return lower.length === ch.length ? lower : ch
  })
}

/** Sorted, merged [start, end) ranges of every occurrence of every term. */
function hitRanges(text: string, query: string): Array<[number, number]> {
  const hay = fold(text)
  const ranges: Array<[number, number]> = []
  for (const term of searchTerms(query)) {
    const needle = fold(term)
    for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) ranges.push([i, i + needle.length])
  }
  ranges.sort((a, b) => a[0] - b[0])
  const merged: Array<[number, number]> = []
  for (const r of ranges) {
    const last = merged[merged.length - 1]
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** Segments of text[from, to), hits clipped to the window. */
function segments(text: string, ranges: Array<[number, number]>, from = 0, to = text.length): Highlighted {
  const out: Highlighted = []
  const push = (start: number, end: number, hit: boolean) => {
    if (end > start) out.push({ text: text.slice(start, end), hit })
  }
  let at = from
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue
    push(at, Math.max(at, start), false)
    push(Math.max(at, start), Math.min(end, to), true)
    at = Math.min(end, to)
  }
  push(at, to, false)
  return out
}

export function highlight(text: string, query: string): Highlighted {
  return segments(text, hitRanges(text, query))
}

const ELLIPSIS = '…'
const isLowSurrogate = (s: string, i: number) => i > 0 && i < s.length && /[\uDC00-\uDFFF]/.test(s[i])

/**
 * About `length` characters around the first hit (whitespace runs collapsed), with some
 * context before it and '…' where text was cut; the start of the text when nothing matches.
 */
export function snippet(text: string, query: string, length = 80): Highlighted {
  const flat = text.replace(/\s+/g, ' ').trim()
  const ranges = hitRanges(flat, query)
  if (flat.length <= length) return segments(flat, ranges)
  const first = ranges[0]
  let start = first ? Math.max(0, first[0] - Math.floor(length / 4)) : 0
  let end = Math.min(flat.length, start + length)
  start = Math.max(0, end - length)
  // never split a surrogate pair
  if (isLowSurrogate(flat, start)) start++
  if (isLowSurrogate(flat, end)) end--
  const out = segments(flat, ranges, start, end)
  if (start > 0) out.unshift({ text: ELLIPSIS, hit: false })
  if (end < flat.length) out.push({ text: ELLIPSIS, hit: false })
  return out
}
