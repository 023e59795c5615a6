import type { ActionTable } from './define'
import { lectureActions } from './lecture'
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
import { circleActions } from './circle'
import { stewardActions } from './steward'
import { publishingActions } from './publishing'
import { trustActions } from './trust'
import { membershipActions } from './membership'

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
  ...policyActions,
  ...stewardActions,
  ...lectureActions,
  ...circleActions,
  ...publishingActions,
  ...membershipActions,
  ...trustActions
}
