/** Managers open a 企业接待日 or 早餐会 slot; audited in the same transaction. */
import type { AppointmentSlot, ParsedRequest } from '../../../../../types'
import { randomBytes } from 'node:crypto'
import type { ActionContext } from '../context'
import { COLLECTIONS, type UserDoc } from '../docs'
import { fail } from '../errors'
import { managerScope, targetPark } from '../scope'
import type { SlotDoc } from './docs'
import { toSlot } from './views'

export const newSlotId = (): string => 'slot' + randomBytes(10).toString('hex')

export async function createSlot(ctx: ActionContext, input: ParsedRequest<'appointment.createSlot'>): Promise<AppointmentSlot> {
  // a park manager opens sessions for their own park only; city-level ones are the city admin's
  const parkId = await targetPark(ctx, managerScope(ctx.caller), input.parkId, '预约场次')
  const now = ctx.clock.now()
  // stored as UTC instants whatever offset the client wrote (e.g. +08:00)
  const startsAt = new Date(input.startsAt)
  const endsAt = new Date(input.endsAt)
  if (Number.isNaN(startsAt.getTime())) fail('INVALID_INPUT', '开始时间格式不正确', 'startsAt')
  if (Number.isNaN(endsAt.getTime())) fail('INVALID_INPUT', '结束时间格式不正确', 'endsAt')
  if (startsAt <= now) fail('INVALID_INPUT', '开始时间须晚于当前时间', 'startsAt')
  if (endsAt <= startsAt) fail('INVALID_INPUT', '结束时间须晚于开始时间', 'endsAt')

  const me = ctx.caller.user as UserDoc
  const doc: SlotDoc = {
    _id: newSlotId(),
    kind: input.kind,
    title: input.title,
    host: input.host,
    place: input.place,
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    capacity: input.capacity,
    booked: 0,
    parkId,
    createdById: me._id,
    createdByName: me.name || '管理员',
    createdAt: now.toISOString()
  }
  await ctx.db.runTransaction(async (tx) => {
    await tx.collection(COLLECTIONS.slots).add({ data: doc as unknown as Record<string, unknown> })
    await tx.collection(COLLECTIONS.audit).add({
      data: { actorId: me._id, action: 'appointment.createSlot', target: doc._id, detail: { kind: doc.kind, title: doc.title, startsAt: doc.startsAt, capacity: doc.capacity, parkId }, at: now.toISOString() }
    })
  })
  return toSlot(doc, null)
}
