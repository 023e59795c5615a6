/**
 * The slot list: slots not yet over first (soonest first), then past ones (latest
 * first), paged across both as one list. `mine` marks the caller's enterprise's seats.
 */
import type { AppointmentKind, AppointmentSlot, Page } from '../../../../../types'
import type { Query } from '../../db/port'
import type { ActionContext } from '../context'
import { COLLECTIONS } from '../docs'
import type { BookingDoc, SlotDoc } from './docs'
import { toSlot } from './views'

interface ListInput {
  kind?: AppointmentKind
  page: number
  pageSize: number
}

/** `take` items of `query` from `skip` on; nothing when take is 0 */
async function window(query: Query, skip: number, take: number): Promise<SlotDoc[]> {
  if (take <= 0) return []
  const { data } = await query.skip(skip).limit(take).get()
  return data as unknown as SlotDoc[]
}

async function myBookings(ctx: ActionContext, slotIds: string[]): Promise<Map<string, BookingDoc>> {
  const enterpriseId = ctx.caller.user?.enterpriseId
  if (!enterpriseId || slotIds.length === 0) return new Map()
  const _ = ctx.db.command
  const { data } = await ctx.db
    .collection(COLLECTIONS.bookings)
    .where({ enterpriseId, slotId: _.in(slotIds), status: 'booked' })
    .limit(slotIds.length)
    .get()
  return new Map((data as unknown as BookingDoc[]).map((b) => [b.slotId, b]))
}

export async function listSlots(ctx: ActionContext, input: ListInput): Promise<Page<AppointmentSlot>> {
  const _ = ctx.db.command
  const now = ctx.clock.now().toISOString()
  const kind = input.kind ? { kind: input.kind } : {}
  const slots = ctx.db.collection(COLLECTIONS.slots)
  const upcoming = slots.where({ ...kind, endsAt: _.gt(now) }).orderBy('startsAt', 'asc').orderBy('_id', 'asc')
  const past = slots.where({ ...kind, endsAt: _.lte(now) }).orderBy('startsAt', 'desc').orderBy('_id', 'desc')
  const [{ total: upTotal }, { total: pastTotal }] = await Promise.all([upcoming.count(), past.count()])

  const skip = (input.page - 1) * input.pageSize
  const fromUpcoming = await window(upcoming, skip, Math.min(input.pageSize, upTotal - skip))
  const pastSkip = Math.max(0, skip - upTotal)
  const fromPast = await window(past, pastSkip, input.pageSize - fromUpcoming.length)
  const docs = [...fromUpcoming, ...fromPast]

  const mine = await myBookings(ctx, docs.map((d) => d._id))
  const total = upTotal + pastTotal
  return {
    items: docs.map((d) => toSlot(d, mine.get(d._id))),
    total,
    page: input.page,
    pageSize: input.pageSize,
    hasMore: input.page * input.pageSize < total
  }
}
