import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import { bookSlot, cancelBooking, createSlot, listSlots } from '../domain/appointments'

const ENTERPRISE: readonly Role[] = ['entrepreneur']

type AppointmentActionName = 'appointment.slots' | 'appointment.book' | 'appointment.cancel' | 'appointment.createSlot'

export const appointmentActions: Pick<ActionTable, AppointmentActionName> = {
  'appointment.slots': { roles: EVERYONE, handler: (ctx, input) => listSlots(ctx, input) },
  'appointment.book': { roles: ENTERPRISE, handler: (ctx, input) => bookSlot(ctx, input) },
  'appointment.cancel': { roles: ENTERPRISE, handler: (ctx, input) => cancelBooking(ctx, input) },
  'appointment.createSlot': { roles: MANAGERS, handler: (ctx, input) => createSlot(ctx, input) }
}
