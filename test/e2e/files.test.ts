/**
 * Files end to end, in real Chromium under the host's Content-Security-Policy: an
 * entrepreneur attaches a photo to a consultation, sees it, the steward handling the case
 * sees it, and another enterprise's owner gets neither the case nor the file. Nothing the
 * app does is blocked by the policy.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { launchChromium, startHost, type Host } from './harness'
import { confirmModal, expectText, people, shown, tap } from './people'

jest.setTimeout(180_000)

type PersonaId = 'ent-owner-1' | 'steward-li' | 'ent-owner-3'

let host: Host
let browser: Browser
let dir: string
const { open, traced, contextOf } = people<PersonaId>(() => ({ host, browser }))
/** every CSP report Chromium printed, on any page */
const violations: string[] = []

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

beforeAll(async () => {
  host = await startHost()
  browser = await launchChromium()
  dir = mkdtempSync(join(tmpdir(), 'qsj-e2e-files-'))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  rmSync(dir, { recursive: true, force: true })
})

const listening = new Set<PersonaId>()

/** the persona's page at `path`, with every page of its context reporting CSP violations from the first load on */
async function watched(persona: PersonaId, path: string): Promise<Page> {
  if (!listening.has(persona)) {
    listening.add(persona)
    ;(await contextOf(persona)).on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) violations.push(`[${persona}] ${m.text()}`)
    })
  }
  return open(persona, path)
}

/** the attachment thumbnail has loaded real pixels from a signed URL */
async function photoShown(page: Page): Promise<string> {
  const img = shown(page, '.attachment-list__thumb img').first()
  await img.waitFor()
  await page.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await img.elementHandle(), { timeout: 15_000 })
  const src = (await img.getAttribute('src')) ?? ''
  expect(src).toMatch(/\/files\/u\/u[0-9a-f]+\/\d{6}\/[0-9a-f]{24}\.png\?e=\d+&s=/)
  return src
}

it('a photo on a case is seen by its owner and its steward only, and the app runs under the CSP', () => traced('files', async () => {
  const index = await (await contextOf('ent-owner-1')).request.get(`${host.url}/`)
  expect(index.headers()['content-security-policy']).toContain("script-src 'self' 'sha256-")
  expect(index.headers()['x-frame-options']).toBe('DENY')

  // 1. The entrepreneur attaches a photo to a consultation.
  const page = await watched('ent-owner-1', '/pages/index/index')
  await tap(page, '#channel-consult')
  await page.waitForURL(/packages\/case\/submit/)
  await tap(page, '#category-政策咨询')
  const text = '附上车间现场照片，请问这类设备改造能申请哪项补贴？需要什么材料？'
  await shown(page, '#case-text textarea').fill(text)
  const photo = join(dir, '现场照片.png')
  writeFileSync(photo, PNG)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, '#attach-image')])
  await chooser.setFiles(photo)
  await shown(page, '.attachment-picker__thumb').waitFor()
  await tap(page, '#case-submit')
  await confirmModal(page, '咨询已提交')
  await page.waitForURL(/packages\/case\/detail/)
  const ownerSrc = await photoShown(page)
  const caseId = decodeURIComponent(/[?&]id=([^&#]+)/.exec(page.url())![1])

  // 2. The steward handling the case sees it too.
  const steward = await watched('steward-li', `/packages/case/detail/index?id=${encodeURIComponent(caseId)}`)
  await expectText(shown(steward, '.case-facts__text'), text)
  await photoShown(steward)

  // 3. Another enterprise's owner: no case, and the file without its signature is refused.
  const stranger = await watched('ent-owner-3', `/packages/case/detail/index?id=${encodeURIComponent(caseId)}`)
  await expectText(shown(stranger, 'body'), '不存在')
  expect(await shown(stranger, '.attachment-list__thumb').count()).toBe(0)
  const raw = new URL(ownerSrc, host.url)
  const request = (await contextOf('ent-owner-3')).request
  const unsigned = await request.get(`${host.url}${raw.pathname}`)
  expect(unsigned.status()).toBe(403)
  expect(await unsigned.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })

  expect(violations).toEqual([])
}))
