/**
 * 企业认证申请: knowing an enterprise's name and 统一社会信用代码 only files a request. The
 * caller stays a guest (待认证) until the park approves it; the staff in scope hear of it.
 */
import { checkCreditCode, type ApplicantCapacity, type Attachment } from '../../../../../types'
import type { Database } from '../../db/port'
import { normaliseEnterpriseName } from '../accounts'
import { checkAttachment, uploaderOf } from '../cases/attachments'
import { parkSupervisors } from '../cases/staff'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { userIdFor } from '../ids'
import type { MembershipDoc } from './docs'
import { loadCallerAsApplicant } from './grant'
import { membershipIdOf, queueKeyOf } from './ids'
import { audit, MEMBERSHIP_LINKS, notify, readMembership, writeMembership } from './record'

export interface ApplyInput {
  name: string
  creditCode: string
  capacity: ApplicantCapacity
  licence: Attachment | null
  authorisation: Attachment | null
}

export async function findEnterpriseByCode(db: Database, creditCode: string): Promise<EnterpriseDoc | null> {
  const { data } = await db.collection(COLLECTIONS.enterprises).where({ creditCode }).limit(1).get()
  return (data[0] as EnterpriseDoc | undefined) ?? null
}

/** who hears of a new request: the enterprise's steward and the park's managers (else the city admins) */
async function reviewersOf(db: Database, enterprise: EnterpriseDoc): Promise<string[]> {
  const supervisors = await parkSupervisors(db, enterprise.parkId)
  return [...(enterprise.stewardId ? [enterprise.stewardId] : []), ...supervisors.map((u) => u._id)]
}

export async function applyForMembership(ctx: ActionContext, input: ApplyInput): Promise<UserDoc> {
  const check = checkCreditCode(input.creditCode)
  if (!check.ok) fail('CREDIT_CODE_INVALID', check.message, 'creditCode')
  const enterprise = await findEnterpriseByCode(ctx.db, check.code)
  if (!enterprise) fail('ENTERPRISE_NOT_FOUND', undefined, 'creditCode')
  if (normaliseEnterpriseName(enterprise.name) !== normaliseEnterpriseName(input.name)) {
    fail('ENTERPRISE_NAME_MISMATCH', '企业名称与统一社会信用代码不一致，请按营业执照填写完整名称', 'name')
  }
  // the schema demands these too; the domain does not trust a caller that skipped it
  if (!input.licence) fail('INVALID_INPUT', '请上传营业执照照片', 'licence')
  if (input.capacity === 'authorised' && !input.authorisation) fail('INVALID_INPUT', '请上传加盖公章的授权委托书', 'authorisation')
  // the applicant's own uploads only: a licence photo seen elsewhere proves nothing
  checkAttachment(input.licence, uploaderOf(ctx), 'licence')
  if (input.capacity === 'authorised' && input.authorisation) checkAttachment(input.authorisation, uploaderOf(ctx), 'authorisation')

  const reviewers = await reviewersOf(ctx.db, enterprise)
  const now = ctx.clock.now()
  const at = now.toISOString()
  return ctx.db.runTransaction(async (tx) => {
    const { user, current } = await loadCallerAsApplicant(tx, ctx.caller.openid, at)
    if (current?.status === 'pending') {
      throw new DomainError(
        'MEMBERSHIP_PENDING',
        current.enterpriseId === enterprise._id ? undefined : `您对“${current.enterpriseName}”的认证申请正在审核中，如需更换企业请先撤回`
      )
    }
    const doc: MembershipDoc = {
      _id: membershipIdOf(enterprise._id, user._id),
      enterpriseId: enterprise._id,
      enterpriseName: enterprise.name,
      parkId: enterprise.parkId,
      userId: user._id,
      name: user.name || '未填写姓名',
      phone: user.phone,
      status: 'pending',
      method: null,
      capacity: input.capacity,
      isAdmin: false,
      licence: input.licence,
      authorisation: input.capacity === 'authorised' ? input.authorisation : null,
      reason: null,
      decidedById: null,
      decidedByName: null,
      decidedAt: null,
      createdAt: at,
      updatedAt: at,
      queueKey: queueKeyOf('pending', enterprise.parkId)
    }
    await writeMembership(tx, doc)
    const next: UserDoc = { ...user, membershipId: doc._id, updatedAt: at }
    const { _id, ...rest } = next
    await tx.collection(COLLECTIONS.users).doc(_id).set({ data: rest as unknown as Record<string, unknown> })
    await audit(tx, user._id, 'membership.apply', doc._id, { enterpriseId: enterprise._id, capacity: input.capacity }, now)
    await notify(tx, reviewers, '新的企业认证申请', `“${enterprise.name}”有新的成员认证申请（申请人：${doc.name}），请核对营业执照${doc.authorisation ? '和授权委托书' : ''}后审核。`, MEMBERSHIP_LINKS.review(doc._id), now)
    return next
  })
}

/** withdraws the caller's own pending request; nothing else changes */
export async function withdrawMembership(ctx: ActionContext): Promise<UserDoc> {
  const now = ctx.clock.now()
  const at = now.toISOString()
  const userId = userIdFor(ctx.caller.openid)
  return ctx.db.runTransaction(async (tx) => {
    const { data } = await tx.collection(COLLECTIONS.users).doc(userId).get()
    const user = data as UserDoc | null
    const current = user?.membershipId ? await readMembership(tx, user.membershipId) : null
    if (!user || !current || current.status !== 'pending') throw new DomainError('NOT_FOUND', '您没有审核中的认证申请')
    await writeMembership(tx, { ...current, status: 'withdrawn', updatedAt: at, queueKey: queueKeyOf('withdrawn', current.parkId) })
    await audit(tx, user._id, 'membership.withdraw', current._id, { enterpriseId: current.enterpriseId }, now)
    return user
  })
}
