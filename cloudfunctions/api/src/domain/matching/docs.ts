import type { MatchVerdict } from '../../../../../types'

/**
 * The last verdict recorded for an enterprise and a policy, _id `${enterpriseId}_${policyId}`.
 * No record reads as "never told it is eligible": only changes are stored.
 */
export interface MatchStateDoc {
  _id: string
  enterpriseId: string
  policyId: string
  verdict: MatchVerdict
  updatedAt: string
}

export const matchStateId = (enterpriseId: string, policyId: string): string => `${enterpriseId}_${policyId}`
