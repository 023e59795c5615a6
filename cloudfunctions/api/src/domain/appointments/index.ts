/** 企业接待日 and 早餐会: slots with capacity, one seat per enterprise, no overbooking. */
export { bookerOf, bookSeat, bookSlot, cancelBooking, type Booker } from './book'
export { createSlot, newSlotId } from './create'
export { listSlots } from './list'
export { APPOINTMENTS_LINK, toSlot } from './views'
export { bookingId, type BookingDoc, type SlotDoc } from './docs'
