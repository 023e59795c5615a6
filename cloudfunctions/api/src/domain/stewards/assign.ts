/**
 * Bulk assignment of a steward to enterprises. Everything is checked before anything is
 * written (a refused batch writes nothing); then every changed enterprise, its history
 * record, the audit entry and the notifications land in one transaction. Open cases stay
 * with whoever holds them: only new consultations follow the new steward (routing reads
 * enterprises.stewardId), and the result says so.
 */
import type { StewardAssignment, StewardAssignResult } from '../../../../../types'
import type { Transaction } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { fail } from '../errors'
import { addNotifications, type NewNotification } from '../notifications'
import { ownId } from '../policies/scope'
import { STEWARD_COLLECTIONS, type AssignmentDoc } from './docs'
import { assertInScope, managerScope } from './scope'

export interface AssignInput {
  stewardId: string
  enterpriseIds: string[]
  reason: string
}

const stewardLink = (id: string) => `/packages/steward/detail/index?id=${encodeURIComponent(id)}`

async function loadTargets(ctx: ActionContext, input: AssignInput): Promise<{ steward: UserDoc; enterprises: EnterpriseDoc[] }> {
  const { db } = ctx
  const scope = managerScope(ctx.caller)
  const { data } = await db.collection(COLLECTIONS.users).doc(input.stewardId).get()
  const steward = data as UserDoc | null
  if (!steward || steward.role !== 'steward') fail('ASSIGNEE_INVALID', '所选人员不是企业管家', 'stewardId')
  assertInScope(scope, steward.parkId, '只能指派本园区的企业管家', 'stewardId')

  const _ = db.command
  const found = await db.collection(COLLECTIONS.enterprises).where({ _id: _.in(input.enterpriseIds) }).limit(input.enterpriseIds.length).get()
  const byId = new Map((found.data as unknown as EnterpriseDoc[]).map((e) => [e._id, e]))
  const missing = input.enterpriseIds.filter((id) => !byId.has(id))
  if (missing.length > 0) fail('NOT_FOUND', `有${missing.length}家企业不存在，请刷新后重新选择`, 'enterpriseIds')
  const enterprises = input.enterpriseIds.map((id) => byId.get(id) as EnterpriseDoc)
  for (const e of enterprises) assertInScope(scope, e.parkId, `只能为本园区的企业指派管家（“${e.name}”不属于本园区）`, 'enterpriseIds')
  // a park steward serves their own park; a city-level steward (no park) may serve any
  const elsewhere = steward.parkId ? enterprises.find((e) => e.parkId !== steward.parkId) : undefined
  if (elsewhere) fail('INVALID_INPUT', `“${elsewhere.name}”不在${steward.name}所属园区，请选择该园区的管家`, 'enterpriseIds')
  return { steward, enterprises }
}

/** names of the stewards the enterprises had before, read up front (no queries inside a transaction) */
async function namesOf(ctx: ActionContext, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const _ = ctx.db.command
  const { data } = await ctx.db.collection(COLLECTIONS.users).where({ _id: _.in(ids) }).field({ _id: true, name: true }).limit(ids.length).get()
  return new Map(data.map((u) => [u._id, String(u.name)]))
}

/** the users of these enterprises, to tell them who their steward is now */
async function entrepreneursOf(ctx: ActionContext, enterpriseIds: string[]): Promise<Array<Pick<UserDoc, '_id' | 'enterpriseId'>>> {
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection(COLLECTIONS.users)
    .where({ enterpriseId: _.in(enterpriseIds), role: 'entrepreneur' })
    .field({ _id: true, enterpriseId: true })
    .limit(1000)
    .get()
  return data as unknown as Array<Pick<UserDoc, '_id' | 'enterpriseId'>>
}

function noticesFor(steward: UserDoc, records: StewardAssignment[], users: Array<Pick<UserDoc, '_id' | 'enterpriseId'>>): NewNotification[] {
  const out: NewNotification[] = [
    {
      userId: steward._id,
      kind: 'system',
      title: `您新增负责${records.length}家企业`,
      body: records.map((r) => r.enterpriseName).join('、'),
      link: stewardLink(steward._id)
    }
  ]
  const lost = new Map<string, string[]>()
  for (const r of records) if (r.fromStewardId) lost.set(r.fromStewardId, [...(lost.get(r.fromStewardId) ?? []), r.enterpriseName])
  for (const [userId, names] of lost) {
    out.push({ userId, kind: 'system', title: `${names.length}家企业已改由${steward.name}负责`, body: `${names.join('、')}。已在办理中的事项仍由您继续办结。`, link: stewardLink(steward._id) })
  }
  const changed = new Set(records.map((r) => r.enterpriseId))
  for (const u of users) {
    if (!u.enterpriseId || !changed.has(u.enterpriseId)) continue
    out.push({ userId: u._id, kind: 'system', title: `贵企业的企业管家已更换为${steward.name}`, body: '今后的咨询将由新管家受理；已提交的事项仍由原承办人办结。', link: stewardLink(steward._id) })
  }
  return out
}

async function writeBatch(ctx: ActionContext, tx: Transaction, steward: UserDoc, input: AssignInput, names: Map<string, string>, at: string) {
  const me = ctx.caller.user
  const records: StewardAssignment[] = []
  for (const id of input.enterpriseIds) {
    // read again inside the transaction: another manager may have just changed it
    const { data } = await tx.collection(COLLECTIONS.enterprises).doc(id).get()
    const ent = data as EnterpriseDoc | null
    if (!ent) fail('NOT_FOUND', '有企业刚刚被删除，请刷新后重新选择', 'enterpriseIds')
    if (ent.stewardId === steward._id) continue
    let fromName: string | null = null
    if (ent.stewardId) {
      fromName = names.get(ent.stewardId) ?? null
      if (fromName === null) fromName = String((await tx.collection(COLLECTIONS.users).doc(ent.stewardId).get()).data?.name ?? '')
    }
    const record: Omit<AssignmentDoc, '_id'> = {
      enterpriseId: ent._id,
      enterpriseName: ent.name,
      parkId: ent.parkId,
      fromStewardId: ent.stewardId,
      fromStewardName: fromName,
      toStewardId: steward._id,
      toStewardName: steward.name,
      byId: ownId(ctx),
      byName: me?.name || '管理员',
      reason: input.reason,
      at
    }
    await tx.collection(COLLECTIONS.enterprises).doc(ent._id).update({ data: { stewardId: steward._id } })
    const { _id } = await tx.collection(STEWARD_COLLECTIONS.assignments).add({ data: record })
    records.push({ _id, ...record })
  }
  return records
}

export async function assignStewards(ctx: ActionContext, input: AssignInput): Promise<StewardAssignResult> {
  const { db } = ctx
  const { steward, enterprises } = await loadTargets(ctx, input)
  const previous = [...new Set(enterprises.map((e) => e.stewardId).filter((id): id is string => !!id && id !== steward._id))]
  const [names, users] = await Promise.all([namesOf(ctx, previous), entrepreneursOf(ctx, input.enterpriseIds)])
  const now = ctx.clock.now()
  const at = now.toISOString()

  const records = await db.runTransaction(async (tx) => {
    const written = await writeBatch(ctx, tx, steward, input, names, at)
    if (written.length === 0) return written
    await tx.collection(COLLECTIONS.audit).add({
      data: { actorId: ownId(ctx), action: 'steward.assign', target: steward._id, detail: { enterpriseIds: written.map((r) => r.enterpriseId), reason: input.reason }, at }
    })
    await addNotifications(tx, noticesFor(steward, written, users), now)
    return written
  })

  const openCasesKept = await countKeptCases(ctx, records)
  return {
    changed: records.length,
    unchanged: input.enterpriseIds.length - records.length,
    openCasesKept,
    note: describe(steward.name, records.length, input.enterpriseIds.length - records.length, openCasesKept),
    records
  }
}

/** open consultations and applications of the changed enterprises still held by their previous steward */
async function countKeptCases(ctx: ActionContext, records: StewardAssignment[]): Promise<number> {
  const from = [...new Set(records.map((r) => r.fromStewardId).filter((id): id is string => !!id))]
  if (from.length === 0) return 0
  const _ = ctx.db.command
  const { total } = await ctx.db
    .collection(COLLECTIONS.cases)
    .where({ enterpriseId: _.in(records.map((r) => r.enterpriseId)), open: true, assigneeId: _.in(from) })
    .count()
  return total
}

function describe(name: string, changed: number, unchanged: number, kept: number): string {
  const parts: string[] = []
  parts.push(changed > 0 ? `已为${changed}家企业指派企业管家${name}` : `所选企业原本就由${name}负责，未作变更`)
  if (changed > 0 && unchanged > 0) parts.push(`另有${unchanged}家原本就由其负责，未作变更`)
  if (changed > 0) {
    parts.push(`今后这些企业新提交的咨询和服务申请将交给${name}`)
    parts.push(kept > 0 ? `已在办理中的${kept}件事项不随之转移，仍由原管家继续办结；如需改派，请在督办台逐件处理` : '已在办理中的事项不随之转移')
  }
  return parts.join('；') + '。'
}
