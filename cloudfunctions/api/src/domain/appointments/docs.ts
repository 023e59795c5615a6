/** Stored shapes of 企业接待日 / 早餐会 slots and their bookings. */
import type { AppointmentKind } from '../../../../../types'

export interface SlotDoc {
  _id: string
  kind: AppointmentKind
  title: string
  host: string
  place: string
  /** UTC ISO instants */
  startsAt: string
  endsAt: string
  capacity: number
  /** seats taken: always equal to the slot's bookings with status 'booked' (both change in one transaction) */
  booked: number
  /** null or absent: a city-level session (the city admin's); otherwise the park that holds it */
  parkId?: string | null
  createdById: string | null
  createdByName: string
  createdAt: string
}

/** one enterprise's seat: _id = bookingId(slotId, enterpriseId), so an enterprise can hold only one */
export interface BookingDoc {
  _id: string
  slotId: string
  enterpriseId: string
  enterpriseName: string
  bookerId: string
  bookerName: string
  bookerPhone: string
  topic: string
  /** a cancelled booking stays as a record; booking again reuses the document */
  status: 'booked' | 'cancelled'
  bookedAt: string
  cancelledAt: string | null
  cancelledById: string | null
}

export const bookingId = (slotId: string, enterpriseId: string): string => `${slotId}_${enterpriseId}`
