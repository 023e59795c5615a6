/**
 * @jest-environment jsdom
 *
 * The compiled weapp output (dist/weapp, built by `npm run build:weapp`) rendered by
 * miniprogram-simulate with WeChat's own template compiler.
 */
import fs from 'node:fs'
import path from 'node:path'
import { assertBuilt, DIST, installHost, loadApp, readAppJson, requests, setRoute } from './harness'

assertBuilt()
installHost()
const simulate = require('miniprogram-simulate') as typeof import('miniprogram-simulate')

const TILES = ['惠企服务', '管家团队', '涉企政策', '企业商圈', '潭商讲堂', '营商动态']
const CHANNELS = ['咨询', '评价', '投诉']

async function until(check: () => boolean, timeoutMs = 5000): Promise<void> {
  const start = Date.now()
  while (!check()) {
    if (Date.now() - start > timeoutMs) return
    await simulate.sleep(20)
  }
}

describe('weapp build: app.json', () => {
  const app = readAppJson()

  it('has a native tab bar of 2–5 items, each with both icons present', () => {
    const list = app.tabBar?.list ?? []
    expect(list.length).toBeGreaterThanOrEqual(2)
    expect(list.length).toBeLessThanOrEqual(5)
    expect(list.map((i) => i.text)).toEqual(['首页', '政策', '商圈', '消息', '我的'])
    for (const item of list) {
      expect(item.iconPath).toBeTruthy()
      expect(item.selectedIconPath).toBeTruthy()
      expect(fs.existsSync(path.join(DIST, item.iconPath!))).toBe(true)
      expect(fs.existsSync(path.join(DIST, item.selectedIconPath!))).toBe(true)
      expect(app.pages).toContain(item.pagePath)
    }
  })

  it('keeps only tab pages in the main package and builds every subpackage page', () => {
    const tabPages = new Set((app.tabBar?.list ?? []).map((i) => i.pagePath))
    expect(app.pages.every((p) => tabPages.has(p))).toBe(true)
    const subs = app.subPackages ?? []
    expect(subs.map((s) => s.root).sort()).toEqual(
      ['packages/account', 'packages/case', 'packages/circle', 'packages/dev', 'packages/enterprise', 'packages/lecture', 'packages/manage', 'packages/news', 'packages/notice', 'packages/policy', 'packages/publish', 'packages/service', 'packages/steward', 'packages/workbench'].sort()
    )
    for (const sub of subs) {
      for (const page of sub.pages) {
        for (const ext of ['js', 'json', 'wxml']) {
          const file = path.join(DIST, sub.root, `${page}.${ext}`)
          expect({ file, exists: fs.existsSync(file) }).toEqual({ file, exists: true })
        }
      }
    }
  })
})

describe('weapp build: home page', () => {
  let dom: HTMLElement

  beforeAll(async () => {
    loadApp()
    setRoute('pages/index/index')
    const id = simulate.load(path.join(DIST, 'pages/index/index'), { rootPath: DIST, compiler: 'official' })
    const page = simulate.render(id)
    page.attach(document.createElement('parent-wrapper'))
    dom = page.dom as HTMLElement
    // React renders, then Taro sends the tree through setData: wait for the tiles, then for the failed feed
    await until(() => (dom.textContent ?? '').includes('潭商讲堂'))
    await until(() => (dom.textContent ?? '').includes('重试'))
  })

  it('renders the six function tiles', () => {
    for (const title of TILES) expect(dom.textContent).toContain(title)
  })

  it('renders the three channel buttons', () => {
    const text = dom.textContent ?? ''
    for (const channel of CHANNELS) expect(text).toContain(channel)
  })

  it('asked the backend for its data, and shows the failure with 重试', () => {
    expect(requests.length).toBeGreaterThan(0)
    expect(dom.textContent).toContain('网络连接失败，请检查网络后重试')
    expect(dom.textContent).toContain('重试')
  })
})
