/** Stored shapes of the policy library's own collections (names in domain/docs.ts COLLECTIONS). */
import type { PolicyCategory } from '../../../../../types'

/** _id = `${userId}_${policyId}` */
export interface FavouriteDoc {
  _id: string
  userId: string
  policyId: string
  createdAt: string
}

/** _id = user id (guests too: derived from the openid) */
export interface FollowDoc {
  _id: string
  categories: PolicyCategory[]
  updatedAt: string
}

/** _id = `${userId}_${policyId}_${daysBefore}`: written with the reminder, so each is sent once */
export interface PolicyReminderDoc {
  _id: string
  userId: string
  policyId: string
  daysBefore: number
  applyUntil: string
  sentAt: string
}

export const favouriteId = (userId: string, policyId: string): string => `${userId}_${policyId}`
export const reminderId = (userId: string, policyId: string, daysBefore: number): string => `${userId}_${policyId}_${daysBefore}`
