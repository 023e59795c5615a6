/** The caller as a poster or requester: a bound entrepreneur whose enterprise exists. */
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type ParkDoc } from '../docs'
import { fail } from '../errors'

export interface Member {
  userId: string
  name: string
  enterpriseId: string
  enterpriseName: string
  parkId: string
  parkName: string
}

export async function memberOf(ctx: ActionContext, what = '发布商圈信息'): Promise<Member> {
  const me = ctx.caller.user
  if (ctx.caller.role !== 'entrepreneur' || !me?.enterpriseId) fail('NOT_BOUND', `请先绑定企业再${what}`)
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).doc(me.enterpriseId).get()
  const enterprise = data as EnterpriseDoc | null
  if (!enterprise) fail('NOT_BOUND', '未找到您绑定的企业，请重新绑定')
  const park = (await ctx.db.collection(COLLECTIONS.parks).doc(enterprise.parkId).get()).data as ParkDoc | null
  return {
    userId: me._id,
    name: me.name || '企业用户',
    enterpriseId: enterprise._id,
    enterpriseName: enterprise.name,
    parkId: enterprise.parkId,
    parkName: park?.name ?? ''
  }
}
