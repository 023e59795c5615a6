/**
 * Reports: only approved enterprise members report, each enterprise counts once per post,
 * and reports from the third distinct enterprise hide the post for review (not delete it).
 */
import { CIRCLE_COLLECTIONS } from '../../../cloudfunctions/api/src/domain/circle'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { digest, openBed, type Bed } from '../helpers'
import { CC, listedIds, notificationsOf, ok, publish, queueIds, refused, seedCircle, storedPost } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCircle(bed)
})
afterEach(() => bed.close())

const report = (openid: string, id: string) => ok(bed, openid, 'post.report', { id, reason: '虚假信息' })
const reportsStored = async () => (await bed.db.collection(CIRCLE_COLLECTIONS.postReports).count()).total

describe('reporting a post', () => {
  it('hides it (not deletes it) when the third distinct enterprise reports, pending a manager of its park', async () => {
    const post = await publish(bed)
    expect(await report(CC.ownerB, post._id)).toEqual({ reported: true, hidden: false })
    expect(await report(CC.ownerA2, post._id)).toEqual({ reported: true, hidden: false })
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
    expect(await report(CC.ownerC, post._id)).toEqual({ reported: true, hidden: true })

    expect(await listedIds(bed, CC.guest)).toEqual([])
    expect(await storedPost(bed, post._id)).toMatchObject({ status: 'hidden', reportCount: 3, openReports: 3 })
    expect((await refused(bed, CC.ownerB, 'post.get', { id: post._id })).code).toBe('NOT_FOUND')
    expect(await ok(bed, CC.ownerA, 'post.get', { id: post._id })).toMatchObject({ status: 'hidden', moderation: { result: 'reported' }, reportCount: null })
    expect(await queueIds(bed, CC.managerA)).toEqual([post._id])
    expect(await queueIds(bed, CC.managerB)).toEqual([])
    expect((await ok(bed, CC.managerA, 'post.get', { id: post._id })).reportCount).toBe(3)
    expect((await notificationsOf(bed, CC.ownerA)).map((n) => n.title)).toEqual(['您的商圈信息被暂时隐藏'])
    expect((await notificationsOf(bed, CC.managerA)).map((n) => n.title)).toEqual(['商圈信息被举报待复核'])
  })

  it('counts an enterprise once: a colleague\'s report is refused with ALREADY_REPORTED and writes nothing', async () => {
    const post = await publish(bed)
    await report(CC.ownerB, post._id)
    const before = digest(bed)
    const again = await refused(bed, CC.colleagueB, 'post.report', { id: post._id, reason: '违法违规' })
    expect(again).toMatchObject({ code: 'ALREADY_REPORTED', message: expect.stringContaining('每家企业只计一次') })
    expect((await refused(bed, CC.ownerB, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('ALREADY_REPORTED')
    expect(digest(bed)).toBe(before)
    // the colleague sees that their enterprise has reported it
    expect((await ok(bed, CC.colleagueB, 'post.get', { id: post._id })).reported).toBe(true)
    expect((await ok(bed, CC.ownerA2, 'post.get', { id: post._id })).reported).toBe(false)

    // two enterprises, however many of their people report, do not hide it
    await report(CC.ownerA2, post._id)
    expect(await storedPost(bed, post._id)).toMatchObject({ status: 'published', reportCount: 2, openReports: 2 })
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
  })

  it('is open only to approved enterprise members: guests, applicants and staff are refused and write nothing', async () => {
    const post = await publish(bed)
    const before = digest(bed)
    for (const who of [CC.guest, CC.applicant]) {
      expect(await refused(bed, who, 'post.report', { id: post._id, reason: '虚假信息' })).toMatchObject({ code: 'NOT_BOUND', message: '认证为企业成员后才能举报' })
    }
    for (const who of [CC.stewardA, CC.managerA, CC.managerB, CC.admin]) {
      expect((await refused(bed, who, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('FORBIDDEN')
    }
    expect(await bed.call(null, 'post.report', { id: post._id, reason: '虚假信息' })).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect(digest(bed)).toBe(before)
    expect(await reportsStored()).toBe(0)
    expect((await ok(bed, CC.guest, 'post.get', { id: post._id })).reported).toBe(false)
  })

  it('does not count a user document that merely claims an enterprise, without an approved membership', async () => {
    const post = await publish(bed)
    const pretender = 'oid-cc-pretender'
    const at = '2026-01-01T00:00:00.000Z'
    await bed.db.collection(COLLECTIONS.users).doc(userIdFor(pretender)).set({ data: { openid: pretender, role: 'entrepreneur', name: '冒认者', phone: '13700000001', parkId: CC.parkB, enterpriseId: CC.entC._id, createdAt: at, updatedAt: at } })
    const before = digest(bed)
    expect((await refused(bed, pretender, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('NOT_BOUND')
    expect(digest(bed)).toBe(before)
    // the real member of that enterprise still counts
    expect(await report(CC.ownerC, post._id)).toEqual({ reported: true, hidden: false })
  })

  it('cannot be done by the posting enterprise, nor on a post the reporter cannot see', async () => {
    const post = await publish(bed)
    expect((await refused(bed, CC.colleagueA, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('FORBIDDEN')
    const held = await publish(bed, CC.ownerA, { text: '大量回收二手设备，价格公道，具体请私聊详谈合作细节。' })
    const before = digest(bed)
    expect((await refused(bed, CC.ownerB, 'post.report', { id: held._id, reason: '虚假信息' })).code).toBe('NOT_FOUND')
    expect(digest(bed)).toBe(before)
  })

  it('three reports at once from three enterprises hide it exactly once', async () => {
    const post = await publish(bed)
    const answers = await Promise.all([CC.ownerB, CC.ownerA2, CC.ownerC].map((who) => report(who, post._id)))
    expect(answers.filter((a) => a.hidden)).toHaveLength(1)
    expect(await storedPost(bed, post._id)).toMatchObject({ status: 'hidden', reportCount: 3 })
    expect((await notificationsOf(bed, CC.ownerA)).map((n) => n.title)).toEqual(['您的商圈信息被暂时隐藏'])
  })

  it('approved after review, the post returns; an enterprise that reported before does not count again', async () => {
    const post = await publish(bed)
    for (const who of [CC.ownerB, CC.ownerA2, CC.ownerC]) await report(who, post._id)
    await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'approve', reason: '经核实信息属实' })
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
    // those who reported before count once ever; a new enterprise counts
    expect((await refused(bed, CC.colleagueB, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('ALREADY_REPORTED')
    expect(await storedPost(bed, post._id)).toMatchObject({ status: 'published', reportCount: 3, openReports: 0 })
  })

  it('rejected after review, the post stays down with the reason for its poster', async () => {
    const post = await publish(bed)
    for (const who of [CC.ownerB, CC.ownerA2, CC.ownerC]) await report(who, post._id)
    await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'reject', reason: '经核实为虚假信息' })
    expect(await ok(bed, CC.ownerA, 'post.get', { id: post._id })).toMatchObject({ status: 'rejected', moderation: { reason: '经核实为虚假信息' } })
    expect(await listedIds(bed, CC.guest)).toEqual([])
  })
})
