import type { EligibilityCriteria, EnterpriseProfile, MatchCondition, MatchResult, MatchVerdict } from '../../../../../types'
import { conditionsFor, type ParkNames } from './conditions'

/**
 * Conditions an enterprise cannot meet by updating its profile or by waiting a while:
 * it would have to move, change trade or size, or grow younger. When one of these is
 * unmet the policy is never 'almost'. (Unknown is different: the fact is just missing.)
 */
const FIXED_WHEN_UNMET = new Set<MatchCondition['key']>(['industries', 'scales', 'parkIds', 'maxYearsFounded'])

/**
 * The verdict rule:
 * - eligible: every condition is met (a policy without criteria is eligible to all);
 * - almost: exactly one condition is not met, and it is either unknown (a fact the
 *   profile lacks) or unmet on something the enterprise can change — founding age still
 *   to come (minYearsFounded), employees, revenue or a tag; an unmet industry, scale,
 *   park or maximum age is never 'almost';
 * - ineligible: everything else.
 */
export function verdictOf(conditions: MatchCondition[]): MatchVerdict {
  const open = conditions.filter((c) => c.state !== 'met')
  if (open.length === 0) return 'eligible'
  if (open.length === 1 && (open[0].state === 'unknown' || !FIXED_WHEN_UNMET.has(open[0].key))) return 'almost'
  return 'ineligible'
}

/**
 * Matches an enterprise against a policy's criteria. Pure: `today` is the Beijing
 * calendar day 'YYYY-MM-DD'; `parkNames` (id → name) lets park conditions name parks.
 */
export function matchPolicy(profile: EnterpriseProfile, criteria: EligibilityCriteria, today: string, parkNames?: ParkNames): MatchResult {
  const conditions = conditionsFor(profile, criteria ?? {}, today, parkNames)
  return { verdict: verdictOf(conditions), conditions }
}
