import Taro from '@tarojs/taro'

export interface Measured {
  /** the list's top in page coordinates (px) */
  listTop: number
  scrollTop: number
  /** chunk index → its height (px), for the chunks mounted now */
  heights: Map<number, number>
}

interface Rect {
  id?: string
  top?: number
  bottom?: number
}

/** the window's height in px (the app's own pages scroll the window) */
export function viewportHeight(): number {
  try {
    const info = Taro.getWindowInfo ? Taro.getWindowInfo() : Taro.getSystemInfoSync()
    if (info?.windowHeight > 0) return info.windowHeight
  } catch {
    // not available on this host: fall through
  }
  return 800
}

/**
 * Measures the mounted chunks of one list: each chunk starts at a zero-height marker
 * (`.<uid>-m`, id `<uid>-<chunk>`); the last one ends where the list's bottom spacer
 * (`afterPx` high) begins. Calls back with null when the host gave no layout.
 */
export function measureChunks(uid: string, afterPx: number, done: (m: Measured | null) => void): void {
  // no page shown (e.g. a component rendered on its own): there is nothing to measure
  if (!Taro.getCurrentInstance?.()?.page) return done(null)
  let query: Taro.SelectorQuery
  try {
    query = Taro.createSelectorQuery()
    query.select(`#${uid}`).boundingClientRect()
    query.selectAll(`.${uid}-m`).boundingClientRect()
    query.selectViewport().scrollOffset()
  } catch {
    // a host without layout queries (a test simulator): the estimates stand
    return done(null)
  }
  query.exec((res: unknown[]) => {
    const box = res?.[0] as Rect | null
    const marks = (res?.[1] as Rect[] | null) ?? []
    const scroll = res?.[2] as { scrollTop?: number } | null
    if (!box || typeof box.top !== 'number' || typeof box.bottom !== 'number' || box.bottom <= box.top) return done(null)
    const scrollTop = scroll?.scrollTop ?? 0
    const heights = new Map<number, number>()
    const sorted = marks
      .map((m) => ({ index: Number(String(m.id ?? '').slice(uid.length + 1)), top: m.top ?? 0 }))
      .filter((m) => Number.isInteger(m.index))
      .sort((a, b) => a.index - b.index)
    sorted.forEach((m, i) => {
      const end = i + 1 < sorted.length ? sorted[i + 1].top : (box.bottom as number) - afterPx
      if (end > m.top) heights.set(m.index, end - m.top)
    })
    done({ listTop: (box.top as number) + scrollTop, scrollTop, heights })
  })
}
