/**
 * Approval by the park: the applicant stays 待认证 until the enterprise's steward, a manager
 * of its park or the city admin approves; another park's staff cannot even see the request.
 * A rejection carries a reason the applicant reads. Every decision is audited and told.
 */
import { openBed, type Bed } from '../helpers'
import { applyForA, applyPayload, auditOf, domainDigest, MB, memberId, notificationsOf, ok, seedMembership, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedMembership(bed)
})
afterEach(() => bed.close())

describe('a request waits in the queue of the staff in scope', () => {
  it('the steward of the enterprise, its park manager and the admin see it and count it; others do not', async () => {
    const id = await applyForA(bed, MB.stranger)
    for (const openid of [MB.stewardA, MB.managerA, MB.admin]) {
      const queue = await ok(bed, openid, 'membership.queue', { status: 'pending' })
      expect(queue.items.map((m: { _id: string }) => m._id)).toEqual([id])
      expect(await ok(bed, openid, 'membership.counts')).toEqual({ pending: 1 })
    }
    for (const openid of [MB.managerB, MB.stewardB]) {
      expect((await ok(bed, openid, 'membership.queue', { status: 'pending' })).total).toBe(0)
      expect(await ok(bed, openid, 'membership.counts')).toEqual({ pending: 0 })
      expect(await bed.call(openid, 'membership.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    // the staff in scope heard of it
    for (const openid of [MB.stewardA, MB.managerA]) {
      expect((await notificationsOf(bed, openid)).map((n) => n.title)).toContain('新的企业认证申请')
    }
    expect(await notificationsOf(bed, MB.managerB)).toEqual([])
  })

  it('the applicant reads their own request, with the documents; entrepreneurs and guests cannot open the queue', async () => {
    const id = await applyForA(bed, MB.stranger)
    expect(await ok(bed, MB.stranger, 'membership.get', { id })).toMatchObject({ status: 'pending', licence: { name: 'licence.jpg' }, authorisation: { name: 'authorisation.pdf' } })
    for (const openid of [MB.ownerA, MB.stranger, MB.guest]) {
      expect(await bed.call(openid, 'membership.queue', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })

  it('documents must be the applicant’s own uploads', async () => {
    const before = domainDigest(bed)
    const foreign = { ...applyPayload(MB.stranger, MB.entA), licence: applyPayload(MB.ownerB, MB.entA).licence }
    expect(await bed.call(MB.stranger, 'membership.apply', foreign)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'licence' } })
    const missing = { ...applyPayload(MB.stranger, MB.entA), authorisation: null }
    expect(await bed.call(MB.stranger, 'membership.apply', missing)).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'authorisation' } })
    expect(domainDigest(bed)).toBe(before)
  })

  it('one request at a time: a second is refused until the first is withdrawn', async () => {
    await applyForA(bed, MB.stranger)
    expect(await bed.call(MB.stranger, 'membership.apply', applyPayload(MB.stranger, MB.entB))).toMatchObject({ ok: false, error: { code: 'MEMBERSHIP_PENDING' } })
    const withdrawn = await ok(bed, MB.stranger, 'membership.withdraw')
    expect(withdrawn.membership).toMatchObject({ status: 'withdrawn' })
    expect(await ok(bed, MB.managerA, 'membership.counts')).toEqual({ pending: 0 })
    const again = await ok(bed, MB.stranger, 'membership.apply', applyPayload(MB.stranger, MB.entB))
    expect(again.membership).toMatchObject({ status: 'pending', enterpriseId: MB.entB._id })
  })
})

describe('deciding', () => {
  it.each([
    ['the enterprise’s steward', MB.stewardA],
    ['a manager of its park', MB.managerA],
    ['the city admin', MB.admin]
  ])('%s approves: the applicant becomes a member at once', async (_who, decider) => {
    const id = await applyForA(bed, MB.stranger)
    expect(await bed.call(MB.stranger, 'case.mine', { type: 'complaint' })).toMatchObject({ ok: true, data: { total: 0 } })
    const approved = await ok(bed, decider, 'membership.approve', { id })
    expect(approved).toMatchObject({ status: 'approved', method: 'park', isAdmin: false })
    const me = await ok(bed, MB.stranger, 'session.me')
    expect(me).toMatchObject({ account: { role: 'entrepreneur', enterpriseId: MB.entA._id }, enterprise: { _id: MB.entA._id }, membership: { status: 'approved' } })
    // access is real: the enterprise's profile now opens
    expect(await bed.call(MB.stranger, 'enterprise.profile')).toMatchObject({ ok: true })
    expect(await auditOf(bed, 'membership.approve')).toEqual([expect.objectContaining({ actorId: uid(decider), target: id })])
    expect((await notificationsOf(bed, MB.stranger)).map((n) => n.title)).toContain('企业认证已通过')
    expect(await ok(bed, decider, 'membership.counts')).toEqual({ pending: 0 })
    expect((await ok(bed, decider, 'membership.queue', { status: 'decided' })).items.map((m: { _id: string }) => m._id)).toContain(id)
  })

  it('another park’s manager and a steward of another enterprise are refused, writing nothing', async () => {
    const id = await applyForA(bed, MB.stranger)
    const before = domainDigest(bed)
    for (const openid of [MB.managerB, MB.stewardB]) {
      expect(await bed.call(openid, 'membership.approve', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
      expect(await bed.call(openid, 'membership.reject', { id, reason: '材料不清晰请重传' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    for (const openid of [MB.ownerA, MB.stranger]) {
      expect(await bed.call(openid, 'membership.approve', { id })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(domainDigest(bed)).toBe(before)
    expect(await ok(bed, MB.stranger, 'session.me')).toMatchObject({ account: { role: 'guest', enterpriseId: null }, membership: { status: 'pending' } })
  })

  it('a rejection carries its reason to the applicant, who stays a guest and may apply again', async () => {
    const id = await applyForA(bed, MB.stranger)
    const reason = '授权委托书未加盖公章，请补充后重新提交'
    expect(await ok(bed, MB.managerA, 'membership.reject', { id, reason })).toMatchObject({ status: 'rejected', reason, decidedByName: '管理员甲' })
    const me = await ok(bed, MB.stranger, 'session.me')
    expect(me).toMatchObject({ account: { role: 'guest' }, enterprise: null, membership: { status: 'rejected', reason } })
    const told = (await notificationsOf(bed, MB.stranger)).find((n) => n.title === '企业认证未通过')
    expect(told.body).toContain(reason)
    expect(await auditOf(bed, 'membership.reject')).toEqual([expect.objectContaining({ target: id, detail: expect.objectContaining({ reason }) })])
    // decided is decided
    expect(await bed.call(MB.managerA, 'membership.approve', { id })).toMatchObject({ ok: false, error: { code: 'MEMBERSHIP_DECIDED' } })
    expect(await bed.call(MB.managerA, 'membership.reject', { id: 'nope', reason })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await ok(bed, MB.stranger, 'membership.apply', applyPayload(MB.stranger, MB.entA))).membership).toMatchObject({ status: 'pending', reason: null })
  })

  it('the first approved member of an enterprise becomes its 企业管理员', async () => {
    // ent-a2 has nobody yet
    const first = await ok(bed, MB.stranger, 'membership.apply', applyPayload(MB.stranger, MB.entA2, 'legalRep'))
    const second = await ok(bed, MB.colleague, 'membership.apply', applyPayload(MB.colleague, MB.entA2))
    expect(await ok(bed, MB.managerA, 'membership.approve', { id: first.membership._id })).toMatchObject({ isAdmin: true })
    expect(await ok(bed, MB.managerA, 'membership.approve', { id: second.membership._id })).toMatchObject({ isAdmin: false })
    const members = await ok(bed, MB.stranger, 'membership.members')
    expect(members.map((m: { userId: string; isAdmin: boolean }) => [m.userId, m.isAdmin])).toEqual([
      [uid(MB.stranger), true],
      [uid(MB.colleague), false]
    ])
    expect(memberId(MB.colleague, MB.entA2._id)).toBe(second.membership._id)
  })
})
