import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { ownProfile, profileHistory, updateProfile } from '../domain/enterprises'
import { recommendPolicies } from '../domain/matching'

/**
 * Guests are let through to hear NOT_BOUND ("bind your enterprise first"); staff are
 * refused outright. The profile belongs to the enterprise's own users: stewards and
 * park managers have no action that reads it here.
 */
const ENTERPRISE_OR_GUEST: readonly Role[] = ['guest', 'entrepreneur']

export const enterpriseActions: Pick<
  ActionTable,
  'enterprise.profile' | 'enterprise.updateProfile' | 'enterprise.profileHistory' | 'policy.recommend'
> = {
  'enterprise.profile': { roles: ENTERPRISE_OR_GUEST, handler: (ctx) => ownProfile(ctx) },
  'enterprise.updateProfile': { roles: ENTERPRISE_OR_GUEST, handler: (ctx, input) => updateProfile(ctx, input) },
  'enterprise.profileHistory': { roles: ENTERPRISE_OR_GUEST, handler: (ctx, input) => profileHistory(ctx, input) },
  'policy.recommend': { roles: ENTERPRISE_OR_GUEST, handler: (ctx, input) => recommendPolicies(ctx, input) }
}
