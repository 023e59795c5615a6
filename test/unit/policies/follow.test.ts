/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/** Follows, favourites, the deadline calendar, and the manager's targeted push. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, seedFixture, type Bed } from '../helpers'
import { fields, notificationsOf, ok, published, PX, refused } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const newPolicyNotes = async (openid: string) => (await notificationsOf(bed, openid)).filter((n) => n.title.startsWith('新政策：'))

describe('follow → publish → the follower is told once', () => {
  it('notifies each follower of any of its categories once, guests included', async () => {
    await ok(bed, PX.guest, 'policy.follow', { category: '财税', on: true })
    await ok(bed, PX.ownerA, 'policy.follow', { category: '金融', on: true })
    expect(await ok(bed, PX.ownerA, 'policy.follow', { category: '财税', on: true })).toEqual({ categories: ['财税', '金融'] })
    await ok(bed, PX.ownerB, 'policy.follow', { category: '人才', on: true })

    const draft = await ok(bed, PX.admin, 'policy.save', { fields: fields({ title: '小微企业贷款贴息办法', categories: ['财税', '金融'] }) })
    expect(await newPolicyNotes(PX.ownerA)).toEqual([])
    await ok(bed, PX.admin, 'policy.publish', { id: draft._id }, 'req-publish-1')
    // a replayed request and a second publish change nothing
    await ok(bed, PX.admin, 'policy.publish', { id: draft._id }, 'req-publish-1')
    expect((await refused(bed, PX.admin, 'policy.publish', { id: draft._id })).code).toBe('INVALID_TRANSITION')

    for (const who of [PX.guest, PX.ownerA]) {
      const notes = await newPolicyNotes(who)
      expect(notes).toHaveLength(1)
      expect(notes[0]).toMatchObject({ kind: 'system', title: '新政策：小微企业贷款贴息办法', link: `/packages/policy/detail/index?id=${draft._id}`, template: null })
    }
    expect(await newPolicyNotes(PX.ownerB)).toEqual([])
    // publishing also tells enterprises the policy now fits (ent-a and ent-b both fit an open policy)
    for (const who of [PX.ownerA, PX.ownerB]) {
      expect((await notificationsOf(bed, who)).filter((n) => n.title === '新的适用政策：小微企业贷款贴息办法')).toHaveLength(1)
    }
    // the follower sees it in the notification centre
    const centre = await ok(bed, PX.guest, 'notification.list', {})
    expect(centre.items.map((n: any) => n.title)).toContain('新政策：小微企业贷款贴息办法')
  })

  it('stops after unfollowing', async () => {
    await ok(bed, PX.ownerA, 'policy.follow', { category: '人才', on: true })
    expect(await ok(bed, PX.ownerA, 'policy.follow', { category: '人才', on: false })).toEqual({ categories: [] })
    expect(await ok(bed, PX.ownerA, 'policy.following', {})).toEqual({ categories: [] })
    await published(bed, { categories: ['人才'] })
    expect(await newPolicyNotes(PX.ownerA)).toEqual([])
  })
})

describe('favourites and the detail', () => {
  it('favourites a published policy, shows it on the detail and in the list; withdrawn ones drop out', async () => {
    const a = await published(bed, { categories: ['金融'] })
    const b = await published(bed)
    await ok(bed, PX.ownerA, 'policy.follow', { category: '金融', on: true })
    expect(await ok(bed, PX.ownerA, 'policy.favourite', { id: a._id, on: true })).toEqual({ favourite: true })
    bed.clock.advanceDays(1)
    await ok(bed, PX.ownerA, 'policy.favourite', { id: b._id, on: true })
    await ok(bed, PX.ownerA, 'policy.favourite', { id: b._id, on: true })

    const detail = await ok(bed, PX.ownerA, 'policy.get', { id: a._id })
    expect(detail).toMatchObject({ favourite: true, followedCategories: ['金融'] })
    expect(detail.match).toMatchObject({ verdict: 'eligible' })
    expect(await ok(bed, PX.guest, 'policy.get', { id: a._id })).toMatchObject({ favourite: false, followedCategories: [], match: null })

    const list = await ok(bed, PX.ownerA, 'policy.favourites', {})
    expect(list).toMatchObject({ total: 2, hasMore: false })
    expect(list.items.map((p: any) => p._id)).toEqual([b._id, a._id])

    await ok(bed, PX.admin, 'policy.withdraw', { id: b._id, reason: '政策调整' })
    expect((await ok(bed, PX.ownerA, 'policy.favourites', {})).items.map((p: any) => p._id)).toEqual([a._id])
    expect(await ok(bed, PX.ownerA, 'policy.favourite', { id: a._id, on: false })).toEqual({ favourite: false })
    expect((await ok(bed, PX.ownerA, 'policy.favourites', {})).total).toBe(0)
  })

  it('refuses to favourite a draft', async () => {
    const draft = await ok(bed, PX.admin, 'policy.save', { fields: fields() })
    expect((await refused(bed, PX.ownerA, 'policy.favourite', { id: draft._id, on: true })).code).toBe('NOT_FOUND')
    expect((await bed.db.collection(COLLECTIONS.favourites).count()).total).toBe(0)
  })
})

describe('policy.calendar', () => {
  it('lists open windows of favourite and followed policies, soonest first, with days left', async () => {
    // today is 2026-11-20 in Beijing
    const fav = await published(bed, { title: '收藏的申报政策', categories: ['人才'], applyUntil: '2026-11-30' })
    const followed = await published(bed, { title: '关注类别的申报政策', categories: ['金融'], applyUntil: '2026-11-23' })
    const both = await published(bed, { title: '既收藏又关注的政策', categories: ['金融'], applyFrom: '2026-12-01', applyUntil: '2026-12-31' })
    const closed = await published(bed, { title: '已截止的申报政策', categories: ['金融'], applyUntil: '2026-11-19' })
    const noWindow = await published(bed, { title: '没有申报期的政策', categories: ['金融'] })
    const today = await published(bed, { title: '今天截止的申报政策', categories: ['人才'], applyUntil: '2026-11-20' })
    await ok(bed, PX.ownerA, 'policy.follow', { category: '金融', on: true })
    for (const p of [fav, both, closed, noWindow, today]) await ok(bed, PX.ownerA, 'policy.favourite', { id: p._id, on: true })

    expect(await ok(bed, PX.ownerA, 'policy.calendar', {})).toEqual([
      { policyId: today._id, title: '今天截止的申报政策', applyUntil: '2026-11-20', daysLeft: 0, reason: 'favourite' },
      { policyId: followed._id, title: '关注类别的申报政策', applyUntil: '2026-11-23', daysLeft: 3, reason: 'followed' },
      { policyId: fav._id, title: '收藏的申报政策', applyUntil: '2026-11-30', daysLeft: 10, reason: 'favourite' },
      { policyId: both._id, title: '既收藏又关注的政策', applyUntil: '2026-12-31', daysLeft: 41, reason: 'favourite' }
    ])
    expect(await ok(bed, PX.ownerB, 'policy.calendar', {})).toEqual([])
  })
})

describe('targeted push', () => {
  it('counts eligible enterprises in scope before sending, then notifies their users once per request', async () => {
    // ent-a2 (park A) is in another industry; ent-b is in park B
    await bed.db.collection(COLLECTIONS.enterprises).doc(PX.entA2._id).update({ data: { industry: '新材料' } })
    const policy = await published(bed, { title: '智能制造小微企业技改补助', criteria: { industries: ['智能制造'], scales: ['小型'] } })
    expect(await ok(bed, PX.managerA, 'policy.pushPreview', { id: policy._id })).toEqual({ count: 1 })
    expect(await ok(bed, PX.admin, 'policy.pushPreview', { id: policy._id })).toEqual({ count: 2 })

    const pushed = (openid: string) => notificationsOf(bed, openid).then((ns) => ns.filter((n) => n.title === '政策推送：智能制造小微企业技改补助'))
    expect(await ok(bed, PX.managerA, 'policy.push', { id: policy._id, note: '请符合条件的企业尽快申报' }, 'req-push-0001')).toEqual({ sent: 1 })
    expect(await ok(bed, PX.managerA, 'policy.push', { id: policy._id, note: '请符合条件的企业尽快申报' }, 'req-push-0001')).toEqual({ sent: 1 })
    expect(await pushed(PX.ownerA)).toEqual([expect.objectContaining({ body: '请符合条件的企业尽快申报', kind: 'system' })])
    expect(await pushed(PX.ownerB)).toEqual([])

    const draft = await ok(bed, PX.admin, 'policy.save', { fields: fields() })
    expect((await refused(bed, PX.admin, 'policy.pushPreview', { id: draft._id })).code).toBe('INVALID_TRANSITION')
  })
})
