import type { ActionTable } from './define'
import { loadRateLimits, setRateLimits } from '../limits'

/** Limits on abuse are city-wide rules: the city admin alone reads and sets them. */
export const trustActions: Pick<ActionTable, 'settings.getRateLimits' | 'settings.setRateLimits'> = {
  'settings.getRateLimits': { roles: ['admin'], handler: (ctx) => loadRateLimits(ctx.db) },
  'settings.setRateLimits': { roles: ['admin'], handler: (ctx, input) => setRateLimits(ctx, input) }
}
