import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE } from './define'
import { describeMe } from '../domain/accounts'
import {
  applyForMembership,
  approveMembership,
  createMemberInvite,
  getMembership,
  leaveEnterprise,
  licenseAuth,
  listMemberInvites,
  listMembers,
  membershipCounts,
  membershipQueue,
  redeemMemberInvite,
  rejectMembership,
  removeMember,
  revokeMemberInvite,
  setMemberAdmin,
  withdrawMembership
} from '../domain/membership'

const STAFF: readonly Role[] = ['steward', 'manager', 'admin']
/** the enterprise's own 企业管理员 (checked in the domain) */
const ENTERPRISE: readonly Role[] = ['entrepreneur']
/** the enterprise's admin or the staff in scope (checked in the domain) */
const MEMBER_MANAGERS: readonly Role[] = ['entrepreneur', ...STAFF]

type MembershipActionName =
  | 'membership.apply'
  | 'membership.withdraw'
  | 'membership.leave'
  | 'membership.queue'
  | 'membership.counts'
  | 'membership.get'
  | 'membership.approve'
  | 'membership.reject'
  | 'membership.members'
  | 'membership.remove'
  | 'membership.setAdmin'
  | 'membership.createInvite'
  | 'membership.invites'
  | 'membership.revokeInvite'
  | 'membership.redeem'
  | 'membership.licenseAuth'

export const membershipActions: Pick<ActionTable, MembershipActionName> = {
  // open to every role so that staff hear ROLE_CONFLICT and members ALREADY_BOUND, which say why
  'membership.apply': { roles: EVERYONE, handler: async (ctx, input) => describeMe(ctx, await applyForMembership(ctx, input)) },
  'membership.withdraw': { roles: ['guest'], handler: async (ctx) => describeMe(ctx, await withdrawMembership(ctx)) },
  'membership.leave': { roles: ENTERPRISE, handler: async (ctx) => describeMe(ctx, await leaveEnterprise(ctx)) },
  'membership.queue': { roles: STAFF, handler: (ctx, input) => membershipQueue(ctx, input) },
  'membership.counts': { roles: STAFF, handler: (ctx) => membershipCounts(ctx) },
  // the applicant (any role), staff in scope, or the enterprise's admin
  'membership.get': { roles: EVERYONE, handler: (ctx, input) => getMembership(ctx, input.id) },
  'membership.approve': { roles: STAFF, handler: (ctx, input) => approveMembership(ctx, input.id) },
  'membership.reject': { roles: STAFF, handler: (ctx, input) => rejectMembership(ctx, input) },
  'membership.members': { roles: MEMBER_MANAGERS, handler: (ctx, input) => listMembers(ctx, input) },
  'membership.remove': { roles: MEMBER_MANAGERS, handler: (ctx, input) => removeMember(ctx, input) },
  'membership.setAdmin': { roles: MEMBER_MANAGERS, handler: (ctx, input) => setMemberAdmin(ctx, input) },
  'membership.createInvite': { roles: ENTERPRISE, handler: (ctx, input) => createMemberInvite(ctx, input) },
  'membership.invites': { roles: ENTERPRISE, handler: (ctx, input) => listMemberInvites(ctx, input) },
  'membership.revokeInvite': { roles: ENTERPRISE, handler: (ctx, input) => revokeMemberInvite(ctx, input) },
  'membership.redeem': { roles: EVERYONE, handler: async (ctx, input) => describeMe(ctx, await redeemMemberInvite(ctx, input)) },
  'membership.licenseAuth': { roles: EVERYONE, handler: async (ctx, input) => describeMe(ctx, await licenseAuth(ctx, input)) }
}
