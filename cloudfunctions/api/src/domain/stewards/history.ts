/** The assignment history, newest first, within the manager's scope. */
import type { Page, StewardAssignment } from '../../../../../types'
import type { Condition } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { fail } from '../errors'
import { pageOf } from '../paging'
import { STEWARD_COLLECTIONS } from './docs'
import { assertInScope, managerScope } from './scope'

export interface HistoryQuery {
  enterpriseId?: string
  stewardId?: string
  page: number
  pageSize: number
}

export async function listAssignments(ctx: ActionContext, input: HistoryQuery): Promise<Page<StewardAssignment>> {
  const { db } = ctx
  const _ = db.command
  const scope = managerScope(ctx.caller)
  const conds: Condition[] = []
  if (scope.kind === 'park') conds.push({ parkId: scope.parkId })
  if (input.enterpriseId) {
    const { data } = await db.collection(COLLECTIONS.enterprises).doc(input.enterpriseId).get()
    if (!data) fail('NOT_FOUND', '未找到该企业')
    assertInScope(scope, (data as EnterpriseDoc).parkId, '只能查看本园区企业的管家变更记录', 'enterpriseId')
    conds.push({ enterpriseId: input.enterpriseId })
  }
  if (input.stewardId) {
    const { data } = await db.collection(COLLECTIONS.users).doc(input.stewardId).get()
    // a steward who has since left still has a history; one of another park is not ours to read
    if (data) assertInScope(scope, (data as UserDoc).parkId, '只能查看本园区管家的变更记录', 'stewardId')
    conds.push(_.or([{ fromStewardId: input.stewardId }, { toStewardId: input.stewardId }]))
  }
  const coll = db.collection(STEWARD_COLLECTIONS.assignments)
  const query = (conds.length > 0 ? coll.where(_.and(conds)) : coll).orderBy('at', 'desc')
  return pageOf(query, input.page, input.pageSize, (d) => d as unknown as StewardAssignment)
}
