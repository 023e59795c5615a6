import type { ActionTable } from './define'
import { accountActions } from './account'
import { contentActions } from './content'
import { inviteActions } from './invite'

/** Every action the router knows; the type makes a missing handler a compile error. */
export const ACTIONS: ActionTable = {
  ...accountActions,
  ...inviteActions,
  ...contentActions
}
