/**
 * The community and content sections end to end, in real Chromium against the h5 build
 * and the real local host, each person in their own browser context:
 * - a park manager composes a notice to their park, sees how many it will reach and
 *   publishes it; an entrepreneur of that park finds it in 我的消息 and opens it, one of
 *   another park sees it nowhere; the manager's 送达 / 已读 counts follow;
 * - the manager publishes a lecture starting in a few minutes (so check-in is open); an
 *   entrepreneur signs up, checks in with the code the organiser shows, asks the lecturer,
 *   and the question is a 咨询 case in the steward's workbench.
 * Everything is created through the UI here; nothing depends on the seeded posts or lectures.
 */
import type { Browser, Page } from 'playwright-core'
import { ENTERPRISES, PARKS, PERSONAS } from '../../server/seed/data'
import { launchChromium, startHost, type Host } from './harness'
import { confirmModal, expectText, people, shown, tap } from './people'

jest.setTimeout(240_000)

type PersonaId = 'ent-owner-1' | 'ent-owner-3' | 'steward-li' | 'manager-gaoxin'

let host: Host
let browser: Browser
const { open, traced } = people<PersonaId>(() => ({ host, browser }))

beforeAll(async () => {
  host = await startHost()
  browser = await launchChromium()
}, 60_000)

afterAll(async () => {
  await browser?.close()
  await host?.stop()
})

/** a page's list has answered: rows, or its empty state */
async function listLoaded(page: Page, rows: string) {
  await shown(page, `${rows}, .empty-state`).first().waitFor()
}

/** the tab bar, as a person taps it */
async function tabBar(page: Page, label: string) {
  await page.locator('.weui-tabbar__item').filter({ has: page.locator('.weui-tabbar__label', { hasText: label }) }).click()
}

/** 我的 → an entry */
async function fromMine(persona: PersonaId, entry: string, url: RegExp): Promise<Page> {
  const page = await open(persona, '/pages/mine/index')
  await tap(page, `#action-${entry}`)
  await page.waitForURL(url)
  return page
}

const owner1 = PERSONAS.find((p) => p.id === 'ent-owner-1')!
const steward = PERSONAS.find((p) => p.id === 'steward-li')!
const gaoxin = PARKS.find((p) => p._id === 'park-gaoxin')!
const gaoxinEnterprises = ENTERPRISES.filter((e) => e.parkId === gaoxin._id).length
// a unique title per run, so nothing seeded can stand in for what this test published
const stamp = Date.now().toString(36).slice(-5).toUpperCase()

const NOTICE_TITLE = `高新区企业安全生产检查安排 ${stamp}`
const NOTICE_BODY = '下周起园区安委办将对区内企业开展安全生产专项检查。\n请各企业提前自查消防通道、危化品存放和特种设备台账，并指定一名联系人配合检查。'

it('a manager publishes a notice to their park: its entrepreneurs get it, another park\'s do not, and 已读 follows', () => traced('notice', async () => {
  // 1. 我的 → 通知发布 → 写通知: the audience is the manager's own park, with its live count.
  let page = await fromMine('manager-gaoxin', 'publish-notices', /packages\/publish\/notices/)
  await tap(page, '#notice-new')
  await page.waitForURL(/packages\/publish\/notice-edit/)
  // a park manager has no 全市 choice
  await shown(page, '#audience-kind-parks').waitFor()
  expect(await page.locator('#audience-kind-city').filter({ visible: true }).count()).toBe(0)
  await tap(page, '#audience-kind-parks')
  await shown(page, '#audience-kind-parks[aria-pressed="true"]').waitFor()
  await expectText(shown(page, '.pb-audience'), `只能向“${gaoxin.name}”的企业发送通知`)

  await shown(page, '#notice-title input').fill(NOTICE_TITLE)
  await shown(page, '#notice-body textarea').fill(NOTICE_BODY)
  await expectText(shown(page, '.text-area__count'), `${NOTICE_BODY.length}/`)

  const preview = shown(page, '#notice-preview')
  await expectText(preview, '将送达')
  const counted = /将送达 (\d+) 家企业、(\d+) 位用户/.exec(await preview.innerText())
  if (!counted) throw new Error(`no recipient count in: ${await preview.innerText()}`)
  const [enterprises, users] = [Number(counted[1]), Number(counted[2])]
  // every enterprise of the park, and only those
  expect(enterprises).toBe(gaoxinEnterprises)
  expect(users).toBeGreaterThanOrEqual(1)

  // 2. 发布: the confirmation repeats the reach; afterwards 送达 is every user, 已读 none.
  await tap(page, '#notice-publish')
  const message = await confirmModal(page, '发布通知')
  expect(message).toContain(`将送达 ${enterprises} 家企业、${users} 位用户`)
  const stats = shown(page, '#notice-stats')
  await expectText(stats, '送达')
  expect(await stats.locator('.pb-stats__number').allInnerTexts()).toEqual([String(users), '0'])

  // 3. The sent list: 已发送, 送达 N · 已读 0.
  page = await fromMine('manager-gaoxin', 'publish-notices', /packages\/publish\/notices/)
  const row = shown(page, '.pb-row').filter({ hasText: NOTICE_TITLE })
  await expectText(row, '已发送')
  const rowId = await row.getAttribute('id')
  const noticeId = rowId?.replace(/^notice-row-/, '')
  if (!noticeId) throw new Error(`no notice id on the row: ${rowId}`)
  await expectText(shown(page, `#notice-row-${noticeId}-stats`), `送达 ${users} · 已读 0`)

  // 4. An entrepreneur of the park: 消息 → 我的消息 has it, unread; opening it shows the notice.
  page = await open('ent-owner-1', '/pages/index/index')
  await page.locator('#tile-policy').waitFor()
  await tabBar(page, '消息')
  await page.waitForURL(/pages\/messages\/index/)
  const item = shown(page, '.notification-item').filter({ hasText: NOTICE_TITLE })
  await item.waitFor()
  expect(await item.getAttribute('class')).toContain('notification-item--unread')
  await expectText(item, '安全生产专项检查')
  await item.click()
  await page.waitForURL(/packages\/notice\/detail/)
  await expectText(shown(page, '.article__title'), NOTICE_TITLE)
  await expectText(shown(page, '.article__body'), '指定一名联系人配合检查')
  await expectText(shown(page, '.article__meta'), '指定园区')
  // and it is among the park's 通知公告 too
  page = await open('ent-owner-1', '/pages/messages/index')
  await tap(page, '#messages-tab-notices')
  await expectText(shown(page, '.notice-list-view'), NOTICE_TITLE)

  // 5. An entrepreneur of another park: not in 我的消息, not in 通知公告, not by its address.
  page = await open('ent-owner-3', '/pages/messages/index')
  await listLoaded(page, '.notification-item')
  expect(await shown(page, '.notification-list').innerText()).not.toContain(NOTICE_TITLE)
  await tap(page, '#messages-tab-notices')
  await listLoaded(page, '.notice-list-view .notice-item')
  // the list is the other park's: it has notices (the city's), only not this one
  expect(await shown(page, '.notice-item').count()).toBeGreaterThan(0)
  expect(await shown(page, '.messages').innerText()).not.toContain(NOTICE_TITLE)
  page = await open('ent-owner-3', `/packages/notice/detail/index?id=${encodeURIComponent(noticeId)}`)
  await shown(page, '.error-state').waitFor()
  expect(await page.locator('body').innerText()).not.toContain(NOTICE_TITLE)

  // 6. The manager's counts: one more 已读, 送达 unchanged; the notice's page says the same.
  page = await fromMine('manager-gaoxin', 'publish-notices', /packages\/publish\/notices/)
  await expectText(shown(page, `#notice-row-${noticeId}-stats`), `送达 ${users} · 已读 1`)
  await tap(page, `#notice-row-${noticeId}`)
  await page.waitForURL(/packages\/publish\/notice-edit/)
  await shown(page, '#notice-stats').waitFor()
  expect(await shown(page, '#notice-stats .pb-stats__number').allInnerTexts()).toEqual([String(users), '1'])
}))

/** a Beijing calendar day and clock time, as the lecture form's pickers hold them */
function beijing(ms: number): { date: string; time: string } {
  const iso = new Date(ms + 8 * 3_600_000).toISOString()
  return { date: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/** the vertical offset in a picker column's `translate3d(0px, Ypx, 0px)` */
function offsetOf(transform: string): number {
  const m = /translate3d\(0(?:px)?, (-?[\d.]+)px/.exec(transform)
  if (!m) throw new Error(`unexpected picker transform: ${transform}`)
  return Number(m[1])
}

/**
 * Chooses a value in Taro's h5 picker (`#id` is the lecture form's PickerField): opens it,
 * drags each column to the wanted item ('2025年' / '06月' / '09日', or '14' / '05') as a
 * mouse drag does, and presses 确定. Each drag waits for the column to have moved.
 */
async function pick(page: Page, id: string, wanted: string[], shownAs: string) {
  await tap(page, `#${id} .lec-picker__value`)
  const sheet = shown(page, '.weui-picker')
  await sheet.waitFor()
  const columns = sheet.locator('taro-picker-group')
  expect(await columns.count()).toBe(wanted.length)
  for (let i = 0; i < wanted.length; i++) {
    const column = columns.nth(i)
    const target = await column.evaluate((el, text) => {
      const items = Array.from(el.querySelectorAll('.weui-picker__item')).map((n) => n.textContent)
      // the time columns repeat 4 items at each end for the endless scroll: take the middle one
      const pad = items.length === 32 || items.length === 68 ? 4 : 0
      const index = items.findIndex((t, k) => t === text && k >= pad && k < items.length - pad)
      return index < 0 ? null : 102 - 34 * index
    }, wanted[i])
    if (target === null) throw new Error(`${id}: no "${wanted[i]}" in column ${i}`)
    const handle = await column.elementHandle()
    const from = offsetOf(await column.evaluate((el) => (el.querySelector('.weui-picker__content') as HTMLElement).style.transform))
    if (from === target) continue
    // the column takes its new position on its next render: release only once it has moved
    const moved = () => page.waitForFunction(({ el, at }) => (el?.querySelector('.weui-picker__content') as HTMLElement | null)?.style.transform.includes(`, ${at}px,`), { el: handle, at: target })
    await column.evaluate((el, dy) => {
      el.dispatchEvent(new MouseEvent('mousedown', { clientY: 400, bubbles: true }))
      el.dispatchEvent(new MouseEvent('mousemove', { clientY: 400 + dy, bubbles: true }))
    }, target - from)
    await moved()
    await column.evaluate((el, dy) => el.dispatchEvent(new MouseEvent('mouseup', { clientY: 400 + dy, bubbles: true })), target - from)
    await moved()
  }
  await sheet.locator('.weui-picker__action').last().click()
  await expectText(shown(page, `#${id} .lec-picker__value`), shownAs)
}

const LECTURE_TITLE = `数字化车间改造实务分享 ${stamp}`
const LECTURE_INTRO = '结合园区三家企业的改造案例，讲解数字化车间建设的步骤、投入和常见误区。\n现场答疑，可携带本企业的改造方案。'
const QUESTION = '我们是一家精密机械加工企业，设备联网改造的投入能否申请技术改造补贴？需要先做哪些备案？'

it('an entrepreneur signs up for a lecture, checks in with the code, asks the lecturer, and a steward gets the case', () => traced('lecture', async () => {
  // 1. The manager publishes a lecture that starts in ten minutes: check-in (from 30 minutes before) is open.
  let page = await fromMine('manager-gaoxin', 'manage-lectures', /packages\/lecture\/list/)
  await tap(page, '#lecture-create')
  await page.waitForURL(/packages\/lecture\/edit/)
  await shown(page, '#lecture-title input').fill(LECTURE_TITLE)
  await shown(page, '#lecture-speaker input').fill('龙晓峰')
  await shown(page, '#lecture-speaker-title input').fill('湘潭大学机械工程学院副教授')
  await tap(page, '#lecture-mode-offline')
  await shown(page, '#lecture-place input').fill('高新区创新创业服务中心二楼报告厅')
  await shown(page, '#lecture-capacity input').fill('30')
  await shown(page, '#lecture-intro textarea').fill(LECTURE_INTRO)

  const startMs = Math.floor(Date.now() / 60_000) * 60_000 + 10 * 60_000
  const start = beijing(startMs)
  const end = beijing(startMs + 60 * 60_000)
  const [y, m, d] = start.date.split('-')
  await pick(page, 'lecture-start-date', [`${y}年`, `${m}月`, `${d}日`], start.date)
  await pick(page, 'lecture-start-time', start.time.split(':'), start.time)
  if (end.date !== start.date) {
    const [ey, em, ed] = end.date.split('-')
    await pick(page, 'lecture-end-date', [`${ey}年`, `${em}月`, `${ed}日`], end.date)
  }
  await pick(page, 'lecture-end-time', end.time.split(':'), end.time)

  await tap(page, '#lecture-save')
  await page.waitForURL(/packages\/lecture\/detail/)
  const lectureId = decodeURIComponent(/[?&]id=([^&#]+)/.exec(page.url())?.[1] ?? '')
  expect(lectureId).not.toBe('')
  await expectText(shown(page, '.lec-info__title'), LECTURE_TITLE)
  // the Beijing time chosen is the time shown
  await expectText(shown(page, '.lec-info'), `${start.date}`)
  await expectText(shown(page, '.lec-info'), `${start.time}—`)
  await expectText(shown(page, '.lec-info'), '共 30 席，已报名 0 人')

  // 2. The entrepreneur: home → 潭商讲堂 → the lecture → 报名.
  page = await open('ent-owner-1', '/pages/index/index')
  await tap(page, '#tile-lecture')
  await page.waitForURL(/packages\/lecture\/list/)
  const card = shown(page, `#lecture-${lectureId}`)
  await expectText(card, LECTURE_TITLE)
  await expectText(card, '剩余 30 席')
  await card.click()
  await page.waitForURL(/packages\/lecture\/detail/)
  await expectText(shown(page, '.lec-info__title'), LECTURE_TITLE)
  await tap(page, '#lecture-signup')
  await expectText(shown(page, '#lecture-my-state'), '已报名')
  await expectText(shown(page, '#lecture-notice'), '报名成功')
  await expectText(shown(page, '.lec-info'), '已报名 1 人')
  // check-in is open, and the code is not on the attendee's page
  await shown(page, '#checkin-code input').waitFor()
  const attendeeView = page

  // 3. The organiser's 报名名单 · 签到码: the code, and the entrepreneur 已报名, 未签到.
  page = await open('manager-gaoxin', `/packages/lecture/detail/index?id=${encodeURIComponent(lectureId)}`)
  await tap(page, '#lecture-signups')
  await page.waitForURL(/packages\/lecture\/signups/)
  const codeShown = shown(page, '#checkin-code-display')
  await codeShown.filter({ hasText: /^\s*[A-Z0-9]{6}\s*$/ }).waitFor()
  const code = (await codeShown.innerText()).trim()
  await expectText(shown(page, '.lec-code'), '签到进行中')
  const signupRow = shown(page, '.lec-row').filter({ hasText: owner1.name })
  await expectText(signupRow, '已报名')
  await expectText(signupRow, '未签到')
  expect(await attendeeView.locator('body').innerText()).not.toContain(code)

  // 4. The entrepreneur types the code: 已签到.
  page = await open('ent-owner-1', `/packages/lecture/detail/index?id=${encodeURIComponent(lectureId)}`)
  await shown(page, '#checkin-code input').fill(code.toLowerCase())
  await tap(page, '#checkin-submit')
  await expectText(shown(page, '#lecture-my-state'), '已签到')
  await expectText(shown(page, '#lecture-notice'), '签到成功')
  expect(await page.locator('#checkin-code').filter({ visible: true }).count()).toBe(0)

  // 5. 向讲师提问: the question becomes a 咨询 case about the lecture.
  await tap(page, '#lecture-ask')
  await page.waitForURL(/packages\/lecture\/ask/)
  await expectText(shown(page, '.lec-ask__title'), LECTURE_TITLE)
  await shown(page, '#ask-text textarea').fill(QUESTION)
  await expectText(shown(page, '.text-area__count'), `${QUESTION.length}/`)
  await tap(page, '#ask-submit')
  const message = await confirmModal(page, '问题已转给企业管家办理')
  const number = /办件编号 (ZX\d{8}-\d+)/.exec(message)?.[1]
  if (!number) throw new Error(`no consultation number in: ${message}`)
  await page.waitForURL(/packages\/case\/detail/)
  await expectText(shown(page, '#case-number'), number)
  await expectText(shown(page, '.case-header'), '咨询')
  const facts = await shown(page, '.case-facts__text').innerText()
  expect(facts).toContain(`【潭商讲堂：${LECTURE_TITLE}】`)
  expect(facts).toContain(QUESTION)
  await expectText(shown(page, '#case-assignee'), steward.name)

  // 6. The enterprise's steward finds it in 管家工作台, and it is the question asked.
  page = await fromMine('steward-li', 'workbench', /packages\/workbench\/inbox/)
  const caseRow = shown(page, `#case-row-${number}`)
  await expectText(caseRow, '待受理')
  await caseRow.click()
  await page.waitForURL(/packages\/case\/detail/)
  await expectText(shown(page, '#case-number'), number)
  expect(await shown(page, '.case-facts__text').innerText()).toContain(`【潭商讲堂：${LECTURE_TITLE}】${QUESTION}`)
  await expectText(shown(page, '#case-submitter'), owner1.name)

  // 7. And the organiser's list marks the entrepreneur 已签到.
  page = await open('manager-gaoxin', `/packages/lecture/signups/index?id=${encodeURIComponent(lectureId)}`)
  await expectText(shown(page, '.lec-row').filter({ hasText: owner1.name }), '已签到')
}))
