import Taro, { usePageScroll } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Fragment, useEffect, useReducer, useRef, useState, type ReactNode } from 'react'
import { measureChunks, viewportHeight } from './measure'
import { sameRange, windowRange, type WindowRange } from './windowRange'
import './index.scss'

interface Props<T> {
  items: T[]
  /** one row; give it a key */
  renderItem: (item: T) => ReactNode
  /** rows measured and mounted together */
  chunkSize?: number
  /** px assumed for a row before its chunk has been on screen */
  estimatedRowHeight?: number
  /** viewports kept mounted above and below the visible one */
  overscan?: number
}

let seq = 0

/**
 * The rows of a long list on a page that scrolls the window: only the chunks near the
 * viewport are mounted; the others are replaced by one spacer above and one below, of
 * their measured heights, so the page keeps its length and nothing jumps. Rows stay
 * plain siblings (a zero-height marker starts each chunk), so ruled-row styles still apply.
 */
export default function WindowedRows<T>({ items, renderItem, chunkSize = 10, estimatedRowHeight = 80, overscan = 0.75 }: Props<T>) {
  const [uid] = useState(() => `vw${++seq}`)
  const [, rerender] = useReducer((n: number) => n + 1, 0)
  const heights = useRef<Array<number | undefined>>([])
  const metrics = useRef({ listTop: 0, scrollTop: 0, viewport: viewportHeight() })
  const count = Math.ceil(items.length / chunkSize)

  const lastLength = useRef(items.length)
  if (items.length < lastLength.current) heights.current = [] // reloaded: old heights belong to other rows
  lastLength.current = items.length

  const compute = (): WindowRange =>
    windowRange({ count, heights: heights.current, estimate: chunkSize * estimatedRowHeight, overscan, ...metrics.current })
  const range = compute()
  const shown = useRef(range)
  shown.current = range

  usePageScroll(({ scrollTop }) => {
    metrics.current.scrollTop = scrollTop
    if (!sameRange(compute(), shown.current)) rerender()
  })

  // measure the mounted chunks once they are laid out; a change of heights may move the window
  useEffect(() => {
    let live = true
    Taro.nextTick(() => {
      measureChunks(uid, shown.current.after, (m) => {
        if (!live || !m) return
        metrics.current.listTop = m.listTop
        metrics.current.scrollTop = m.scrollTop
        m.heights.forEach((h, i) => {
          heights.current[i] = h
        })
        if (!sameRange(compute(), shown.current)) rerender()
      })
    })
    return () => {
      live = false
    }
    // compute reads refs only; re-measure when the rows or the mounted chunks change
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [uid, items, range.first, range.last])

  const chunks: ReactNode[] = []
  for (let c = range.first; c <= range.last; c++) {
    chunks.push(
      <Fragment key={c}>
        <View id={`${uid}-${c}`} className={`vw-mark ${uid}-m`} />
        {items.slice(c * chunkSize, (c + 1) * chunkSize).map(renderItem)}
      </Fragment>
    )
  }
  return (
    <View id={uid} className='vw'>
      {range.before > 0 && <View className='vw-spacer' style={{ height: `${range.before}px` }} />}
      {chunks}
      {range.after > 0 && <View className='vw-spacer' style={{ height: `${range.after}px` }} />}
    </View>
  )
}
