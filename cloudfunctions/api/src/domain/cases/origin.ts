/**
 * Who a new case is from. Normally an approved member for their enterprise. A 待认证 user
 * (role guest) may consult as an individual: the case has no enterprise (so no enterprise
 * ever sees it), and goes to the park of their pending 企业认证 request if they have one,
 * else it is handled at city level. Complaints and service applications need a membership.
 */
import { INDIVIDUAL_CONSULT_LABEL, type CaseType, type Role } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { fail } from '../errors'
import { userIdFor } from '../ids'
import { pendingRequestOf } from '../membership/caller'

export interface CaseOrigin {
  me: UserDoc
  /** null: an individual consult */
  enterprise: EnterpriseDoc | null
  enterpriseName: string
  parkId: string | null
  actorRole: Role
  displayName: string
  /** a guest with no account yet: the case's transaction writes it */
  newUser: UserDoc | null
}

export async function caseOrigin(ctx: ActionContext, type: CaseType, hasExtra: boolean): Promise<CaseOrigin> {
  const me = ctx.caller.user
  if (ctx.caller.role === 'guest') {
    if (type !== 'consult' || hasExtra) fail('NOT_BOUND', '企业认证通过后才能以企业名义提交；待认证期间可以个人身份咨询')
    const at = ctx.clock.now().toISOString()
    const newUser: UserDoc | null = me
      ? null
      : { _id: userIdFor(ctx.caller.openid), openid: ctx.caller.openid, role: 'guest', name: '', phone: '', parkId: null, enterpriseId: null, createdAt: at, updatedAt: at }
    const pending = await pendingRequestOf(ctx.db, me)
    return {
      me: (me ?? newUser) as UserDoc,
      enterprise: null,
      enterpriseName: INDIVIDUAL_CONSULT_LABEL,
      parkId: pending?.parkId ?? null,
      actorRole: 'guest',
      displayName: me?.name || '个人用户',
      newUser
    }
  }
  if (!me || ctx.caller.role !== 'entrepreneur' || !me.enterpriseId) fail('NOT_BOUND', '请先完成企业认证再提交')
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).doc(me.enterpriseId).get()
  const enterprise = data as EnterpriseDoc | null
  if (!enterprise) fail('NOT_BOUND', '未找到您所属的企业，请重新认证')
  return { me, enterprise, enterpriseName: enterprise.name, parkId: enterprise.parkId, actorRole: 'entrepreneur', displayName: me.name || '企业用户', newUser: null }
}
