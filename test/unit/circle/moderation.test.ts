/**
 * Content security on posts (local word list through the real router) and the manager's
 * moderation queue: reject stores nothing, review waits for a manager of the poster's
 * park, approve publishes, reject shows the poster the reason.
 */
import { digest, openBed, type Bed } from '../helpers'
import { CC, CLEAN_TEXT, listedIds, notificationsOf, ok, postPayload, publish, queueIds, refused, seedCircle, storedPost } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCircle(bed)
})
afterEach(() => bed.close())

const REVIEW_TEXT = '长期收购废旧钢材与边角料，价格面议，详情请加微信沟通。'

describe('a post that passes the checker', () => {
  it('is published at once and listed for everyone signed in', async () => {
    const post = await publish(bed)
    expect(post).toMatchObject({ status: 'published', mine: true, contactState: 'own', moderation: { result: 'pass', reason: null } })
    for (const who of [CC.ownerB, CC.guest, CC.stewardA, CC.managerB]) expect(await listedIds(bed, who)).toEqual([post._id])
  })
})

describe('a listed reject word', () => {
  it('refuses the post with CONTENT_REJECTED and a Chinese message, and writes nothing', async () => {
    const before = digest(bed)
    const err = await refused(bed, CC.ownerA, 'post.create', postPayload({ text: '线上博彩平台招代理，日结高佣金，名额有限速来咨询。' }))
    expect(err.code).toBe('CONTENT_REJECTED')
    expect(err.message).toMatch(/违规/)
    expect(err.message).toContain('博彩')
    expect(digest(bed)).toBe(before)
  })

  it('is caught in the title and the contact name, and through spacing', async () => {
    for (const over of [{ title: '急招刷单返利兼职人员' }, { contactName: '洗钱 张' }, { text: '专业代 开 发 票，各行业均可，量大从优欢迎来电。' }]) {
      expect((await refused(bed, CC.ownerA, 'post.create', postPayload(over))).code).toBe('CONTENT_REJECTED')
    }
    expect((await ok(bed, CC.managerA, 'post.moderationQueue', {})).total).toBe(0)
  })

  it('refuses an edit too, leaving the published post exactly as it was', async () => {
    const post = await publish(bed)
    const before = digest(bed)
    const err = await refused(bed, CC.ownerA, 'post.update', { id: post._id, ...postPayload({ text: '另提供网赌平台推广服务，回报丰厚，欢迎联系洽谈。' }) })
    expect(err.code).toBe('CONTENT_REJECTED')
    expect(digest(bed)).toBe(before)
    expect(await listedIds(bed, CC.ownerB)).toEqual([post._id])
  })
})

describe('a review word', () => {
  it('holds the post as 审核中: invisible in the list and to other enterprises, visible to its poster', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    expect(post).toMatchObject({ status: 'reviewing', moderation: { result: 'review', reason: '加微信' } })
    expect(await listedIds(bed, CC.ownerB)).toEqual([])
    expect(await listedIds(bed, CC.ownerA)).toEqual([])
    expect((await refused(bed, CC.ownerB, 'post.get', { id: post._id })).code).toBe('NOT_FOUND')
    expect(await ok(bed, CC.colleagueA, 'post.get', { id: post._id })).toMatchObject({ status: 'reviewing', text: REVIEW_TEXT })
    expect((await ok(bed, CC.ownerA, 'post.mine', { status: 'reviewing' })).items.map((p: { _id: string }) => p._id)).toEqual([post._id])
  })

  it("waits in the queue of the poster's park managers and the admin, not another park's", async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    expect(await queueIds(bed, CC.managerA)).toEqual([post._id])
    expect(await queueIds(bed, CC.admin)).toEqual([post._id])
    expect(await queueIds(bed, CC.managerB)).toEqual([])
    // the queue shows managers what they need to decide, contact included
    const [item] = (await ok(bed, CC.managerA, 'post.moderationQueue', {})).items
    expect(item).toMatchObject({ text: REVIEW_TEXT, contact: { name: '王经理', phone: '13911112222' }, moderation: { result: 'review' }, reportCount: 0 })
    expect((await notificationsOf(bed, CC.managerA)).map((n) => n.title)).toEqual(['商圈信息待审核'])
    expect(await notificationsOf(bed, CC.managerB)).toEqual([])
  })

  it('appears in the list once a manager of its park approves it, and the poster is told', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    const approved = await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'approve' })
    expect(approved).toMatchObject({ status: 'published', moderation: { result: 'approved' } })
    expect(await listedIds(bed, CC.ownerB)).toEqual([post._id])
    expect(await queueIds(bed, CC.managerA)).toEqual([])
    expect((await notificationsOf(bed, CC.ownerA)).map((n) => n.title)).toEqual(['您的商圈信息已通过审核'])
    // the moderation result is for the poster and managers only
    expect((await ok(bed, CC.ownerB, 'post.get', { id: post._id })).moderation).toBeNull()
  })

  it('rejected by a manager: the poster reads the reason, nobody else sees the post', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    const reason = '请勿在正文中留微信号，联系方式请填写在联系人栏'
    await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'reject', reason })
    expect(await ok(bed, CC.ownerA, 'post.get', { id: post._id })).toMatchObject({ status: 'rejected', moderation: { result: 'rejected', reason } })
    expect((await refused(bed, CC.ownerB, 'post.get', { id: post._id })).code).toBe('NOT_FOUND')
    expect(await listedIds(bed, CC.ownerB)).toEqual([])
    const [note] = await notificationsOf(bed, CC.ownerA)
    expect(note).toMatchObject({ title: '您的商圈信息未通过审核' })
    expect(note.body).toContain(reason)
  })

  it('a rejection without a reason is refused by the schema', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    const err = await refused(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'reject' })
    expect(err).toMatchObject({ code: 'INVALID_INPUT', field: 'reason' })
    expect((await storedPost(bed, post._id))?.status).toBe('reviewing')
  })

  it('an edit of a rejected post goes back to a manager even when the new text is clean', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    await ok(bed, CC.managerA, 'post.moderate', { id: post._id, decision: 'reject', reason: '请删除微信号' })
    const edited = await ok(bed, CC.ownerA, 'post.update', { id: post._id, ...postPayload({ text: CLEAN_TEXT }) })
    expect(edited.status).toBe('reviewing')
    expect(await listedIds(bed, CC.ownerB)).toEqual([])
    expect(await queueIds(bed, CC.managerA)).toEqual([post._id])
  })

  it('is caught through full-width letters and case', async () => {
    expect((await publish(bed, CC.ownerA, { text: '大批量现货供应，价格可谈，详情加Ｖ了解更多信息。' })).status).toBe('reviewing')
  })

  it('an edit that adds a review word takes a published post out of the list', async () => {
    const post = await publish(bed)
    expect((await ok(bed, CC.ownerA, 'post.update', { id: post._id, ...postPayload({ text: REVIEW_TEXT }) })).status).toBe('reviewing')
    expect(await listedIds(bed, CC.ownerB)).toEqual([])
  })
})

describe('who may moderate', () => {
  it('a manager of another park cannot, and nothing changes', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    const before = digest(bed)
    for (const decision of ['approve', 'reject']) {
      const err = await refused(bed, CC.managerB, 'post.moderate', { id: post._id, decision, reason: '不符合要求' })
      expect(['FORBIDDEN', 'NOT_FOUND']).toContain(err.code)
    }
    expect((await refused(bed, CC.managerB, 'post.get', { id: post._id })).code).toBe('NOT_FOUND')
    expect(digest(bed)).toBe(before)
  })

  it('entrepreneurs and stewards cannot see the queue or moderate', async () => {
    const post = await publish(bed, CC.ownerA, { text: REVIEW_TEXT })
    for (const who of [CC.ownerA, CC.ownerB, CC.stewardA]) {
      expect((await refused(bed, who, 'post.moderationQueue', {})).code).toBe('FORBIDDEN')
      expect((await refused(bed, who, 'post.moderate', { id: post._id, decision: 'approve' })).code).toBe('FORBIDDEN')
    }
    expect((await storedPost(bed, post._id))?.status).toBe('reviewing')
  })

  it('the admin can moderate any park; a manager can take a published post down', async () => {
    const held = await publish(bed, CC.ownerB, { text: REVIEW_TEXT })
    await ok(bed, CC.admin, 'post.moderate', { id: held._id, decision: 'approve' })
    const live = await publish(bed, CC.ownerA)
    await ok(bed, CC.managerA, 'post.moderate', { id: live._id, decision: 'reject', reason: '信息与实际经营范围不符' })
    expect(await listedIds(bed, CC.ownerA2)).toEqual([held._id])
  })
})

describe('who may post', () => {
  it('an unbound user is told to bind; staff cannot post', async () => {
    expect((await refused(bed, CC.guest, 'post.create', postPayload())).code).toBe('NOT_BOUND')
    for (const who of [CC.stewardA, CC.managerA, CC.admin]) expect((await refused(bed, who, 'post.create', postPayload())).code).toBe('FORBIDDEN')
  })

  it('another enterprise cannot edit or close the post; a colleague can', async () => {
    const post = await publish(bed)
    expect((await refused(bed, CC.ownerB, 'post.update', { id: post._id, ...postPayload({ title: '被他人改写的标题' }) })).code).toBe('NOT_FOUND')
    expect((await refused(bed, CC.ownerA2, 'post.close', { id: post._id })).code).toBe('NOT_FOUND')
    expect((await storedPost(bed, post._id))?.title).toBe('供应精密零部件加工')
    expect((await ok(bed, CC.colleagueA, 'post.close', { id: post._id })).status).toBe('closed')
    expect(await listedIds(bed, CC.ownerB)).toEqual([])
    expect((await refused(bed, CC.ownerA, 'post.update', { id: post._id, ...postPayload() })).code).toBe('POST_UNAVAILABLE')
  })

  it('only images, at most nine', async () => {
    const file = { fileID: 'cloud://env-test/circle/spec.pdf', name: 'spec.pdf', size: 1000, kind: 'file' }
    expect(await refused(bed, CC.ownerA, 'post.create', postPayload({ images: [file] }))).toMatchObject({ code: 'INVALID_INPUT', message: '只能上传图片' })
    const img = (i: number) => ({ fileID: `cloud://env-test/circle/${i}.jpg`, name: `${i}.jpg`, size: 1000, kind: 'image' })
    expect((await refused(bed, CC.ownerA, 'post.create', postPayload({ images: Array.from({ length: 10 }, (_, i) => img(i)) }))).code).toBe('INVALID_INPUT')
    expect((await refused(bed, CC.ownerA, 'post.create', postPayload({ images: [{ ...img(1), fileID: 'cloud://env-test/circle/x.exe' }] }))).code).toBe('FILE_TYPE')
  })
})
