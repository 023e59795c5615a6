/**
 * Stored shapes of 管家团队. A steward's card fields live on their own `users` document
 * (see StewardCardFields): name, phone, park and role are already there, so the
 * directory is one query over `users` with no second copy of the name to keep in step,
 * and a steward whose role ends leaves the directory with it.
 */
import type { StewardAssignment, StewardCardFields } from '../../../../../types'
import type { UserDoc } from '../docs'

export const STEWARD_COLLECTIONS = {
  /** append-only: one document per enterprise whose steward changed */
  assignments: 'stewardAssignments'
} as const

/** a user document with the card fields, absent until the steward (or the seed) fills them in */
export type StewardUserDoc = UserDoc & Partial<StewardCardFields>

/** stored exactly as the client sees it (append-only history) */
export type AssignmentDoc = StewardAssignment

/** marks a complaint case as an enterprise's request for another steward */
export const CHANGE_REQUEST_FLAG = 'stewardChange'
