/**
 * Joining by invitation: only an enterprise's 企业管理员 issues codes; a code admits one
 * person, within 7 days, unless revoked; the redeemer is an approved member at once.
 */
import { MEMBER_INVITE_CODE_PATTERN } from '../../../types'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { REQUEST_LEASE_MS } from '../../../cloudfunctions/api/src/idempotency'
import { approveMember, openBed, type Bed } from '../helpers'
import { crashingDb, crashingRouter } from '../trust/crash'
import { applyForA, auditOf, domainDigest, MB, memberId, notificationsOf, ok, seedMembership, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedMembership(bed)
})
afterEach(() => bed.close())

const invite = async (note = '财务部小王'): Promise<string> => (await ok(bed, MB.ownerA, 'membership.createInvite', { note })).code

describe('member invitations', () => {
  it('the admin issues a one-time code; redeeming it makes the colleague a member at once', async () => {
    const created = await ok(bed, MB.ownerA, 'membership.createInvite', { note: '财务部小王' })
    expect(created).toMatchObject({ enterpriseId: MB.entA._id, status: 'unused', note: '财务部小王' })
    expect(created.code).toMatch(MEMBER_INVITE_CODE_PATTERN)
    expect(new Date(created.expiresAt).getTime() - new Date(created.createdAt).getTime()).toBe(7 * 86_400_000)
    expect(await auditOf(bed, 'membership.createInvite')).toHaveLength(1)

    const me = await ok(bed, MB.colleague, 'membership.redeem', { code: created.code.toLowerCase() })
    expect(me).toMatchObject({ account: { role: 'entrepreneur', enterpriseId: MB.entA._id }, membership: { status: 'approved', method: 'invite', isAdmin: false } })
    expect(await bed.call(MB.colleague, 'enterprise.profile')).toMatchObject({ ok: true })
    expect((await ok(bed, MB.ownerA, 'membership.invites')).items[0]).toMatchObject({ code: created.code, status: 'used', usedByName: '甲企业同事' })
    expect((await notificationsOf(bed, MB.ownerA)).map((n) => n.title)).toContain('同事已通过邀请加入企业')
    expect(await auditOf(bed, 'membership.redeem')).toEqual([expect.objectContaining({ actorId: uid(MB.colleague), detail: expect.objectContaining({ code: created.code }) })])
  })

  it('a code admits one person only, even when two try at once', async () => {
    const code = await invite()
    const [a, b] = await Promise.all([bed.call(MB.colleague, 'membership.redeem', { code }), bed.call(MB.third, 'membership.redeem', { code })])
    expect([a.ok, b.ok].filter(Boolean)).toHaveLength(1)
    const loser = a.ok ? b : a
    expect(loser).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
    const { total } = await bed.db.collection(COLLECTIONS.memberships).where({ enterpriseId: MB.entA._id, status: 'approved' }).count()
    expect(total).toBe(2)
  })

  it('an expired, a revoked or an unknown code admits nobody and writes nothing', async () => {
    const old = await invite('过期')
    bed.clock.advanceDays(8)
    const revoked = await invite('撤销')
    expect(await ok(bed, MB.ownerA, 'membership.revokeInvite', { code: revoked })).toMatchObject({ status: 'revoked' })
    expect(await auditOf(bed, 'membership.revokeInvite')).toHaveLength(1)
    const before = domainDigest(bed)
    expect(await bed.call(MB.colleague, 'membership.redeem', { code: old })).toMatchObject({ ok: false, error: { code: 'INVITE_EXPIRED' } })
    expect(await bed.call(MB.colleague, 'membership.redeem', { code: revoked })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(await bed.call(MB.colleague, 'membership.redeem', { code: 'ABCDEFGHJK' })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(await bed.call(MB.colleague, 'membership.redeem', { code: 'short' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code' } })
    expect(domainDigest(bed)).toBe(before)
    const listed = (await ok(bed, MB.ownerA, 'membership.invites')).items.map((i: { note: string; status: string }) => [i.note, i.status])
    expect(listed).toEqual([['撤销', 'revoked'], ['过期', 'expired']])
  })

  it('only the enterprise’s admin issues, lists and revokes codes, and only its own', async () => {
    await approveMember(bed, MB.colleague, MB.entA._id)
    const code = await invite()
    const before = domainDigest(bed)
    expect(await bed.call(MB.colleague, 'membership.createInvite', {})).toMatchObject({ ok: false, error: { code: 'NOT_ENTERPRISE_ADMIN' } })
    expect(await bed.call(MB.colleague, 'membership.invites', {})).toMatchObject({ ok: false, error: { code: 'NOT_ENTERPRISE_ADMIN' } })
    expect(await bed.call(MB.ownerB, 'membership.revokeInvite', { code })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    for (const openid of [MB.stranger, MB.managerA, MB.admin]) {
      expect(await bed.call(openid, 'membership.createInvite', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(domainDigest(bed)).toBe(before)
    expect((await ok(bed, MB.ownerB, 'membership.invites')).total).toBe(0)
  })

  it('a code cannot move a member of another enterprise or staff; it approves a pending request for the same enterprise', async () => {
    const code = await invite()
    expect(await bed.call(MB.ownerB, 'membership.redeem', { code })).toMatchObject({ ok: false, error: { code: 'ALREADY_BOUND' } })
    expect(await bed.call(MB.stewardA, 'membership.redeem', { code })).toMatchObject({ ok: false, error: { code: 'ROLE_CONFLICT' } })
    const id = await applyForA(bed, MB.stranger)
    const me = await ok(bed, MB.stranger, 'membership.redeem', { code })
    expect(me.membership).toMatchObject({ _id: id, status: 'approved', method: 'invite', licence: { name: 'licence.jpg' } })
    expect(await ok(bed, MB.managerA, 'membership.counts')).toEqual({ pending: 0 })
  })

  it('a code dies with its issuer’s admin rights: a removed or demoted admin’s codes admit nobody, not even the issuer', async () => {
    // ownerA is ent-a's only member and admin; staff in scope remove them after they issued codes
    const own = await invite('留给自己')
    const forColleague = await invite('给同事')
    await ok(bed, MB.managerA, 'membership.remove', { id: memberId(MB.ownerA, MB.entA._id), reason: '已离职' })
    const before = domainDigest(bed)
    expect(await bed.call(MB.ownerA, 'membership.redeem', { code: own })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(await bed.call(MB.colleague, 'membership.redeem', { code: forColleague })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(domainDigest(bed)).toBe(before)
    expect(await bed.call(MB.ownerA, 'enterprise.profile')).toMatchObject({ ok: false })
  })

  it('a code issued by an admin who has since been made a plain member admits nobody', async () => {
    await approveMember(bed, MB.colleague, MB.entA._id)
    await ok(bed, MB.ownerA, 'membership.setAdmin', { id: memberId(MB.colleague, MB.entA._id), admin: true })
    const code = (await ok(bed, MB.colleague, 'membership.createInvite', { note: '新人' })).code
    await ok(bed, MB.ownerA, 'membership.setAdmin', { id: memberId(MB.colleague, MB.entA._id), admin: false })
    expect(await bed.call(MB.third, 'membership.redeem', { code })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
  })

  it('a retry of a redemption whose answer was lost in a crash gets its answer, not INVITE_USED', async () => {
    const code = await invite()
    const RID = 'redeem-after-crash-01'
    let redeemed = false
    // dies at the first touch of the request record after the redeeming transaction ran
    const db = crashingDb(bed.db, (a) => {
      if (a.collection === COLLECTIONS.memberInvites && a.inTx) redeemed = true
      return redeemed && a.collection === COLLECTIONS.requests
    })
    const crashed = await crashingRouter(bed, db)({ action: 'membership.redeem', payload: { code }, requestId: RID }, { openid: MB.colleague })
    expect(crashed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    bed.clock.current = new Date(bed.clock.current.getTime() + REQUEST_LEASE_MS + 1000)
    const retry = await bed.call(MB.colleague, 'membership.redeem', { code }, RID)
    expect(retry).toMatchObject({ ok: true, data: { account: { role: 'entrepreneur', enterpriseId: MB.entA._id }, membership: { status: 'approved', method: 'invite' } } })
    expect(await auditOf(bed, 'membership.redeem')).toHaveLength(1)
    // the code stays used: nobody else gets in with it
    expect(await bed.call(MB.third, 'membership.redeem', { code })).toMatchObject({ ok: false, error: { code: 'INVITE_USED' } })
  })
})
