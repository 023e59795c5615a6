/**
 * @jest-environment jsdom
 *
 * Long lists stay light on the phone: each list page of the built dist/weapp, rendered by
 * miniprogram-simulate, loads 500 rows page by page as the user scrolls (page scroll and
 * reach-bottom events), and still has fewer than 1,000 nodes; its first screen stays small.
 */
import path from 'node:path'
import { assertBuilt, DIST, installHost, loadApp, setDataSizes, setRoute, setServer } from './harness'
import { LIST_PAGES, ROWS, serverFor, type ListPage, type Served } from './list-fixtures'

assertBuilt()
installHost()
const simulate = require('miniprogram-simulate') as typeof import('miniprogram-simulate')

const NODE_LIMIT = 1000
/** px per row assumed when the host gives no layout (as here): WindowedRows' estimate */
const ROW_PX = 80

/** waits for a condition; fails with `what` when it does not come */
async function until(what: string, check: () => boolean, timeoutMs = 10000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`)
    await simulate.sleep(10)
  }
}

const nodes = (dom: HTMLElement) => dom.querySelectorAll('*').length

interface Figures {
  firstNodes: number
  firstMaxSetData: number
  finalNodes: number
  maxSetData: number
}
const figures: Record<string, Figures> = {}

afterAll(() => {
  // the figures the report quotes: node counts and the largest setData of the first screen
  console.log(Object.entries(figures).map(([route, f]) => `${route}: first screen ${f.firstNodes} nodes, largest setData ${f.firstMaxSetData} B; after ${ROWS} rows ${f.finalNodes} nodes, largest setData while scrolling ${f.maxSetData} B`).join('\n'))
})

beforeAll(() => loadApp())

describe.each(LIST_PAGES.map((p) => [p.route, p] as const))('%s', (route, list: ListPage) => {
  it(`stays under ${NODE_LIMIT} nodes after ${ROWS} rows loaded by scrolling`, async () => {
    const served: Served = { rows: 0 }
    setServer(serverFor(list, served))
    setDataSizes.length = 0
    setRoute(route)
    const id = simulate.load(path.join(DIST, route), { rootPath: DIST, compiler: 'official' })
    const page = simulate.render(id)
    page.attach(document.createElement('parent-wrapper'))
    const dom = page.dom as HTMLElement
    const instance = page.instance as unknown as { onReachBottom: () => void; onPageScroll: (e: { scrollTop: number }) => void }
    const text = () => dom.textContent ?? ''

    await until('the first page', () => served.rows > 0 && text().includes(list.rowText(0)))
    // the chunk markers are measured by a page-level selector query: they must not sit inside
    // Taro's deep-nesting custom component (`comp`, past baseLevel), where such a query cannot see
    const mark = dom.querySelector('[class*="vw-mark"]')
    expect(mark).not.toBeNull()
    for (let el: Element | null = mark; el && el !== dom; el = el.parentElement) expect(el.tagName.toLowerCase()).not.toBe('comp')
    const firstNodes = nodes(dom)
    const firstMaxSetData = Math.max(...setDataSizes)

    // scroll to the end of what is loaded, reach the bottom, wait for the next page's last row on screen
    while (served.rows < ROWS) {
      const before = served.rows
      instance.onPageScroll({ scrollTop: before * ROW_PX })
      instance.onReachBottom()
      await until(`rows after ${before}`, () => served.rows > before)
      await until(`row ${served.rows - 1} on screen`, () => text().includes(list.rowText(served.rows - 1)))
    }
    instance.onPageScroll({ scrollTop: ROWS * ROW_PX })
    await until('the end of the list', () => text().includes('没有更多了'))
    const finalNodes = nodes(dom)
    figures[route] = { firstNodes, firstMaxSetData, finalNodes, maxSetData: Math.max(...setDataSizes) }

    expect(finalNodes).toBeLessThan(NODE_LIMIT)
    // the first rows are no longer mounted, the last ones are
    expect(text()).not.toContain(list.rowText(0))
    expect(text()).toContain(list.rowText(ROWS - 1))

    // scrolled back to the top, the first rows come back and the page stays light
    instance.onPageScroll({ scrollTop: 0 })
    await until('the first row again', () => text().includes(list.rowText(0)))
    expect(nodes(dom)).toBeLessThan(NODE_LIMIT)
    expect(text()).not.toContain(list.rowText(ROWS - 1))
    page.detach()
    setServer(null)
  }, 120000)
})
