import type { ActionTable } from './define'
import { EVERYONE } from './define'
import { bindEnterprise, describeMe, unbindEnterprise, updateProfile } from '../domain/accounts'
import { redeemInvite } from '../domain/invites'

export const accountActions: Pick<
  ActionTable,
  'session.me' | 'account.bindEnterprise' | 'account.unbindEnterprise' | 'account.redeemInvite' | 'account.updateProfile'
> = {
  'session.me': {
    roles: EVERYONE,
    handler: (ctx) => describeMe(ctx, ctx.caller.user)
  },
  'account.bindEnterprise': {
    // stewards and managers are refused in the domain, with a message that says why
    roles: EVERYONE,
    handler: async (ctx, input) => describeMe(ctx, await bindEnterprise(ctx, input))
  },
  'account.unbindEnterprise': {
    roles: ['entrepreneur'],
    handler: async (ctx) => describeMe(ctx, await unbindEnterprise(ctx))
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
