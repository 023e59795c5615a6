/**
 * Demo content for 管家团队, 企业商圈, 潭商讲堂, 营商动态 and targeted notices: enough of
 * it, valid by the forms' own schemas, consistent where the backends keep counters, seen
 * through the real actions, topped up once on an older data folder, and written in the
 * project's own words (no 12-character run copied from ../shared/seeds).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as v from 'valibot'
import { addDays, beijingYmd } from '../../../cloudfunctions/api/src/domain/calendar/beijingDate'
import { CIRCLE_COLLECTIONS, type PostDoc } from '../../../cloudfunctions/api/src/domain/circle/docs'
import { COLLECTIONS, type EnterpriseDoc, type NewsDoc, type UserDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { LECTURE_COLLECTIONS, signupId, type LectureDoc, type LectureSignupDoc } from '../../../cloudfunctions/api/src/domain/lectures/docs'
import { sanitizePolicyHtml } from '../../../cloudfunctions/api/src/domain/policies'
import { STEWARD_COLLECTIONS, type StewardUserDoc } from '../../../cloudfunctions/api/src/domain/stewards/docs'
import { wordListChecker } from '../../../server/contentCheck/wordListChecker'
import { seedDemoData } from '../../../server/seed'
import {
  buildLectures,
  buildPosts,
  buildScheduledNews,
  ENTERPRISES,
  MEMBERS,
  MORE_NEWS,
  MORE_NOTICES,
  MORE_STEWARDS,
  NEWS,
  NOTICES,
  PERSONAS,
  STEWARD_ASSIGNMENTS,
  STEWARD_CARDS
} from '../../../server/seed/data'
import { isWorkingDay } from '../../../server/seed/data/seedDates'
import { lectureFieldsSchema, NEWS_CATEGORIES, postFieldsSchema, stewardCardSchema } from '../../../types'
import { newsFieldsSchema, noticeFieldsSchema } from '../../../types/publishingSchemas'
import { openBed, type Bed } from '../helpers'

// two moments far apart (and on different Beijing/UTC days): nothing is pinned to a date
const NOWS = [new Date('2026-11-20T02:00:00.000Z'), new Date('2027-05-03T17:30:00.000Z')]
const NOW = NOWS[0]

const openid = (personaId: string) => [...PERSONAS, ...MORE_STEWARDS, ...MEMBERS].find((p) => p.id === personaId)!.openid
const STEWARD_COUNT = [...PERSONAS, ...MORE_STEWARDS].filter((p) => p.role === 'steward').length
const issues = (r: v.SafeParseResult<v.GenericSchema>) => (r.success ? 'ok' : r.issues.map((i) => i.message))

const COMMUNITY = [
  CIRCLE_COLLECTIONS.posts,
  CIRCLE_COLLECTIONS.postContacts,
  LECTURE_COLLECTIONS.lectures,
  LECTURE_COLLECTIONS.lectureSignups,
  STEWARD_COLLECTIONS.assignments,
  COLLECTIONS.users,
  COLLECTIONS.enterprises,
  COLLECTIONS.news,
  COLLECTIONS.notices,
  COLLECTIONS.notifications
]

async function counts(bed: Bed): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const c of COMMUNITY) out[c] = (await bed.db.collection(c).count()).total
  return out
}

async function all<T>(bed: Bed, collection: string): Promise<T[]> {
  return (await bed.db.collection(collection).limit(1000).get()).data as unknown as T[]
}

describe('demo community content, as built', () => {
  it.each(NOWS.map((now) => [now.toISOString(), now]))('has 20+ live posts of every kind, two in review, one closed, one expired (%s)', (_, now) => {
    const { posts, contacts } = buildPosts(now)
    const today = beijingYmd(now)
    const live = posts.filter((p) => p.status === 'published' && p.validUntil >= today)
    expect(live.length).toBeGreaterThanOrEqual(20)
    expect(new Set(live.map((p) => p.kind))).toEqual(new Set(['supply', 'demand', 'cooperation']))
    expect(new Set(live.map((p) => p.industry)).size).toBeGreaterThanOrEqual(8)
    expect(new Set(live.map((p) => p.parkId)).size).toBe(4)
    expect(posts.filter((p) => p.status === 'reviewing').length).toBe(2)
    expect(posts.filter((p) => p.status === 'closed').length).toBe(1)
    expect(posts.filter((p) => p.status === 'published' && p.validUntil < today).length).toBe(1)
    for (const p of posts) {
      expect(p.createdAt < now.toISOString()).toBe(true)
      expect(p.publishedAt === null).toBe(p.status === 'reviewing')
      const validDays = Math.round((Date.parse(p.validUntil) - Date.parse(beijingYmd(new Date(p.createdAt)))) / 86_400_000)
      expect(p.validUntil).toBe(addDays(beijingYmd(new Date(p.createdAt)), validDays))
      const fields = { kind: p.kind, industry: p.industry, title: p.title, text: p.text, images: p.images, validDays, contactName: p.contactName, contactPhone: p.contactPhone }
      expect([p._id, issues(v.safeParse(postFieldsSchema, fields))]).toEqual([p._id, 'ok'])
    }
    // no one has to answer a contact request on ent-01's posts
    const ent01 = new Set(posts.filter((p) => p.enterpriseId === 'ent-01').map((p) => p._id))
    expect(contacts.some((c) => ent01.has(c.postId))).toBe(false)
    expect(contacts.map((c) => c.state).sort()).toEqual(['accepted', 'pending', 'pending'])
  })

  it.each(NOWS.map((now) => [now.toISOString(), now]))('has past lectures with replays and ratings and upcoming ones with seats, counters equal to the sign-ups (%s)', (_, now) => {
    const { lectures, signups } = buildLectures(now)
    const at = now.toISOString()
    expect(lectures.length).toBeGreaterThanOrEqual(10)
    const past = lectures.filter((l) => l.endsAt < at)
    const ahead = lectures.filter((l) => l.startsAt > at)
    expect(past.length + ahead.length).toBe(lectures.length)
    expect(past.filter((l) => l.replayUrl).length).toBeGreaterThanOrEqual(3)
    expect(past.filter((l) => l.slides.length > 0).length).toBeGreaterThanOrEqual(3)
    expect(past.every((l) => l.ratingCount > 0)).toBe(true)
    expect(ahead.length).toBeGreaterThanOrEqual(5)
    expect(new Set(ahead.map((l) => l.mode))).toEqual(new Set(['online', 'offline']))
    expect(ahead.filter((l) => l.capacity - l.confirmed === 1).length).toBeGreaterThanOrEqual(1)
    const full = ahead.filter((l) => l.confirmed === l.capacity)
    expect(full.length).toBe(1)
    expect(full[0].waitlist.length).toBeGreaterThanOrEqual(1)
    expect(full[0].waitlist.length).toBeLessThanOrEqual(5)
    // the seeded times read as Beijing working-day times, whatever the machine's zone
    for (const l of lectures) {
      expect(isWorkingDay(beijingYmd(new Date(l.startsAt)))).toBe(true)
      const fields = { title: l.title, speaker: l.speaker, speakerTitle: l.speakerTitle, mode: l.mode, place: l.place, startsAt: l.startsAt, endsAt: l.endsAt, capacity: l.capacity, cover: l.cover, intro: l.intro, replayUrl: l.replayUrl, slides: l.slides }
      expect([l._id, issues(v.safeParse(lectureFieldsSchema, fields))]).toEqual([l._id, 'ok'])
      expect(l.checkinCode).toMatch(/^[A-HJ-NP-Z2-9]{6}$/)
      for (const url of [l.replayUrl, ...l.slides.map((s) => s.url)].filter(Boolean)) expect(url).toMatch(/^https:\/\/media\.example\.cn\/demo\//)
      expectCounters(l, signups.filter((s) => s.lectureId === l._id), now)
    }
    // the sign-ups happened before the seeding moment and before the lecture
    for (const s of signups) expect(s.signedUpAt < at && s.signedUpAt < lectures.find((l) => l._id === s.lectureId)!.startsAt).toBe(true)
  })

  it('gives every steward a valid card, and every enterprise a steward of its park', () => {
    const stewards = [...PERSONAS, ...MORE_STEWARDS].filter((p) => p.role === 'steward')
    expect(new Set(stewards.map((s) => s.parkId))).toEqual(new Set(['park-gaoxin', 'park-jingkai', 'park-yuhu', 'park-tianyi']))
    for (const s of stewards) {
      expect([s.id, issues(v.safeParse(stewardCardSchema, STEWARD_CARDS[s.id]))]).toEqual([s.id, 'ok'])
      expect(STEWARD_CARDS[s.id].photo).toBeNull()
    }
    const byId = new Map(stewards.map((s) => [s.id, s]))
    for (const e of ENTERPRISES) expect([e._id, byId.get(STEWARD_ASSIGNMENTS[e._id])?.parkId]).toEqual([e._id, e.parkId])
    // the assignments tests and the end-to-end flows rely on
    expect(STEWARD_ASSIGNMENTS).toMatchObject({ 'ent-01': 'steward-li', 'ent-02': 'steward-li', 'ent-03': 'steward-wang', 'ent-04': 'steward-wang', 'ent-05': 'steward-chen', 'ent-06': 'steward-chen', 'ent-07': 'steward-chen', 'ent-08': 'steward-chen' })
    // members belong to real enterprises of their park; none to the enterprise the e2e binds
    const ents = new Map(ENTERPRISES.map((e) => [e._id, e]))
    for (const m of MEMBERS) expect(ents.get(m.enterpriseId!)?.parkId).toBe(m.parkId)
    expect(MEMBERS.some((m) => m.enterpriseId === 'ent-05')).toBe(false)
    expect(new Set([...PERSONAS, ...MORE_STEWARDS, ...MEMBERS].map((p) => p.openid)).size).toBe(PERSONAS.length + MORE_STEWARDS.length + MEMBERS.length)
  })

  it('has 20+ published news in every category, the new ones as sanitised rich text, and one scheduled ahead', () => {
    const published = NEWS.filter((n) => n.status === 'published')
    expect(published.length).toBeGreaterThanOrEqual(20)
    expect(new Set(published.map((n) => n.category))).toEqual(new Set(NEWS_CATEGORIES))
    expect(new Set(NEWS.map((n) => n._id)).size).toBe(NEWS.length)
    expect(MORE_NEWS.length).toBeGreaterThanOrEqual(10)
    for (const n of [...MORE_NEWS, ...buildScheduledNews(NOW)]) {
      expect(n.bodyHtml).toBeTruthy()
      // stored as the publishing form would store it: sanitising again changes nothing
      expect(sanitizePolicyHtml(n.bodyHtml!).html).toBe(n.bodyHtml)
      expect(n.body.join('')).toBe(sanitizePolicyHtml(n.bodyHtml!).text.replace(/\s*\n\s*/g, ''))
      const r = v.safeParse(newsFieldsSchema, { title: n.title, category: n.category, summary: n.summary, bodyHtml: n.bodyHtml, cover: n.cover, source: n.source })
      expect([n._id, issues(r)]).toEqual([n._id, 'ok'])
    }
    for (const now of NOWS) {
      const [scheduled] = buildScheduledNews(now)
      expect(scheduled).toMatchObject({ status: 'scheduled', authorParkId: 'park-gaoxin' })
      expect(scheduled.publishedAt > now.toISOString()).toBe(true)
    }
  })

  it('has notices targeted by industry, park and enterprise, the park manager\'s owned by his park', () => {
    const kinds = MORE_NOTICES.map((n) => n.audience)
    expect(kinds).toEqual(expect.arrayContaining(['industries', 'parks', 'enterprises']))
    const owned = MORE_NOTICES.filter((n) => n.ownerParkId === 'park-gaoxin')
    expect(owned.length).toBeGreaterThanOrEqual(2)
    expect(owned.every((n) => n.audience !== 'city' && n.parkIds.every((p) => p === 'park-gaoxin'))).toBe(true)
    for (const n of MORE_NOTICES) {
      const audience = { kind: n.audience, parkIds: n.parkIds, industries: n.industries ?? [], enterpriseIds: n.enterpriseIds ?? [] }
      expect([n._id, issues(v.safeParse(noticeFieldsSchema, { title: n.title, body: n.body, urgent: n.urgent, audience }))]).toEqual([n._id, 'ok'])
    }
  })
})

function expectCounters(l: LectureDoc, signups: LectureSignupDoc[], now: Date): void {
  const confirmed = signups.filter((s) => s.state === 'confirmed')
  const waiting = signups.filter((s) => s.state === 'waitlisted').sort((a, b) => a.signedUpAt.localeCompare(b.signedUpAt))
  const rated = signups.filter((s) => s.rating)
  expect([l._id, l.confirmed]).toEqual([l._id, confirmed.length])
  expect(l.confirmed).toBeLessThanOrEqual(l.capacity)
  expect(l.waitlist).toEqual(waiting.map((s) => s.userId))
  expect([l.ratingSum, l.ratingCount]).toEqual([rated.reduce((sum, s) => sum + s.rating!.score, 0), rated.length])
  for (const s of signups) {
    expect(s._id).toBe(signupId(l._id, s.userId))
    if (s.checkedInAt) expect(s.state === 'confirmed' && s.checkedInAt >= new Date(Date.parse(l.startsAt) - 30 * 60_000).toISOString() && s.checkedInAt <= l.endsAt).toBe(true)
    if (s.rating) expect(s.state === 'confirmed' && s.rating.at > l.endsAt && s.rating.at < now.toISOString()).toBe(true)
  }
  if (l.startsAt > now.toISOString()) expect(signups.every((s) => !s.checkedInAt && !s.rating)).toBe(true)
}

it('passes the local content check where published, and is held by it where in review', async () => {
  const checker = wordListChecker()
  for (const p of buildPosts(NOW).posts) {
    const verdict = await checker.check({ text: `${p.title}\n${p.text}\n${p.contactName}`, openid: 'seed', scene: 'post' })
    expect([p._id, verdict.result]).toEqual([p._id, p.status === 'reviewing' ? 'review' : 'pass'])
    if (p.status === 'reviewing') expect(p.moderation?.reason?.split('、').sort()).toEqual(verdict.label?.split('、').sort())
  }
})

describe('demo community content, seeded', () => {
  let bed: Bed
  beforeEach(() => (bed = openBed()))
  afterEach(() => bed.close())

  it('is stored consistently: lecture counters, stewards of the right park with cards, posts by their enterprise', async () => {
    await seedDemoData(bed.db, NOW)
    const lectures = await all<LectureDoc>(bed, LECTURE_COLLECTIONS.lectures)
    const signups = await all<LectureSignupDoc>(bed, LECTURE_COLLECTIONS.lectureSignups)
    expect(lectures.length).toBe(buildLectures(NOW).lectures.length)
    for (const l of lectures) expectCounters(l, signups.filter((s) => s.lectureId === l._id), NOW)

    const users = new Map((await all<StewardUserDoc>(bed, COLLECTIONS.users)).map((u) => [u._id, u]))
    for (const s of signups) expect(users.get(s.userId)).toMatchObject({ role: 'entrepreneur', enterpriseId: s.enterpriseId })
    for (const e of await all<EnterpriseDoc>(bed, COLLECTIONS.enterprises)) {
      const steward = users.get(e.stewardId ?? '')
      expect([e._id, steward?.role, steward?.parkId]).toEqual([e._id, 'steward', e.parkId])
    }
    const stewards = [...users.values()].filter((u) => u.role === 'steward')
    expect(stewards.length).toBe(STEWARD_COUNT)
    for (const s of stewards) expect([s.name, issues(v.safeParse(stewardCardSchema, { title: s.title, department: s.department, duties: s.duties, expertise: s.expertise, photo: s.photo }))]).toEqual([s.name, 'ok'])
    // the first assignment of each enterprise is in the history
    expect((await bed.db.collection(STEWARD_COLLECTIONS.assignments).count()).total).toBe(ENTERPRISES.length)

    for (const p of await all<PostDoc>(bed, CIRCLE_COLLECTIONS.posts)) expect(users.get(p.authorId)).toMatchObject({ role: 'entrepreneur', enterpriseId: p.enterpriseId })
  })

  it('reads through the actions: directory, my steward, posts, lectures, news and targeted notices', async () => {
    await seedDemoData(bed.db, NOW)
    const ok = async (who: string, action: string, payload: unknown = {}) => {
      const r = await bed.call(openid(who), action, payload)
      if (!r.ok) throw new Error(`${who} ${action}: ${r.error.code} ${r.error.message}`)
      return r.data
    }
    // the existing assignment stands; the new parks have their own stewards
    expect((await ok('ent-owner-1', 'steward.mine')).steward).toMatchObject({ name: '李卫东', title: '企业服务中心副主任', phoneVisible: true })
    expect((await ok('m-17', 'steward.mine')).steward).toMatchObject({ name: '邓海峰', parkName: '雨湖高新区' })
    const list = await ok('ent-owner-3', 'steward.list', { pageSize: 50 })
    expect(list.total).toBe(STEWARD_COUNT)
    expect(list.items.filter((s: { duties: string[] }) => s.duties.length > 0).length).toBe(list.total)

    expect((await ok('ent-owner-2', 'post.list', { pageSize: 50 })).total).toBeGreaterThanOrEqual(20)
    expect((await ok('ent-owner-2', 'post.contactRequests', {})).items.map((r: { state: string }) => r.state).sort()).toEqual(['accepted', 'pending'])
    expect((await ok('ent-owner-1', 'post.contactRequests', {})).total).toBe(0)
    // the 高新区 manager has one post to moderate; the other waits in 雨湖高新区
    expect((await ok('manager-gaoxin', 'post.moderationQueue', {})).items.map((p: { _id: string }) => p._id)).toEqual(['seed-post-25'])

    const upcoming = await ok('ent-owner-2', 'lecture.list', { when: 'upcoming', pageSize: 50 })
    expect(upcoming.items.length).toBeGreaterThanOrEqual(5)
    const past = await ok('ent-owner-2', 'lecture.list', { when: 'past', pageSize: 50 })
    expect(past.items.some((l: { mySignup: { state: string } | null }) => l.mySignup?.state === 'confirmed')).toBe(true)
    // the wait-list works on the seeded full lecture: a new sign-up waits behind the seeded ones
    const full = upcoming.items.find((l: { confirmed: number; capacity: number }) => l.confirmed === l.capacity)
    const waiting = await ok('ent-owner-2', 'lecture.signup', { id: full._id })
    expect(waiting.mySignup).toMatchObject({ state: 'waitlisted', position: full.waitlisted + 1 })

    const news = await ok('visitor', 'news.list', { pageSize: 50 })
    expect(news.total).toBe(NEWS.filter((n) => n.status === 'published').length)
    expect(news.items.some((n: NewsDoc) => n._id === 'news-39')).toBe(false)

    const noticeIds = async (who: string) => (await ok(who, 'notice.list', { pageSize: 50 })).items.map((n: { _id: string }) => n._id)
    expect(await noticeIds('ent-owner-2')).toEqual(expect.arrayContaining(['notice-10', 'notice-11']))
    expect(await noticeIds('ent-owner-3')).not.toContain('notice-10')
    expect(await noticeIds('ent-owner-3')).not.toContain('notice-11')
    expect(await noticeIds('ent-owner-3')).not.toContain('notice-13')
    // delivered to the audience's users: the software founder has it unread in the centre
    const centre = await ok('ent-owner-2', 'notification.list', { pageSize: 50 })
    expect(centre.items.filter((n: { kind: string; readAt: string | null }) => n.kind === 'notice' && !n.readAt).length).toBeGreaterThanOrEqual(2)
    const mine = await ok('manager-gaoxin', 'notice.manageList', { pageSize: 50 })
    const owned = mine.items.filter((n: { _id: string }) => n._id === 'notice-10' || n._id === 'notice-11')
    expect(owned).toHaveLength(2)
    for (const n of owned) expect(n.stats).toMatchObject({ done: true, delivered: expect.any(Number) })
    expect(owned.every((n: { stats: { delivered: number } }) => n.stats.delivered > 0)).toBe(true)
  })

  it('tops up a data folder seeded by version 2 once, keeping what users changed', async () => {
    await seedDemoData(bed.db, NOW)
    const fresh = await counts(bed)
    const _ = bed.db.command
    // a version-2 folder: none of the new content, no stewards for 雨湖/天易, cards unset
    for (const c of [CIRCLE_COLLECTIONS.posts, CIRCLE_COLLECTIONS.postContacts, LECTURE_COLLECTIONS.lectures, LECTURE_COLLECTIONS.lectureSignups, STEWARD_COLLECTIONS.assignments]) {
      await bed.db.collection(c).where({ _id: _.exists(true) }).remove()
    }
    const added = [...MORE_STEWARDS, ...MEMBERS].map((p) => userIdFor(p.openid))
    await bed.db.collection(COLLECTIONS.users).where({ _id: _.in(added) }).remove()
    await bed.db.collection(COLLECTIONS.news).where({ _id: _.in([...MORE_NEWS, ...buildScheduledNews(NOW)].map((n) => n._id)) }).remove()
    await bed.db.collection(COLLECTIONS.notices).where({ _id: _.in(MORE_NOTICES.map((n) => n._id)) }).remove()
    await bed.db.collection(COLLECTIONS.notifications).where({ noticeId: _.in(MORE_NOTICES.map((n) => n._id)) }).remove()
    await bed.db.collection(COLLECTIONS.enterprises).where({ parkId: _.in(['park-yuhu', 'park-tianyi']) }).update({ data: { stewardId: null } })
    const li = userIdFor(openid('steward-li'))
    const wang = userIdFor(openid('steward-wang'))
    for (const id of [li, userIdFor(openid('steward-chen'))]) {
      await bed.db.collection(COLLECTIONS.users).doc(id).update({ data: { title: _.remove(), department: _.remove(), duties: _.remove(), expertise: _.remove(), photo: _.remove() } })
    }
    // things users did meanwhile: 王晓敏 wrote her own card, the manager moved ent-04 to 李卫东
    await bed.db.collection(COLLECTIONS.users).doc(wang).update({ data: { title: '园区企业管家' } })
    await bed.db.collection(COLLECTIONS.enterprises).doc('ent-04').update({ data: { stewardId: li } })
    await bed.db.collection('meta').doc('seed').set({ data: { version: 2, at: NOW.toISOString() } })

    const later = new Date(NOW.getTime() + 30 * 86_400_000)
    expect(await seedDemoData(bed.db, later)).toBe(true)
    // everything is back except the first-assignment record of ent-04, whose steward moved
    expect(await counts(bed)).toEqual({ ...fresh, [STEWARD_COLLECTIONS.assignments]: ENTERPRISES.length - 1 })
    const user = async (id: string) => (await bed.db.collection(COLLECTIONS.users).doc(id).get()).data as StewardUserDoc
    expect(await user(li)).toMatchObject(STEWARD_CARDS['steward-li'])
    expect((await user(wang)).title).toBe('园区企业管家')
    const ent = async (id: string) => (await bed.db.collection(COLLECTIONS.enterprises).doc(id).get()).data as EnterpriseDoc
    expect((await ent('ent-04')).stewardId).toBe(li)
    expect((await ent('ent-09')).stewardId).toBe(userIdFor(openid('steward-deng')))
    // content dated from the upgrade: upcoming lectures are still ahead of it
    const lectures = await all<LectureDoc>(bed, LECTURE_COLLECTIONS.lectures)
    expect(lectures.filter((l) => l.startsAt > later.toISOString()).length).toBeGreaterThanOrEqual(5)

    expect(await seedDemoData(bed.db, later)).toBe(false)
    const users = await all<UserDoc>(bed, COLLECTIONS.users)
    expect(users.length).toBe(fresh[COLLECTIONS.users])
  })
})

/** ../shared/seeds, next to the repository (absent in a bare checkout) */
const SEEDS_DIR = join(__dirname, '..', '..', '..', '..', 'shared', 'seeds')
const RUN = 12
/** names of bodies, places and programmes: a name may be quoted, a sentence may not */
const NAMES = [
  '市优化营商环境协调事务中心',
  '湘潭市中小微企业信贷和续贷中心',
  '市中小微企业信贷和续贷中心',
  '市政府经济研究与金融工作办公室',
  '新长海创业基地企业服务驿站',
  '三一云谷企业服务中心',
  '湘潭高新区企业服务中心',
  '湘潭经开区企业服务中心',
  '湘潭天易经开区企业服务中心',
  // the 五员 duties, the names STEWARD_DUTIES uses
  '信息员、办事员、联络员、销售员、保障员'
]

const normalise = (s: string) => s.normalize('NFKC').replace(/\s+/g, '')

function demoTexts(): Array<[where: string, text: string]> {
  const out: Array<[string, string]> = []
  const add = (where: string, ...texts: Array<string | null | undefined>) => texts.forEach((t) => t && out.push([where, t]))
  for (const [id, c] of Object.entries(STEWARD_CARDS)) add(id, c.title, c.department, ...c.expertise)
  for (const p of [...MORE_STEWARDS, ...MEMBERS]) add(p.id, p.description)
  const { posts, contacts } = buildPosts(NOW)
  for (const p of posts) add(p._id, p.title, p.text)
  for (const c of contacts) add(c._id, c.message)
  const { lectures, signups } = buildLectures(NOW)
  for (const l of lectures) add(l._id, l.title, l.speakerTitle, l.place, ...l.intro, ...l.slides.map((s) => s.name))
  for (const s of signups) add(s._id, s.rating?.comment)
  // every news item and notice, the older ones included
  for (const n of [...NEWS, ...buildScheduledNews(NOW)]) add(n._id, n.title, n.summary, ...n.body)
  for (const n of NOTICES) add(n._id, n.title, n.body)
  return out
}

const seedsPresent = existsSync(SEEDS_DIR)
if (!seedsPresent) console.warn(`seed-community: ${SEEDS_DIR} not found — the copied-text check is skipped`)

describe('demo community content, wording', () => {
  ;(seedsPresent ? it : it.skip)(`copies no ${RUN}-character run from ../shared/seeds (names and figures aside)${seedsPresent ? '' : ' [SKIPPED: ../shared/seeds not found]'}`, () => {
    const windows = new Set<string>()
    for (const file of readdirSync(SEEDS_DIR)) {
      const text = normalise(readFileSync(join(SEEDS_DIR, file), 'utf8'))
      for (let i = 0; i + RUN <= text.length; i++) windows.add(text.slice(i, i + RUN))
    }
    expect(windows.size).toBeGreaterThan(10_000)
    const copied: string[] = []
    for (const [where, raw] of demoTexts()) {
      let text = normalise(raw)
      for (const name of NAMES) text = text.split(normalise(name)).join('|')
      for (let i = 0; i + RUN <= text.length; i++) {
        const w = text.slice(i, i + RUN)
        // a run of figures and units only is a fact, not a sentence
        if (w.includes('|') || /^[\d.,%+、年月日个天万亿元户名家件项]+$/.test(w)) continue
        if (windows.has(w)) copied.push(`${where}: ${w}`)
      }
    }
    expect(copied).toEqual([])
  })
})
