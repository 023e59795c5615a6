/**
 * Members: removal ends access with the commit (the very next call is refused), leaving,
 * the last-admin rule, admin changes; and the cached role on the user document grants
 * nothing without the approved membership behind it.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { approveMember, openBed, type Bed } from '../helpers'
import { applyForA, auditOf, domainDigest, MB, memberId, notificationsOf, ok, seedMembership, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedMembership(bed)
  // ownerA is ent-a's first member and admin; the colleague joins as an ordinary member
  await approveMember(bed, MB.colleague, MB.entA._id)
})
afterEach(() => bed.close())

const consult = { type: 'consult', category: '政策咨询', text: '请问研发费用加计扣除怎么申报？' }

describe('the member list', () => {
  it("the admin reads colleagues' phones masked and their own in full; staff in scope read them in full", async () => {
    const phoneOf = (list: Array<{ userId: string; phone: string }>, openid: string) => list.find((m) => m.userId === uid(openid))?.phone
    const byAdmin = await ok(bed, MB.ownerA, 'membership.members')
    expect(phoneOf(byAdmin, MB.colleague)).toBe('139****0000')
    expect(phoneOf(byAdmin, MB.ownerA)).toBe('13800000000')
    const byManager = await ok(bed, MB.managerA, 'membership.members', { enterpriseId: MB.entA._id })
    expect(phoneOf(byManager, MB.colleague)).toBe('13912340000')
  })
})

describe('removal', () => {
  it('the admin removes a member: their next call is refused and they see none of the enterprise', async () => {
    const caseId = (await ok(bed, MB.colleague, 'case.submit', consult))._id
    expect(await ok(bed, MB.ownerA, 'case.get', { id: caseId })).toMatchObject({ _id: caseId })
    const id = memberId(MB.colleague, MB.entA._id)
    const removed = await ok(bed, MB.ownerA, 'membership.remove', { id, reason: '已离职' })
    expect(removed).toMatchObject({ status: 'removed', reason: '已离职' })
    // at once: the same case, the profile and the enterprise's lists are gone
    expect(await bed.call(MB.colleague, 'case.get', { id: caseId })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(MB.colleague, 'enterprise.profile')).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
    expect(await ok(bed, MB.colleague, 'case.mine', {})).toMatchObject({ total: 0 })
    expect(await bed.call(MB.colleague, 'service.apply', { serviceId: 'x', text: '申请', materials: [] })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await ok(bed, MB.colleague, 'session.me')).toMatchObject({ account: { role: 'guest', enterpriseId: null }, enterprise: null, membership: { status: 'removed', reason: '已离职' } })
    expect((await notificationsOf(bed, MB.colleague)).map((n) => n.title)).toContain('您已被移出企业')
    expect(await auditOf(bed, 'membership.remove')).toEqual([expect.objectContaining({ actorId: uid(MB.ownerA), target: id })])
    expect((await ok(bed, MB.ownerA, 'membership.members')).map((m: { userId: string }) => m.userId)).toEqual([uid(MB.ownerA)])
  })

  it('staff in scope may remove; an ordinary member, another enterprise and another park may not', async () => {
    const id = memberId(MB.colleague, MB.entA._id)
    await approveMember(bed, MB.third, MB.entA._id)
    const before = domainDigest(bed)
    expect(await bed.call(MB.third, 'membership.remove', { id })).toMatchObject({ ok: false, error: { code: 'NOT_ENTERPRISE_ADMIN' } })
    expect(await bed.call(MB.ownerB, 'membership.remove', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(MB.managerB, 'membership.remove', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(MB.ownerA, 'membership.remove', { id: memberId(MB.ownerA, MB.entA._id) })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    expect(domainDigest(bed)).toBe(before)
    expect(await ok(bed, MB.stewardA, 'membership.remove', { id })).toMatchObject({ status: 'removed', reason: '园区工作人员移除' })
    expect(await bed.call(MB.colleague, 'case.mine', {})).toMatchObject({ ok: true, data: { total: 0 } })
  })

  it('a user document that says entrepreneur grants nothing without the approved membership', async () => {
    // forged or stale cache: the role on the user document alone
    await bed.db.collection(COLLECTIONS.users).doc(uid(MB.stranger)).update({ data: { role: 'entrepreneur', enterpriseId: MB.entA._id, parkId: MB.parkA } })
    expect(await ok(bed, MB.stranger, 'session.me')).toMatchObject({ account: { role: 'guest', enterpriseId: null }, enterprise: null })
    expect(await bed.call(MB.stranger, 'enterprise.profile')).toMatchObject({ ok: false, error: { code: 'NOT_BOUND' } })
    expect(await bed.call(MB.stranger, 'appointment.book', { slotId: 'x' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    // and a membership that is not approved does not count either
    await applyForA(bed, MB.stranger)
    await bed.db.collection(COLLECTIONS.users).doc(uid(MB.stranger)).update({ data: { role: 'entrepreneur', enterpriseId: MB.entA._id } })
    expect(await bed.call(MB.stranger, 'case.mine', {})).toMatchObject({ ok: true, data: { total: 0 } })
  })
})

describe('admins and leaving', () => {
  it('the last admin cannot leave or step back while others remain; after handing over they can', async () => {
    const own = memberId(MB.ownerA, MB.entA._id)
    const colleague = memberId(MB.colleague, MB.entA._id)
    const before = domainDigest(bed)
    expect(await bed.call(MB.ownerA, 'membership.leave', { confirm: true })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } })
    expect(await bed.call(MB.ownerA, 'membership.setAdmin', { id: own, admin: false })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } })
    expect(await bed.call(MB.colleague, 'membership.setAdmin', { id: colleague, admin: true })).toMatchObject({ ok: false, error: { code: 'NOT_ENTERPRISE_ADMIN' } })
    expect(domainDigest(bed)).toBe(before)

    expect(await ok(bed, MB.ownerA, 'membership.setAdmin', { id: colleague, admin: true })).toMatchObject({ isAdmin: true })
    expect((await notificationsOf(bed, MB.colleague)).map((n) => n.title)).toContain('您已成为企业管理员')
    expect(await auditOf(bed, 'membership.setAdmin')).toHaveLength(1)
    const left = await ok(bed, MB.ownerA, 'membership.leave', { confirm: true })
    expect(left).toMatchObject({ account: { role: 'guest', enterpriseId: null }, enterprise: null, membership: { status: 'left' } })
    expect(await bed.call(MB.ownerA, 'case.mine', { type: 'complaint' })).toMatchObject({ ok: true, data: { total: 0 } })
    expect(await auditOf(bed, 'membership.leave')).toHaveLength(1)
    // the colleague is now the only admin and member: they may leave, leaving nobody
    expect(await ok(bed, MB.colleague, 'membership.leave', { confirm: true })).toMatchObject({ account: { role: 'guest' } })
    const roster = (await bed.db.collection(COLLECTIONS.memberRosters).doc(MB.entA._id).get()).data
    expect(roster).toMatchObject({ approved: 0, admins: 0 })
  })

  it('an admin may remove another admin but not the last one; leaving needs an explicit confirmation', async () => {
    expect(await bed.call(MB.colleague, 'membership.leave', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    await ok(bed, MB.ownerA, 'membership.setAdmin', { id: memberId(MB.colleague, MB.entA._id), admin: true })
    expect(await ok(bed, MB.colleague, 'membership.remove', { id: memberId(MB.ownerA, MB.entA._id) })).toMatchObject({ status: 'removed' })
    // staff may not strip the last admin while a member remains
    await approveMember(bed, MB.third, MB.entA._id)
    expect(await bed.call(MB.managerA, 'membership.remove', { id: memberId(MB.colleague, MB.entA._id) })).toMatchObject({ ok: false, error: { code: 'LAST_ADMIN' } })
  })

  it('the member list is for the admin and the staff in scope, with phone numbers', async () => {
    expect(await bed.call(MB.colleague, 'membership.members')).toMatchObject({ ok: false, error: { code: 'NOT_ENTERPRISE_ADMIN' } })
    expect(await bed.call(MB.stranger, 'membership.members')).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await bed.call(MB.managerB, 'membership.members', { enterpriseId: MB.entA._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(MB.managerA, 'membership.members', {})).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } })
    const list = await ok(bed, MB.managerA, 'membership.members', { enterpriseId: MB.entA._id })
    expect(list.map((m: { name: string; phone: string }) => m.name)).toEqual(['甲企业主', '甲企业同事'])
    expect(list[1].phone).toBe('13912340000')
  })
})
