import type { ActionTable } from './define'
import { EVERYONE } from './define'
import { describeMe, updateProfile } from '../domain/accounts'
import { redeemInvite } from '../domain/invites'

/** Becoming a member of an enterprise is a request now: see membership.ts. */
export const accountActions: Pick<ActionTable, 'session.me' | 'account.redeemInvite' | 'account.updateProfile'> = {
  'session.me': {
    roles: EVERYONE,
    handler: (ctx) => describeMe(ctx, ctx.caller.user)
  },
  'account.redeemInvite': {
    roles: ['guest'],
    handler: async (ctx, input) => describeMe(ctx, await redeemInvite(ctx, input))
  },
  'account.updateProfile': {
    roles: EVERYONE,
    handler: async (ctx, input) => describeMe(ctx, await updateProfile(ctx, input))
  }
}
