/** Which chunks of a list to mount, given where the page is scrolled. Pure, so it is easy to test. */
export interface WindowInput {
  /** how many chunks the list has */
  count: number
  /** measured heights (px) of chunks that have been on screen; others use `estimate` */
  heights: ReadonlyArray<number | undefined>
  /** the height (px) assumed for a chunk never measured */
  estimate: number
  /** the list's top, in page coordinates (px) */
  listTop: number
  /** the page's scroll offset (px) */
  scrollTop: number
  /** the window's height (px) */
  viewport: number
  /** how many viewports to keep mounted above and below the visible one */
  overscan: number
}

export interface WindowRange {
  /** first mounted chunk */
  first: number
  /** last mounted chunk (inclusive); -1 when the list is empty */
  last: number
  /** px of the unmounted chunks above */
  before: number
  /** px of the unmounted chunks below */
  after: number
}

export const heightOf = (input: Pick<WindowInput, 'heights' | 'estimate'>, i: number): number => input.heights[i] ?? input.estimate

export function windowRange(input: WindowInput): WindowRange {
  const { count, listTop, scrollTop, viewport, overscan } = input
  if (count === 0) return { first: 0, last: -1, before: 0, after: 0 }
  const from = scrollTop - listTop - overscan * viewport
  const to = scrollTop - listTop + viewport + overscan * viewport
  const tops: number[] = []
  let y = 0
  let first = -1
  let last = -1
  for (let i = 0; i < count; i++) {
    tops.push(y)
    const h = heightOf(input, i)
    if (y + h >= from && y <= to) {
      if (first < 0) first = i
      last = i
    }
    y += h
  }
  const total = y
  // scrolled past either end: keep the nearest chunk, so that there is always something to measure
  if (first < 0) first = last = to < 0 ? 0 : count - 1
  const before = tops[first]
  const after = total - (last + 1 < count ? tops[last + 1] : total)
  return { first, last, before, after }
}

export const sameRange = (a: WindowRange, b: WindowRange) => a.first === b.first && a.last === b.last && a.before === b.before && a.after === b.after
