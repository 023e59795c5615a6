import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import {
  following,
  getPolicies,
  getPolicy,
  importPolicies,
  listFavourites,
  manageList,
  policyCalendar,
  publishPolicy,
  pushPolicy,
  pushPreview,
  savePolicy,
  searchPolicies,
  setFavourite,
  setFollow,
  withdrawPolicy
} from '../domain/policies/actions'

/**
 * 涉企政策. Reading is open to everyone, guests included; favourites, follows and the
 * deadline calendar too (a guest's lists hang off the id derived from their openid), so
 * the library is useful before binding an enterprise. Only managers write policies.
 * 'policy.recommend' is registered with the enterprise actions.
 */
export const policyActions: Omit<Pick<ActionTable, Extract<keyof ActionTable, `policy.${string}`>>, 'policy.recommend'> = {
  'policy.search': { roles: EVERYONE, handler: (ctx, input) => searchPolicies(ctx, input) },
  'policy.get': { roles: EVERYONE, handler: (ctx, input) => getPolicy(ctx, input.id) },
  'policy.getMany': { roles: EVERYONE, handler: (ctx, input) => getPolicies(ctx, input.ids) },
  'policy.favourite': { roles: EVERYONE, handler: (ctx, input) => setFavourite(ctx, input.id, input.on) },
  'policy.favourites': { roles: EVERYONE, handler: (ctx, input) => listFavourites(ctx, input.page, input.pageSize) },
  'policy.follow': { roles: EVERYONE, handler: (ctx, input) => setFollow(ctx, input.category, input.on) },
  'policy.following': { roles: EVERYONE, handler: (ctx) => following(ctx) },
  'policy.calendar': { roles: EVERYONE, handler: (ctx) => policyCalendar(ctx) },
  'policy.manageList': { roles: MANAGERS, handler: (ctx, input) => manageList(ctx, input) },
  'policy.save': { roles: MANAGERS, handler: (ctx, input) => savePolicy(ctx, input) },
  'policy.publish': { roles: MANAGERS, handler: (ctx, input) => publishPolicy(ctx, input.id) },
  'policy.withdraw': { roles: MANAGERS, handler: (ctx, input) => withdrawPolicy(ctx, input.id, input.reason) },
  'policy.pushPreview': { roles: MANAGERS, handler: (ctx, input) => pushPreview(ctx, input.id) },
  'policy.push': { roles: MANAGERS, handler: (ctx, input) => pushPolicy(ctx, input.id, input.note) },
  'policy.import': { roles: MANAGERS, handler: (ctx, input) => importPolicies(ctx, input) }
}
