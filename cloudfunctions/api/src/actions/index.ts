import type { ActionTable } from './define'
import { accountActions } from './account'
import { calendarActions } from './calendar'
import { caseActions } from './case'
import { contentActions } from './content'
import { inviteActions } from './invite'
import { notificationActions } from './notification'
import { enterpriseActions } from './enterprise'
import { serviceActions } from './service'
import { appointmentActions } from './appointment'
import { policyActions } from './policy'

/** Every action the router knows; the type makes a missing handler a compile error. */
export const ACTIONS: ActionTable = {
  ...accountActions,
  ...inviteActions,
  ...contentActions,
  ...notificationActions,
  ...calendarActions,
  ...caseActions,
  ...enterpriseActions,
  ...serviceActions,
  ...appointmentActions,
  ...policyActions
}
