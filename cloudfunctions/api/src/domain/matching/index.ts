/**
 * Policy–enterprise matching that explains itself: pure verdicts with plain-Chinese
 * conditions, 为我推荐, and telling an enterprise once when a policy starts to fit it.
 */
export { matchPolicy, verdictOf } from './match'
export type { ParkNames } from './conditions'
export { loadParkNames } from './parks'
export { notifyNewlyEligible, type EligibilityScope } from './notify'
export { recommendPolicies, type RecommendInput } from './recommend'
export { matchStateId, type MatchStateDoc } from './docs'
export { loadProfile } from '../enterprises/profile'
