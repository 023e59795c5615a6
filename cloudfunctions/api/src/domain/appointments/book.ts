/**
 * Booking and cancelling a seat. The slot's counter and the booking document change
 * in ONE transaction, so `booked` never exceeds the capacity and always equals the
 * number of live bookings, however many enterprises book at once.
 */
import type { AppointmentSlot } from '../../../../../types'
import type { Database, Transaction } from '../../db/port'
import { queued } from '../cases/numbers'
import type { ActionContext, Clock } from '../context'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { addNotifications } from '../notifications'
import { bookingId, type BookingDoc, type SlotDoc } from './docs'
import { SLOT_TX_TIMES, withBackoff } from './retry'
import { APPOINTMENTS_LINK, beijingMoment, toSlot } from './views'

export interface Booker {
  userId: string
  name: string
  phone: string
  enterpriseId: string
  enterpriseName: string
}

const slotQueue = (slotId: string): string => `slot:${slotId}`

async function readSlot(tx: Transaction, slotId: string): Promise<SlotDoc> {
  const { data } = await tx.collection(COLLECTIONS.slots).doc(slotId).get()
  if (!data) throw new DomainError('NOT_FOUND', '该场次不存在或已取消', 'slotId')
  return data as SlotDoc
}

const started = (slot: SlotDoc, now: Date): boolean => now.toISOString() >= slot.startsAt

/** The caller as a booker: a bound entrepreneur whose enterprise exists. */
export async function bookerOf(ctx: ActionContext): Promise<Booker> {
  const me = ctx.caller.user as UserDoc | null
  if (!me?.enterpriseId) fail('NOT_BOUND', '请先绑定企业再预约')
  const { data } = await ctx.db.collection(COLLECTIONS.enterprises).doc(me.enterpriseId).get()
  const enterprise = data as EnterpriseDoc | null
  if (!enterprise) fail('NOT_BOUND', '未找到您绑定的企业，请重新绑定')
  return { userId: me._id, name: me.name || '企业用户', phone: me.phone, enterpriseId: enterprise._id, enterpriseName: enterprise.name }
}

/**
 * One booking attempt, unqueued: what another instance would run. Answers the slot
 * with the seat, or refuses with SLOT_CLOSED / ALREADY_BOOKED / SLOT_FULL.
 */
export function bookSeat(db: Database, clock: Clock, booker: Booker, slotId: string, topic: string): Promise<AppointmentSlot> {
  return withBackoff(() =>
    db.runTransaction(async (tx) => {
      const now = clock.now()
      const slot = await readSlot(tx, slotId)
      if (started(slot, now)) throw new DomainError('SLOT_CLOSED', undefined, 'slotId')
      const ref = tx.collection(COLLECTIONS.bookings).doc(bookingId(slotId, booker.enterpriseId))
      const { data } = await ref.get()
      if ((data as BookingDoc | null)?.status === 'booked') throw new DomainError('ALREADY_BOOKED', undefined, 'slotId')
      if (slot.booked >= slot.capacity) throw new DomainError('SLOT_FULL', undefined, 'slotId')

      const booking: Omit<BookingDoc, '_id'> = {
        slotId,
        enterpriseId: booker.enterpriseId,
        enterpriseName: booker.enterpriseName,
        bookerId: booker.userId,
        bookerName: booker.name,
        bookerPhone: booker.phone,
        topic,
        status: 'booked',
        bookedAt: now.toISOString(),
        cancelledAt: null,
        cancelledById: null
      }
      await ref.set({ data: booking })
      const next: SlotDoc = { ...slot, booked: slot.booked + 1 }
      await tx.collection(COLLECTIONS.slots).doc(slotId).update({ data: { booked: next.booked } })
      await addNotifications(
        tx,
        [{ userId: booker.userId, kind: 'system', title: `${slot.kind}预约成功`, body: `${slot.title}，${beijingMoment(slot.startsAt)}，${slot.place}`, link: APPOINTMENTS_LINK }],
        now
      )
      return toSlot(next, { _id: bookingId(slotId, booker.enterpriseId), ...booking })
    }, SLOT_TX_TIMES)
  )
}

export async function bookSlot(ctx: ActionContext, input: { slotId: string; topic: string }): Promise<AppointmentSlot> {
  const booker = await bookerOf(ctx)
  return queued(slotQueue(input.slotId), () => bookSeat(ctx.db, ctx.clock, booker, input.slotId, input.topic))
}

/**
 * Gives the caller's enterprise's seat back before the slot starts. Cancelling what is
 * not (or no longer) booked changes nothing and answers the slot as it is.
 */
export async function cancelBooking(ctx: ActionContext, input: { slotId: string }): Promise<AppointmentSlot> {
  const booker = await bookerOf(ctx)
  const { db, clock } = ctx
  return queued(slotQueue(input.slotId), () =>
    withBackoff(() =>
      db.runTransaction(async (tx) => {
        const now = clock.now()
        const slot = await readSlot(tx, input.slotId)
        const ref = tx.collection(COLLECTIONS.bookings).doc(bookingId(input.slotId, booker.enterpriseId))
        const { data } = await ref.get()
        const booking = data as BookingDoc | null
        if (booking?.status !== 'booked') return toSlot(slot, null)
        if (started(slot, now)) throw new DomainError('SLOT_CLOSED', '该场次已开始，不能再取消预约', 'slotId')

        await ref.update({ data: { status: 'cancelled', cancelledAt: now.toISOString(), cancelledById: booker.userId } })
        const next: SlotDoc = { ...slot, booked: Math.max(0, slot.booked - 1) }
        await tx.collection(COLLECTIONS.slots).doc(slot._id).update({ data: { booked: next.booked } })
        // the colleague who booked hears of it too when someone else of the enterprise cancels
        const told = [...new Set([booking.bookerId, booker.userId])]
        await addNotifications(
          tx,
          told.map((userId) => ({
            userId,
            kind: 'system' as const,
            title: `已取消${slot.kind}预约`,
            body: `${slot.title}，${beijingMoment(slot.startsAt)}${userId === booker.userId ? '' : `（由${booker.name}取消）`}`,
            link: APPOINTMENTS_LINK
          })),
          now
        )
        return toSlot(next, null)
      }, SLOT_TX_TIMES)
    )
  )
}
