import type { ApplicationWindow, PolicyStatus, PolicySummary } from '../../../../../types'
import type { PolicyDoc } from '../docs'
import { daysBetween } from './dates'

/** a policy whose expiry is this many days away or fewer reads as 即将到期 */
export const EXPIRING_WITHIN_DAYS = 30

export function policyStatus(doc: Pick<PolicyDoc, 'effectiveFrom' | 'expiresOn'>, today: string): PolicyStatus {
  if (doc.expiresOn && doc.expiresOn < today) return 'expired'
  if (doc.effectiveFrom && doc.effectiveFrom > today) return 'not_yet'
  if (doc.expiresOn && daysBetween(today, doc.expiresOn) <= EXPIRING_WITHIN_DAYS) return 'expiring'
  return 'in_force'
}

/** both ends inclusive: a window closing today is still open today (0 days left) */
export function applicationWindow(doc: Pick<PolicyDoc, 'applyFrom' | 'applyUntil'>, today: string): ApplicationWindow {
  if (!doc.applyFrom && !doc.applyUntil) return { state: 'none', daysLeft: null }
  if (doc.applyFrom && doc.applyFrom > today) return { state: 'upcoming', daysLeft: daysBetween(today, doc.applyFrom) }
  if (doc.applyUntil && doc.applyUntil < today) return { state: 'closed', daysLeft: null }
  return { state: 'open', daysLeft: doc.applyUntil ? daysBetween(today, doc.applyUntil) : null }
}

export function toSummary(doc: PolicyDoc, today: string): PolicySummary {
  return {
    _id: doc._id,
    title: doc.title,
    docNumber: doc.docNumber,
    issuer: doc.issuer,
    level: doc.level,
    categories: doc.categories,
    benefitType: doc.benefitType,
    exempt: doc.exempt,
    summary: doc.summary,
    publishedAt: doc.publishedAt,
    effectiveFrom: doc.effectiveFrom,
    expiresOn: doc.expiresOn,
    applyFrom: doc.applyFrom,
    applyUntil: doc.applyUntil,
    status: policyStatus(doc, today),
    window: applicationWindow(doc, today)
  }
}
