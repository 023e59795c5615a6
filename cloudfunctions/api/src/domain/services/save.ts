/**
 * Managers create and edit catalogue entries. Material keys identify uploads in an
 * application, so they must be unique within a service; every save is audited in the
 * same transaction as the write.
 */
import { randomBytes } from 'node:crypto'
import { SERVICE_CATEGORIES, SERVICE_MODES, type ParsedRequest, type ServiceDetail } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { checkParkTarget, managerScope, targetPark } from '../scope'
import type { ServiceDoc } from './docs'
import { toServiceDetail } from './views'

export type ServiceFields = Omit<ParsedRequest<'service.save'>, 'id'>

export interface ServiceActor {
  id: string | null
  name: string
}

export const newServiceId = (): string => 'svc' + randomBytes(10).toString('hex')

function firstDuplicate(values: string[]): string | null {
  const seen = new Set<string>()
  for (const v of values) {
    if (seen.has(v)) return v
    seen.add(v)
  }
  return null
}

/** Checks that need no database: unique material keys and names. */
export function checkServiceFields(fields: ServiceFields): void {
  const key = firstDuplicate(fields.materials.map((m) => m.key))
  if (key) fail('INVALID_INPUT', `材料编号“${key}”重复，每项材料的编号须唯一`, 'materials')
  const name = firstDuplicate(fields.materials.map((m) => m.name))
  // the names are what an applicant is told is missing: two alike would be ambiguous
  if (name) fail('INVALID_INPUT', `材料“${name}”重复，请合并或改名`, 'materials')
}

/**
 * The stored document for `fields`; `existing` keeps creation facts on an update.
 * Exported so demo data is stored in exactly the shape the app writes.
 */
export function buildServiceDoc(id: string, fields: ServiceFields, actor: ServiceActor, now: Date, existing?: ServiceDoc | null): ServiceDoc {
  const at = now.toISOString()
  return {
    _id: id,
    name: fields.name,
    category: fields.category,
    categoryRank: SERVICE_CATEGORIES.indexOf(fields.category),
    department: fields.department,
    promisedDays: fields.promisedDays,
    fee: fields.fee,
    // catalogue order, once each, whatever order they were ticked in
    modes: SERVICE_MODES.filter((m) => fields.modes.includes(m)),
    summary: fields.summary,
    guide: fields.guide,
    materials: fields.materials.map((m) => ({ key: m.key, name: m.name, required: m.required, note: m.note })),
    policyIds: [...new Set(fields.policyIds)],
    active: fields.active,
    parkId: fields.parkId !== undefined ? fields.parkId : (existing?.parkId ?? null),
    createdById: existing ? existing.createdById : actor.id,
    createdByName: existing ? existing.createdByName : actor.name,
    createdAt: existing ? existing.createdAt : at,
    updatedById: actor.id,
    updatedByName: actor.name,
    updatedAt: at
  }
}

async function checkPolicies(ctx: ActionContext, ids: string[]): Promise<void> {
  for (const id of new Set(ids)) {
    const { data } = await ctx.db.collection(COLLECTIONS.policies).doc(id).get()
    if (!data) fail('INVALID_INPUT', `关联政策“${id}”不存在`, 'policyIds')
  }
}

export async function saveService(ctx: ActionContext, input: ParsedRequest<'service.save'>): Promise<ServiceDetail> {
  const { id: givenId, ...asked } = input
  const scope = managerScope(ctx.caller)
  const fields: ServiceFields = { ...asked }
  // a new service, or a move: the park asked for (a park manager only their own); by default a new one is the manager's park's
  if (!givenId || asked.parkId !== undefined) fields.parkId = await targetPark(ctx, scope, asked.parkId, '服务')
  checkServiceFields(fields)
  await checkPolicies(ctx, fields.policyIds)
  const me = ctx.caller.user as UserDoc
  const actor = { id: me._id, name: me.name || '管理员' }
  const now = ctx.clock.now()
  const id = givenId ?? newServiceId()
  const doc = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.services).doc(id)
    const { data } = await ref.get()
    const existing = data as ServiceDoc | null
    if (givenId && !existing) throw new DomainError('NOT_FOUND', '该服务不存在或已被删除', 'id')
    // an edit needs the scope of the park the service belongs to now (city-level: the city admin)
    if (existing) checkParkTarget(scope, existing.parkId ?? null, '服务')
    const next = buildServiceDoc(id, fields, actor, now, existing)
    const { _id, ...rest } = next
    await ref.set({ data: rest })
    await tx.collection(COLLECTIONS.audit).add({
      data: {
        actorId: me._id,
        action: 'service.save',
        target: id,
        detail: { created: !existing, name: next.name, active: next.active, materials: next.materials.map((m) => m.key) },
        at: now.toISOString()
      }
    })
    return next
  })
  return toServiceDetail(doc)
}
