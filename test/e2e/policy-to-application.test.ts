/**
 * From a policy to an application, in real Chromium against the h5 build and the real
 * local host: an entrepreneur searches the policy library, opens a policy, reads why the
 * enterprise only almost qualifies, fixes the enterprise profile, sees it qualify, applies
 * through the linked service with a file per required material, and finds the new
 * 服务申请 in 我的办件. The demo facts are the seed's (server/seed/data/policies.ts).
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core'
import { E2E_MISSING_TAG, E2E_POLICY_ID, E2E_SERVICE_ID, PERSONAS, POLICY_SEEDS, SERVICE_SEEDS } from '../../server/seed/data'
import { launchChromium, startHost, type Host } from './harness'
import { confirmModal, expectText } from './people'

jest.setTimeout(180_000)

const PERSONA = 'ent-owner-1'
const QUERY = '专精特新'
const policy = POLICY_SEEDS.find((p) => p.id === E2E_POLICY_ID)!
const service = SERVICE_SEEDS.find((s) => s.id === E2E_SERVICE_ID)!
const owner = PERSONAS.find((p) => p.id === PERSONA)!
const required = service.materials.filter((m) => m.required)
const APPLY_TEXT = `申领${policy.title}：本企业今年新获评省级专精特新中小企业，认定文件和申请表已随附，联系人周建华。`

const TMP = resolve('.tmp/e2e')

let host: Host
let browser: Browser
let context: BrowserContext
let page: Page

beforeAll(async () => {
  host = await startHost()
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 1 })
  context.setDefaultTimeout(15_000)
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

/** Taro keeps the pages under the top one in the DOM, hidden; only what is shown counts. */
const shown = (selector: string): Locator => page.locator(selector).filter({ visible: true })

/** lets Taro's page slide finish, so a screenshot shows the page and not half of two */
async function settled() {
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
}

/** a screenshot of the current page for the reader of the run, in .tmp/e2e */
async function snap(name: string) {
  await settled()
  mkdirSync(TMP, { recursive: true })
  await page.screenshot({ path: join(TMP, `${name}.png`), fullPage: true })
}

/** On failure keeps a screenshot and adds what the page showed to the error. */
async function traced(name: string, body: () => Promise<void>) {
  try {
    await body()
  } catch (e) {
    mkdirSync(TMP, { recursive: true })
    const file = join(TMP, `${name}.png`)
    await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined)
    const text = page ? await page.locator('body').innerText({ timeout: 2000 }).catch(() => '') : ''
    throw new Error(`${e instanceof Error ? e.stack : String(e)}\n\nOpen page: ${page?.url()} (${file})\n${text.slice(0, 2000)}`)
  }
}

/** a small valid one-page PDF, named after the material it stands for */
function samplePdf(name: string): string {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>'
  ]
  let pdf = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((o, i) => {
    offsets.push(pdf.length)
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`
  })
  const xref = pdf.length
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  pdf += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  mkdirSync(TMP, { recursive: true })
  const path = join(TMP, name)
  writeFileSync(path, pdf)
  return path
}

/** One material line: 「＋ 文件」 opens the browser's file chooser; the file uploads and is listed as 已上传. */
async function uploadMaterial(key: string, path: string, fileName: string) {
  const material = shown(`#material-${key}`)
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), material.locator('#attach-file').click()])
  await chooser.setFiles(path)
  const item = material.locator('.attachment-picker__item', { hasText: fileName })
  await expectText(item, '已上传')
}

async function signIn() {
  page = await context.newPage()
  await page.goto(`${host.url}/`)
  await page.waitForURL(/packages\/dev\/signin/)
  await page.locator(`#persona-${PERSONA}`).click()
  await page.waitForURL(/pages\/index\/index/)
  await page.locator('#tile-policy').waitFor()
}

it('search a policy, see why the enterprise almost qualifies, fix the profile, apply, find the case in 我的办件', () => traced('policy-to-application', async () => {
  await signIn()

  // 1. The 政策 tab: a 4-character query finds the policy with the query marked in its title.
  await page.getByText('政策', { exact: true }).last().click()
  await page.waitForURL(/pages\/policy\/index/)
  const box = shown('#policy-search input')
  await box.fill(QUERY)
  await shown('#policy-search-submit').click()
  const row = shown(`#policy-result-${E2E_POLICY_ID}`)
  await expectText(row, policy.title)
  const hits = await row.locator('.hl--hit').allInnerTexts()
  expect(hits.length).toBeGreaterThan(0)
  hits.forEach((h) => expect(h).toBe(QUERY))
  // a query sorts by relevance, best first
  await shown('#policy-sort-relevance.policy-bar__sort--on').waitFor()

  // 2. The detail says 差一点, and why: the one unmet condition in plain words.
  await row.click()
  await page.waitForURL(/packages\/policy\/detail/)
  await expectText(shown('.policy-head__title'), policy.title)
  await expectText(shown('#match-verdict'), '差一点')
  await expectText(shown('#match-panel'), '还差 1 项条件')
  const unmet = shown('#match-condition-requiredTags')
  await expectText(unmet, '需为专精特新企业，您的企业尚未标注')
  expect(await unmet.getAttribute('class')).toContain('match-panel__condition--unmet')
  // every other condition is already met
  expect(await shown('.match-panel__condition--unmet').count()).toBe(1)
  expect(await shown('.match-panel__condition--unknown').count()).toBe(0)
  await snap('policy-almost')

  // 3. 完善企业档案: tick 专精特新 and save; the form goes back to the policy.
  await shown('#action-edit-profile').click()
  await page.waitForURL(/packages\/enterprise\/profile/)
  const tag = shown(`#profile-tags-${E2E_MISSING_TAG}`)
  await expectText(tag, E2E_MISSING_TAG)
  await shown(`#profile-tags-${E2E_MISSING_TAG}[aria-pressed="false"]`).waitFor()
  await tag.click()
  await shown(`#profile-tags-${E2E_MISSING_TAG}[aria-pressed="true"]`).waitFor()
  await shown('#profile-save').click()
  await page.getByText('档案已更新，适用政策已重新匹配').first().waitFor()
  await page.waitForURL(/packages\/policy\/detail/)

  // 4. Back on the policy, matched again: 符合条件, nothing left unmet.
  await expectText(shown('#match-verdict'), '符合条件')
  await expectText(shown('#match-panel'), '您的企业满足本政策的全部条件')
  await expectText(shown('#match-condition-requiredTags'), '需为专精特新企业，您的企业已标注')
  expect(await shown('.match-panel__condition--unmet').count()).toBe(0)
  await snap('policy-eligible')

  // 5. 申报 opens the linked service's application form.
  await expectText(shown('#policy-apply'), '申报')
  // the whole action bar fits the 390 px phone: 申报 ends inside the viewport
  const applyBox = await shown('#policy-apply').boundingBox()
  expect(applyBox && applyBox.x + applyBox.width).toBeLessThanOrEqual(390)
  await shown('#policy-apply').click()
  await page.waitForURL(/packages\/service\/apply/)
  await expectText(shown('.svc-apply-page .page-note'), service.name)
  for (const m of service.materials) await expectText(shown(`#material-${m.key}`), m.name)
  await expectText(shown('#apply-blocked'), `请先上传必交材料：${required.map((m) => m.name).join('、')}`)

  // one file per required material, then the description
  const files = required.map((m) => ({ key: m.key, name: `${m.name}.pdf` }))
  for (const f of files) await uploadMaterial(f.key, samplePdf(f.name), f.name)
  await shown('#apply-text textarea').fill(APPLY_TEXT)
  await expectText(shown('.text-area'), `${APPLY_TEXT.length}/`)
  await shown('#apply-blocked').waitFor({ state: 'detached' })

  // 6. Submit: the modal gives the SQ number, and the case opens.
  await shown('#service-apply-submit').click()
  const message = await confirmModal(page, '申请已提交')
  const number = /办件编号 (SQ\d{8}-\d+)/.exec(message)?.[1]
  if (!number) throw new Error(`no SQ case number in: ${message}`)
  await page.waitForURL(/packages\/case\/detail/)
  await expectText(shown('#case-number'), number)
  await expectText(shown('#case-status'), service.name)
  await expectText(shown('#case-status'), '待受理')
  await expectText(shown('.case-header'), '服务申请')
  await expectText(shown('.case-facts__text'), APPLY_TEXT)
  for (const f of files) await expectText(shown('.attachment-list'), f.name)
  await expectText(shown('#case-submitter'), owner.name)

  // 7. 我的 → 我的办件: the application is listed, 服务申请 and 待受理.
  for (const old of context.pages()) await old.close()
  page = await context.newPage()
  await page.goto(`${host.url}/#/pages/mine/index`)
  await shown('#action-cases').click()
  await page.waitForURL(/packages\/case\/list/)
  const listed = shown(`#case-row-${number}`)
  await expectText(listed, '服务申请')
  await expectText(listed, '待受理')
  await expectText(listed, service.name)
  await listed.click()
  await page.waitForURL(/packages\/case\/detail/)
  await expectText(shown('#case-number'), number)
  await snap('policy-application-case')
}))
