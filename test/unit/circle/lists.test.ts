/**
 * The public list's filters and search, 我的发布, and expiry by the Beijing date of
 * validUntil (the list filters by date; the sweep flips the status).
 */
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, type Bed } from '../helpers'
import { CC, listedIds, ok, postPayload, publish, refused, seedCircle, storedPost } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCircle(bed)
})
afterEach(() => bed.close())

describe('filters and search', () => {
  it('by kind, industry, park and words; newest first', async () => {
    const a = await publish(bed, CC.ownerA, { kind: 'supply', industry: '智能制造', title: '供应数控机床配件' })
    bed.clock.current = new Date(bed.clock.current.getTime() + 60_000)
    const b = await publish(bed, CC.ownerB, { kind: 'demand', industry: '现代物流', title: '求购冷链运输服务', text: '每月约二十车次冷链配送需求，寻求长期合作伙伴。' })
    bed.clock.current = new Date(bed.clock.current.getTime() + 60_000)
    const c = await publish(bed, CC.ownerA2, { kind: 'cooperation', industry: '新材料', title: '寻找复合材料研发合作', text: '拟联合申报科研项目，诚邀有实验条件的企业共同研发。' })

    expect(await listedIds(bed, CC.guest)).toEqual([c._id, b._id, a._id])
    expect(await listedIds(bed, CC.guest, { kind: 'demand' })).toEqual([b._id])
    expect(await listedIds(bed, CC.guest, { industry: '新材料' })).toEqual([c._id])
    expect(await listedIds(bed, CC.guest, { parkId: CC.parkA })).toEqual([c._id, a._id])
    expect(await listedIds(bed, CC.guest, { q: '冷链' })).toEqual([b._id])
    expect(await listedIds(bed, CC.guest, { q: '合作' })).toEqual([c._id, b._id])
    expect(await listedIds(bed, CC.guest, { q: '合作', parkId: CC.parkB })).toEqual([b._id])
    // the enterprise name is searchable too
    expect(await listedIds(bed, CC.guest, { q: '物流有限' })).toEqual([b._id])
    const [first] = (await ok(bed, CC.guest, 'post.list', { kind: 'supply' })).items
    expect(first).toMatchObject({ enterpriseName: CC.entA.name, parkName: '示例高新区', cover: expect.stringMatching(/^cloud:\/\/env-test\/u\/u[0-9a-f]+\/202611\/part\.jpg$/), imageCount: 1, mine: false })
  })

  it('pages', async () => {
    for (let i = 0; i < 3; i++) {
      await publish(bed, CC.ownerA, { title: `供应批次${i + 1}产品` })
      bed.clock.current = new Date(bed.clock.current.getTime() + 1000)
    }
    const page = await ok(bed, CC.guest, 'post.list', { page: 2, pageSize: 2 })
    expect(page).toMatchObject({ total: 3, page: 2, pageSize: 2, hasMore: false })
    expect(page.items.map((p: { title: string }) => p.title)).toEqual(['供应批次1产品'])
  })

  it('我的发布 holds every status of the enterprise’s posts, for colleagues too, and no one else’s', async () => {
    const live = await publish(bed)
    const held = await publish(bed, CC.ownerA, { text: '现货充足价格优惠，有意者请加我微信详细沟通。' })
    const closed = await publish(bed)
    await ok(bed, CC.ownerA, 'post.close', { id: closed._id })
    await publish(bed, CC.ownerB)
    const mine = await ok(bed, CC.colleagueA, 'post.mine', {})
    expect(mine.items.map((p: { _id: string }) => p._id).sort()).toEqual([live._id, held._id, closed._id].sort())
    expect(mine.items.every((p: { mine: boolean }) => p.mine)).toBe(true)
    expect((await ok(bed, CC.ownerA, 'post.mine', { status: 'closed' })).items.map((p: { _id: string }) => p._id)).toEqual([closed._id])
    expect((await refused(bed, CC.guest, 'post.mine', {})).code).toBe('NOT_BOUND')
  })
})

describe('expiry', () => {
  // the test clock starts at 2026-11-20T02:00Z, i.e. 2026-11-20 10:00 in Beijing
  it('lists a post through its last Beijing day and not after, whatever the machine time zone', async () => {
    const post = await publish(bed, CC.ownerA, { validDays: 7 })
    expect(post.validUntil).toBe('2026-11-27')
    bed.clock.current = new Date('2026-11-27T15:59:00.000Z') // 23:59 on the 27th in Beijing
    expect(await listedIds(bed, CC.ownerB)).toEqual([post._id])
    bed.clock.current = new Date('2026-11-27T16:00:00.000Z') // 00:00 on the 28th in Beijing
    expect(await listedIds(bed, CC.ownerB)).toEqual([])
    expect((await refused(bed, CC.ownerB, 'post.get', { id: post._id })).code).toBe('NOT_FOUND')
    expect((await ok(bed, CC.ownerA, 'post.get', { id: post._id })).status).toBe('expired')
    expect((await ok(bed, CC.ownerA, 'post.mine', { status: 'expired' })).items.map((p: { _id: string }) => p._id)).toEqual([post._id])
    expect((await ok(bed, CC.ownerA, 'post.mine', { status: 'published' })).total).toBe(0)
    expect((await refused(bed, CC.ownerB, 'post.report', { id: post._id, reason: '虚假信息' })).code).toBe('NOT_FOUND')
  })

  it('the sweep flips expired posts once and leaves live ones', async () => {
    const short = await publish(bed, CC.ownerA, { validDays: 7 })
    const long = await publish(bed, CC.ownerA, { validDays: 30 })
    bed.clock.advanceDays(8)
    const sweep = () => runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })
    expect((await sweep()).expiredPosts).toBe(1)
    expect((await sweep()).expiredPosts).toBe(0)
    expect((await storedPost(bed, short._id))?.status).toBe('expired')
    expect((await storedPost(bed, long._id))?.status).toBe('published')
    expect(await listedIds(bed, CC.ownerB)).toEqual([long._id])
  })

  it('an edit renews an expired post from today', async () => {
    const post = await publish(bed, CC.ownerA, { validDays: 7 })
    bed.clock.advanceDays(10)
    const renewed = await ok(bed, CC.ownerA, 'post.update', { id: post._id, ...postPayload({ validDays: 14 }) })
    expect(renewed).toMatchObject({ status: 'published', validUntil: '2026-12-14' })
    expect(await listedIds(bed, CC.ownerB)).toEqual([post._id])
  })

  it('validity must be 7 to 180 days', async () => {
    for (const validDays of [6, 181, 7.5]) expect((await refused(bed, CC.ownerA, 'post.create', postPayload({ validDays }))).code).toBe('INVALID_INPUT')
  })
})
