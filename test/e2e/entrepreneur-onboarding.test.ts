/**
 * The first thing a new entrepreneur does, in real Chromium against the h5 build and
 * the real local host: sign in (development), bind the enterprise — getting a wrong
 * code rejected with a precise message first — and land on a home page with live data.
 */
import { mkdirSync } from 'node:fs'
import type { Browser, Page } from 'playwright-core'
import { ENTERPRISES, NEWS, NOTICES } from '../../server/seed/data'
import { launchChromium, startHost, type Host } from './harness'

jest.setTimeout(120_000)

const ent = ENTERPRISES.find((e) => e._id === 'ent-05')!
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const wrongCode = ent.creditCode.slice(0, 17) + alphabet[(alphabet.indexOf(ent.creditCode[17]) + 1) % 31]

let host: Host
let browser: Browser
let page: Page

beforeAll(async () => {
  host = await startHost()
  browser = await launchChromium()
  page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 })
})

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

async function typeInto(selector: string, text: string) {
  const input = page.locator(`${selector} input`)
  await input.fill('')
  await input.fill(text)
}

it('sign in, bind the enterprise after a wrong code, see home with data', async () => {
  // Not signed in: the app sends the visitor to the development sign-in.
  await page.goto(`${host.url}/`)
  await page.waitForURL(/packages\/dev\/signin/)
  await page.getByText('仅供开发环境使用').waitFor()

  await page.locator('#persona-guest-zhang').click()
  await page.waitForURL(/pages\/index\/index/)
  await page.locator('#tile-policy').waitFor()

  // 我的 → 绑定企业
  await page.getByText('我的', { exact: true }).last().click()
  await page.locator('#action-bind').click()
  await page.waitForURL(/packages\/account\/bind/)

  await typeInto('#enterprise-name', ent.name)
  await typeInto('#credit-code', wrongCode)
  const expected = `校验位不符：第18位应为“${ent.creditCode[17]}”，您输入的是“${wrongCode[17]}”，请核对是否有错字`
  await page.locator('.form-field__message', { hasText: expected }).waitFor()

  // A well-formed code the registry does not hold: the server's message reaches the form.
  await typeInto('#credit-code', '91350100M000100Y43')
  await page.locator('#bind-submit').click()
  await page.getByText('未找到该统一社会信用代码对应的企业').first().waitFor()

  await typeInto('#credit-code', ent.creditCode)
  await page.locator('#bind-submit').click()
  await page.getByText('绑定成功').first().waitFor()

  // Home, freshly loaded, shows the enterprise, the six sections, the channels and live data.
  await page.goto(`${host.url}/#/pages/index/index`)
  await page.getByText(ent.name).first().waitFor()
  const latestNews = NEWS.filter((n) => n.status === 'published').sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
  await page.getByText(latestNews.title).first().waitFor()
  const visibleNotice = NOTICES.filter((n) => n.status === 'published' && (n.audience === 'city' || n.parkIds.includes(ent.parkId)))
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt))[0]
  await page.getByText(visibleNotice.title).first().waitFor()

  mkdirSync('.tmp/e2e', { recursive: true })
  await page.screenshot({ path: '.tmp/e2e/home.png', fullPage: true })

  const text = await page.locator('body').innerText()
  for (const label of ['惠企服务', '管家团队', '涉企政策', '企业商圈', '潭商讲堂', '营商动态', '咨询', '评价', '投诉']) {
    expect(text).toContain(label)
  }
  // A notice for another park is not shown to this enterprise.
  const elsewhere = NOTICES.find((n) => n.audience === 'parks' && !n.parkIds.includes(ent.parkId))
  if (elsewhere) expect(text).not.toContain(elsewhere.title)

  // 我的 shows the new role and the bound enterprise.
  await page.getByText('我的', { exact: true }).last().click()
  await page.getByText('企业用户').first().waitFor()
  expect(await page.locator('body').innerText()).toContain(ent.creditCode)
})
