/**
 * 电子营业执照 authorisation: the licence platform vouches for the caller as the enterprise's
 * 法定代表人 or its authorised person. The port verifies the page's authorisation result on
 * the server; nothing the client says about the enterprise is trusted. A 法定代表人 proven
 * this way administers the enterprise from the start.
 */
import type { ActionContext } from '../context'
import type { UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { normaliseEnterpriseName } from '../accounts'
import { findEnterpriseByCode } from './apply'
import { grantMembership, loadCallerAsApplicant } from './grant'
import { audit, MEMBERSHIP_LINKS, notify } from './record'

export async function licenseAuth(ctx: ActionContext, input: { authCode: string }): Promise<UserDoc> {
  const authority = ctx.licenseAuthority
  if (!authority.available) fail('LICENSE_AUTH_UNAVAILABLE')
  const grant = await authority.verify({ authCode: input.authCode, openid: ctx.caller.openid })
  if (!grant) fail('LICENSE_AUTH_FAILED', '电子营业执照授权未通过或已失效，请重新授权', 'authCode')
  const enterprise = await findEnterpriseByCode(ctx.db, grant.creditCode.trim().toUpperCase())
  if (!enterprise) fail('ENTERPRISE_NOT_FOUND', '授权的企业尚未在本平台登记，请联系园区', 'authCode')
  if (grant.enterpriseName && normaliseEnterpriseName(grant.enterpriseName) !== normaliseEnterpriseName(enterprise.name)) {
    fail('LICENSE_AUTH_FAILED', '授权的企业名称与登记信息不一致，请联系园区核实', 'authCode')
  }

  const now = ctx.clock.now()
  const at = now.toISOString()
  return ctx.db.runTransaction(async (tx) => {
    const { user, current } = await loadCallerAsApplicant(tx, ctx.caller.openid, at)
    if (current?.status === 'pending' && current.enterpriseId !== enterprise._id) throw new DomainError('LICENSE_AUTH_FAILED')
    const request = current?.status === 'pending' ? current : null
    const named = { ...user, name: user.name || grant.personName }
    const actor = { id: user._id, name: '电子营业执照授权' }
    const granted = await grantMembership(tx, {
      enterprise,
      user: named,
      method: 'license',
      capacity: grant.capacity,
      actor,
      request: request ? { ...request, capacity: grant.capacity } : null,
      admin: grant.capacity === 'legalRep',
      now
    })
    await audit(tx, user._id, 'membership.licenseAuth', granted._id, { enterpriseId: enterprise._id, capacity: grant.capacity, personName: grant.personName }, now)
    await notify(tx, [user._id], '企业认证已通过', `您已通过电子营业执照授权认证为“${enterprise.name}”的成员。`, MEMBERSHIP_LINKS.apply, now)
    return { ...named, role: 'entrepreneur', enterpriseId: enterprise._id, parkId: enterprise.parkId, membershipId: granted._id, updatedAt: at }
  })
}
