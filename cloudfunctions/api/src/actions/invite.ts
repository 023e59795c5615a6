import type { ActionTable } from './define'
import { MANAGERS } from './define'
import { createInvite, listInvites, revokeInvite } from '../domain/invites'

export const inviteActions: Pick<ActionTable, 'invite.create' | 'invite.list' | 'invite.revoke'> = {
  'invite.create': { roles: MANAGERS, handler: (ctx, input) => createInvite(ctx, input) },
  'invite.list': { roles: MANAGERS, handler: (ctx, input) => listInvites(ctx, input.page, input.pageSize) },
  'invite.revoke': { roles: MANAGERS, handler: (ctx, input) => revokeInvite(ctx, input.code) }
}
