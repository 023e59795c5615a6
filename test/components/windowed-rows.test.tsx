import { render } from '@testing-library/react'
import { View } from '@tarojs/components'
import PagedListView from '../../src/components/PagedListView'
import { windowRange, type WindowInput } from '../../src/components/WindowedRows/windowRange'
import type { PagedList } from '../../src/hooks/usePagedList'

const input = (over: Partial<WindowInput> = {}): WindowInput => ({ count: 50, heights: [], estimate: 800, listTop: 200, scrollTop: 0, viewport: 800, overscan: 0.75, ...over })

describe('windowRange', () => {
  it('keeps the chunks within the overscan of the viewport, with spacers for the rest', () => {
    // at the top: the list starts 200 px down; 0..(800 + 600 - 200) px of it is near
    expect(windowRange(input())).toEqual({ first: 0, last: 1, before: 0, after: 48 * 800 })
    // scrolled 20,000 px: near is 20,000 - 200 - 600 .. 20,000 - 200 + 1,400
    expect(windowRange(input({ scrollTop: 20000 }))).toEqual({ first: 23, last: 26, before: 23 * 800, after: 23 * 800 })
  })

  it('uses measured heights where known, so the spacers match what was shown', () => {
    const heights = [1000, 1200, 900]
    const r = windowRange(input({ count: 10, heights, scrollTop: 5000 }))
    expect(r.before).toBe(heights.slice(0, r.first).reduce((a, b) => a + b, 0) + Math.max(0, r.first - 3) * 800)
    const total = 1000 + 1200 + 900 + 7 * 800
    const shown = Array.from({ length: r.last - r.first + 1 }, (_, i) => heights[r.first + i] ?? 800).reduce((a, b) => a + b, 0)
    expect(r.before + shown + r.after).toBe(total)
  })

  it('keeps the nearest chunk when scrolled past either end, and nothing for an empty list', () => {
    expect(windowRange(input({ count: 3, scrollTop: 100000 }))).toMatchObject({ first: 2, last: 2, after: 0 })
    expect(windowRange(input({ count: 0 }))).toEqual({ first: 0, last: -1, before: 0, after: 0 })
  })
})

function listOf(n: number, over: Partial<PagedList<string>> = {}): PagedList<string> {
  return {
    items: Array.from({ length: n }, (_, i) => `r${i}`),
    total: n,
    hasMore: false,
    loading: false,
    loadingMore: false,
    error: null,
    moreError: null,
    reload: async () => undefined,
    loadMore: async () => undefined,
    replaceItem: () => undefined,
    ...over
  }
}

describe('PagedListView windowing', () => {
  const row = (id: string) => (
    <View key={id} id={id} className='row'>
      {id}
    </View>
  )

  it('mounts only the first rows of a long list, with one spacer for the rest, and keeps the footer', () => {
    render(<PagedListView list={listOf(500)} renderItem={row} empty={null} />)
    const mounted = document.querySelectorAll('.row').length
    expect(mounted).toBeGreaterThan(0)
    expect(mounted).toBeLessThanOrEqual(40)
    expect(document.querySelector('#r0')).not.toBeNull()
    expect(document.querySelector('#r499')).toBeNull()
    const spacers = document.querySelectorAll('.vw-spacer')
    expect(spacers.length).toBe(1)
    // unmounted rows keep their (estimated) room, so the page keeps its length
    expect((spacers[0] as HTMLElement).style.height).toBe(`${(500 - mounted) * 80}px`)
    expect(document.body.textContent).toContain('没有更多了')
  })

  it('renders every row when asked not to window', () => {
    render(<PagedListView list={listOf(60)} renderItem={row} empty={null} windowed={false} />)
    expect(document.querySelectorAll('.row').length).toBe(60)
    expect(document.querySelector('.vw-spacer')).toBeNull()
  })
})
