/** Reports: one per user per post; the third distinct report hides the post for review. */
import { digest, openBed, type Bed } from '../helpers'
import { CC, listedIds, notificationsOf, ok, publish, queueIds, refused, seedCircle, storedPost } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCircle(bed)
})
afterEach(() => bed.close())

const report = (openid: string, id: string) => ok(bed, openid, 'post.report', { id, reason: '虚假信息' })

describe('reporting a post', () => {
  it('hides it at the third distinct report, pending a manager of its park', async () => {
    const post = await publish(bed)
    expect(await report(CC.ownerB, post._id)).toEqual({ reported: true, hidden: false })
    expect(await report(CC.ownerA2, post._id)).toEqual({ reported: true, hidden: false })
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
    expect(await report(CC.stewardA, post._id)).toEqual({ reported: true, hidden: true })

    expect(await listedIds(bed, CC.guest)).toEqual([])
    expect((await refused(bed, CC.ownerB, 'post.get', { id: post._id })).code).toBe('NOT_FOUND')
    expect(await ok(bed, CC.ownerA, 'post.get', { id: post._id })).toMatchObject({ status: 'hidden', moderation: { result: 'reported' }, reportCount: null })
    expect(await queueIds(bed, CC.managerA)).toEqual([post._id])
    expect(await queueIds(bed, CC.managerB)).toEqual([])
    expect((await ok(bed, CC.managerA, 'post.get', { id: post._id })).reportCount).toBe(3)
    expect((await notificationsOf(bed, CC.ownerA)).map((n) => n.title)).toEqual(['您的商圈信息被暂时隐藏'])
    expect((await notificationsOf(bed, CC.managerA)).map((n) => n.title)).toEqual(['商圈信息被举报待复核'])
  })

  it('counts the same user once, however often they report', async () => {
    const post = await publish(bed)
    for (let i = 0; i < 4; i++) expect(await report(CC.ownerB, post._id)).toEqual({ reported: true, hidden: false })
    expect(await report(CC.ownerA2, post._id)).toEqual({ reported: true, hidden: false })
    expect((await storedPost(bed, post._id))?.reportCount).toBe(2)
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
    expect((await ok(bed, CC.ownerB, 'post.get', { id: post._id })).reported).toBe(true)
  })

  it('cannot be done by the posting enterprise, nor on a post the reporter cannot see', async () => {
    const post = await publish(bed)
    expect((await refused(bed, CC.colleagueA, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('FORBIDDEN')
    const held = await publish(bed, CC.ownerA, { text: '大量回收二手设备，价格公道，具体请私聊详谈合作细节。' })
    const before = digest(bed)
    expect((await refused(bed, CC.ownerB, 'post.report', { id: held._id, reason: '虚假信息' })).code).toBe('NOT_FOUND')
    expect(digest(bed)).toBe(before)
  })

  it('approved after review, the post returns and needs three new reports to hide again', async () => {
    const post = await publish(bed)
    for (const who of [CC.ownerB, CC.ownerA2, CC.stewardA]) await report(who, post._id)
    await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'approve', reason: '经核实信息属实' })
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
    expect(await report(CC.guest, post._id)).toEqual({ reported: true, hidden: false })
    expect(await report(CC.managerB, post._id)).toEqual({ reported: true, hidden: false })
    expect(await listedIds(bed, CC.guest)).toEqual([post._id])
    expect((await storedPost(bed, post._id))?.reportCount).toBe(5)
  })

  it('rejected after review, the post stays down with the reason for its poster', async () => {
    const post = await publish(bed)
    for (const who of [CC.ownerB, CC.ownerA2, CC.stewardA]) await report(who, post._id)
    await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'reject', reason: '经核实为虚假信息' })
    expect(await ok(bed, CC.ownerA, 'post.get', { id: post._id })).toMatchObject({ status: 'rejected', moderation: { reason: '经核实为虚假信息' } })
    expect(await listedIds(bed, CC.guest)).toEqual([])
  })
})
