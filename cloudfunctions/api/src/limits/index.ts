/**
 * Limits on abuse: writes counted per account and per IP, by action class, in fixed
 * windows stored through the database port (docs/decisions/0012).
 */
export { consumeRateLimit, countInTransaction, removeExpiredCounters, type RateLimitSubject, type RateLimitVerdict } from './windows'
export { loadRateLimits, mergeRateLimits, setRateLimits, RATE_LIMITS_SETTINGS_ID } from './settings'
export { rateLimitedError, rateLimitMessage } from './message'
