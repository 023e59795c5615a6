/**
 * 涉企政策: the policy library. Other domains use these; actions/policy.ts wires the rest.
 */
export { toSummary, policyStatus, applicationWindow, EXPIRING_WITHIN_DAYS } from './summary'
export { loadPublishedPolicies, loadPolicy } from './load'
export { sanitizePolicyHtml, htmlToText } from './sanitize'
