/**
 * Stored shapes of 管家团队. A steward's card fields live on their own `users` document
 * (see StewardCardFields): name, phone, park and role are already there, so the
 * directory is one query over `users` with no second copy of the name to keep in step,
 * and a steward whose role ends leaves the directory with it.
 */
import type { StewardCardFields } from '../../../../../types'
import type { UserDoc } from '../docs'

export const STEWARD_COLLECTIONS = {
  /** append-only: one document per enterprise whose steward changed */
  assignments: 'stewardAssignments'
} as const

/** a user document with the card fields, absent until the steward (or the seed) fills them in */
export type StewardUserDoc = UserDoc & Partial<StewardCardFields>

export interface AssignmentDoc {
  _id: string
  enterpriseId: string
  enterpriseName: string
  parkId: string
  fromStewardId: string | null
  fromStewardName: string | null
  toStewardId: string
  toStewardName: string
  byId: string
  byName: string
  reason: string
  at: string
}

/** marks a complaint case as an enterprise's request for another steward */
export const CHANGE_REQUEST_FLAG = 'stewardChange'
