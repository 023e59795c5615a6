/** Stored slot → what the caller reads; the caller's own booking fills mine/myTopic. */
import type { AppointmentSlot } from '../../../../../types'
import type { BookingDoc, SlotDoc } from './docs'

/** the page listing slots and the caller's bookings (src/packages/service) */
export const APPOINTMENTS_LINK = '/packages/service/appointments/index'

export function toSlot(doc: SlotDoc, mine: BookingDoc | null | undefined): AppointmentSlot {
  const holds = mine?.status === 'booked'
  return {
    _id: doc._id,
    kind: doc.kind,
    title: doc.title,
    host: doc.host,
    place: doc.place,
    startsAt: doc.startsAt,
    endsAt: doc.endsAt,
    capacity: doc.capacity,
    booked: doc.booked,
    parkId: doc.parkId ?? null,
    mine: holds,
    myTopic: holds ? (mine as BookingDoc).topic : null
  }
}

/** '11月25日 09:30' in Beijing time, whatever the machine's time zone */
export function beijingMoment(iso: string): string {
  const b = new Date(new Date(iso).getTime() + 8 * 3600_000).toISOString()
  return `${Number(b.slice(5, 7))}月${Number(b.slice(8, 10))}日 ${b.slice(11, 16)}`
}
