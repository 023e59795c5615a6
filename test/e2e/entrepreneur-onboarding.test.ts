/**
 * 企业认证 end to end, in real Chromium against the h5 build and the real local host.
 * 1. A guest applies for an enterprise with the licence photo (a wrong code is caught on the
 *    way), is 待认证 and sees none of the enterprise's data; the enterprise's steward approves
 *    in the queue; now the entrepreneur sees the enterprise.
 * 2. An enterprise's 企业管理员 invites a colleague with a code; the colleague redeems it and is
 *    a member at once; the admin removes them, and their next call is refused. The development
 *    stand-in of the 电子营业执照 authorisation then makes them another enterprise's admin.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { ENTERPRISES } from '../../server/seed/data'
import { launchChromium, startHost, type Host } from './harness'
import { confirmModal, expectText, people, shown, tap } from './people'

jest.setTimeout(240_000)

type PersonaId = 'guest-zhang' | 'steward-chen' | 'ent-owner-1' | 'visitor'

const applied = ENTERPRISES.find((e) => e._id === 'ent-05')!
const adminsEnterprise = ENTERPRISES.find((e) => e._id === 'ent-01')!
const licensed = ENTERPRISES.find((e) => e._id === 'ent-02')!
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const wrongCode = applied.creditCode.slice(0, 17) + alphabet[(alphabet.indexOf(applied.creditCode[17]) + 1) % 31]
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

let host: Host
let browser: Browser
let dir: string
const { open, traced } = people<PersonaId>(() => ({ host, browser }))

beforeAll(async () => {
  host = await startHost()
  browser = await launchChromium()
  dir = mkdtempSync(join(tmpdir(), 'qsj-e2e-onboarding-'))
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await host?.stop()
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function typeInto(page: Page, selector: string, text: string) {
  const input = shown(page, `${selector} input`)
  await input.fill('')
  await input.fill(text)
}

it('a guest applies with the licence, waits as 待认证, and the steward approves', () => traced('onboarding-apply', async () => {
  // 我的 → 申请企业认证
  const me = await open('guest-zhang', '/pages/mine/index')
  await expectText(shown(me, '#action-bind'), '申请企业认证')
  await tap(me, '#action-bind')
  await me.waitForURL(/packages\/account\/bind/)
  await shown(me, '#apply-next-steps').waitFor()

  await typeInto(me, '#enterprise-name', applied.name)
  await typeInto(me, '#credit-code', wrongCode)
  const expected = `校验位不符：第18位应为“${applied.creditCode[17]}”，您输入的是“${wrongCode[17]}”，请核对是否有错字`
  await shown(me, '.form-field__message').filter({ hasText: expected }).waitFor()

  // nothing is sent while something is missing: every missing thing is named
  await typeInto(me, '#credit-code', applied.creditCode)
  await tap(me, '#apply-submit')
  await expectText(shown(me, '#apply-licence'), '请上传营业执照照片')
  await expectText(shown(me, '.ms-apply__error'), '请选择申请身份')

  await tap(me, '#apply-capacity-legalRep')
  const photo = join(dir, '营业执照.png')
  writeFileSync(photo, PNG)
  const [chooser] = await Promise.all([me.waitForEvent('filechooser'), tap(me, '#apply-licence #attach-image')])
  await chooser.setFiles(photo)
  await expectText(shown(me, '#apply-licence'), '已上传')
  await tap(me, '#apply-submit')

  // 待认证: the status says so, and the enterprise's data stays closed
  await expectText(shown(me, '#membership-status'), '认证审核中')
  await expectText(shown(me, '#membership-status'), applied.name)
  const profile = await open('guest-zhang', '/packages/enterprise/profile/index')
  await expectText(shown(profile, '#bind-prompt'), '企业认证审核中')
  expect(await shown(profile, 'body').innerText()).not.toContain(applied.creditCode)
  const cases = await open('guest-zhang', '/packages/case/list/index')
  // a 待认证 person's own consultations only: none of the enterprise's cases
  await expectText(shown(cases, 'body'), '您还没有办件')
  const mine = await open('guest-zhang', '/pages/mine/index')
  await expectText(shown(mine, '#identity-membership'), '待认证')
  expect(await shown(mine, '#action-cases').count()).toBe(0)

  // the enterprise's steward: 我的 → 企业认证审核 (with its count) → the request → 通过
  const staff = await open('steward-chen', '/pages/mine/index')
  await shown(staff, '#action-membership-queue-count').waitFor()
  await tap(staff, '#action-membership-queue')
  await staff.waitForURL(/packages\/account\/requests/)
  await shown(staff, '.ms-request').filter({ hasText: applied.name }).first().click()
  await staff.waitForURL(/packages\/account\/request\//)
  await expectText(shown(staff, '#ms-review-summary'), '法定代表人')
  const licence = shown(staff, '.attachment-list__thumb img').first()
  await licence.waitFor()
  await staff.waitForFunction((el) => (el as HTMLImageElement).complete && (el as HTMLImageElement).naturalWidth > 0, await licence.elementHandle(), { timeout: 15_000 })
  await tap(staff, '#ms-approve')
  await confirmModal(staff, '通过认证')
  await expectText(shown(staff, '#ms-review-summary'), '已认证')

  // the entrepreneur now sees the enterprise
  const after = await open('guest-zhang', '/pages/mine/index')
  await expectText(shown(after, '#identity-enterprise'), applied.name)
  await expectText(shown(after, '#identity-enterprise'), '已认证')
  await shown(after, '#action-cases').waitFor()
  const opened = await open('guest-zhang', '/packages/enterprise/profile/index')
  await expectText(shown(opened, 'body'), applied.name)
  expect(await shown(opened, '#bind-prompt').count()).toBe(0)
}))

it('an enterprise admin invites a colleague, who joins with the code; removed, they lose access at once; the licence stand-in lets them in elsewhere', () => traced('onboarding-invite', async () => {
  // the admin creates a code on 企业成员
  const admin = await open('ent-owner-1', '/packages/account/members/index')
  await shown(admin, '#member-invites').waitFor()
  await tap(admin, '#member-invite-create')
  const codeText = shown(admin, '#new-member-invite-code')
  await codeText.waitFor()
  const code = (await codeText.innerText()).trim()
  expect(code).toMatch(/^[A-Z0-9]{10}$/)

  // the colleague opens the share link, sees the code, joins and lands on 我的 as a member
  const colleague = await open('visitor', `/packages/account/join-enterprise/index?code=${code}`)
  await expectText(shown(colleague, '#join-code-card'), code)
  await tap(colleague, '#join-enterprise-submit')
  await colleague.waitForURL(/pages\/mine\/index/)
  await expectText(shown(colleague, '#identity-enterprise'), adminsEnterprise.name)
  const profile = await open('visitor', '/packages/enterprise/profile/index')
  await expectText(shown(profile, 'body'), adminsEnterprise.name)

  // the admin sees them (joined by invitation) and removes them with a reason
  const roster = await open('ent-owner-1', '/packages/account/members/index')
  // the only member who joined by invitation (a guest who has not filled in a name yet)
  const row = shown(roster, '.ms-member').filter({ hasText: '企业邀请' })
  await row.first().waitFor()
  expect(await row.count()).toBe(1)
  await row.locator('.ms-member__op--danger').click()
  await shown(roster, '.ms-member__remove textarea').fill('测试结束，移出本企业')
  await shown(roster, '.ms-member__remove .at-button').click()
  await shown(roster, '.ms-member').filter({ hasText: '企业邀请' }).waitFor({ state: 'detached' })

  // the colleague's next call is refused: no profile, and 我的 says why
  const closed = await open('visitor', '/packages/enterprise/profile/index')
  await shown(closed, '#bind-prompt').waitFor()
  expect(await shown(closed, 'body').innerText()).not.toContain(adminsEnterprise.creditCode)
  const mine = await open('visitor', '/pages/mine/index')
  await expectText(shown(mine, '#identity-membership'), '已移除')
  await expectText(shown(mine, '#identity-membership'), '测试结束，移出本企业')

  // the third way in: the 电子营业执照 authorisation, here the development stand-in, marked so
  const apply = await open('visitor', '/packages/account/bind/index')
  await expectText(shown(apply, '#way-license'), '仅供开发环境')
  await typeInto(apply, '#enterprise-name', licensed.name)
  await typeInto(apply, '#credit-code', licensed.creditCode)
  await tap(apply, '#apply-capacity-legalRep')
  await shown(apply, '#way-license .at-button').click()
  await expectText(shown(apply, '#membership-status'), '电子营业执照授权')
  await expectText(shown(apply, '#membership-status'), licensed.name)
  const joined = await open('visitor', '/pages/mine/index')
  await expectText(shown(joined, '#identity-enterprise'), licensed.name)
  // a 法定代表人 proven by the licence administers the enterprise
  await expectText(shown(joined, '#identity-enterprise'), '企业管理员')
}))
