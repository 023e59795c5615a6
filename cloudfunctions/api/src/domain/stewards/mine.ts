/**
 * 我的管家: a bound enterprise's own steward (phone shown, since the enterprise is in
 * their care), and asking for another one — a complaint about that steward, so it goes
 * to the park manager and the steward never sees it.
 */
import type { CaseDetail, MySteward, StewardChangeRequest } from '../../../../../types'
import { createCase } from '../cases'
import { enterpriseSteward } from '../cases/routing'
import type { ActionContext } from '../context'
import { COLLECTIONS, type CaseDoc, type EnterpriseDoc } from '../docs'
import { fail } from '../errors'
import { toCards } from './cards'
import { CHANGE_REQUEST_FLAG, type StewardUserDoc } from './docs'
import { viewerOf } from './phone'

async function ownEnterprise(ctx: ActionContext): Promise<EnterpriseDoc> {
  const enterpriseId = ctx.caller.user?.enterpriseId
  if (ctx.caller.role !== 'entrepreneur' || !enterpriseId) fail('NOT_BOUND')
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).doc(enterpriseId).get()
  if (!data) fail('NOT_BOUND', '未找到您绑定的企业，请重新绑定')
  return data as EnterpriseDoc
}

/** the enterprise's change request still being handled, if any */
async function openChangeRequest(ctx: ActionContext, enterpriseId: string): Promise<StewardChangeRequest | null> {
  const { data } = await ctx.db
    .collection(COLLECTIONS.cases)
    .where({ enterpriseId, [CHANGE_REQUEST_FLAG]: true, open: true })
    .orderBy('createdAt', 'desc')
    .field({ _id: true, number: true })
    .limit(1)
    .get()
  const found = data[0] as Pick<CaseDoc, '_id' | 'number'> | undefined
  return found ? { caseId: found._id, number: found.number } : null
}

export async function mySteward(ctx: ActionContext): Promise<MySteward> {
  const enterprise = await ownEnterprise(ctx)
  const [steward, changeRequest, viewer] = await Promise.all([enterpriseSteward(ctx.db, enterprise), openChangeRequest(ctx, enterprise._id), viewerOf(ctx)])
  if (!steward) return { steward: null, changeRequest }
  const [card] = await toCards(ctx.db, [steward as StewardUserDoc], viewer)
  return { steward: card, changeRequest }
}

export async function requestStewardChange(ctx: ActionContext, input: { reason: string }): Promise<CaseDetail> {
  const enterprise = await ownEnterprise(ctx)
  const steward = await enterpriseSteward(ctx.db, enterprise)
  if (!steward) fail('NO_STEWARD', '贵企业暂未分配企业管家，无需申请更换；如需服务请直接咨询')
  if (await openChangeRequest(ctx, enterprise._id)) fail('STEWARD_CHANGE_PENDING')
  return createCase(ctx, {
    type: 'complaint',
    category: '企业管家',
    text: input.reason,
    attachments: [],
    aboutSteward: true,
    extra: { [CHANGE_REQUEST_FLAG]: true }
  })
}
