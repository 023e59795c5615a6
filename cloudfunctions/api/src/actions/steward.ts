import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import { assignableEnterprises, assignStewards, getSteward, listAssignments, listStewards, mySteward, requestStewardChange, updateCard } from '../domain/stewards'

const ENTERPRISE: readonly Role[] = ['entrepreneur']
const STEWARD: readonly Role[] = ['steward']

// 'steward.record' (the public service record) stays with the case actions, where its figures come from
type StewardActionName =
  | 'steward.list'
  | 'steward.get'
  | 'steward.mine'
  | 'steward.updateCard'
  | 'steward.assign'
  | 'steward.assignments'
  | 'steward.enterprises'
  | 'steward.requestChange'

export const stewardActions: Pick<ActionTable, StewardActionName> = {
  'steward.list': { roles: EVERYONE, handler: (ctx, input) => listStewards(ctx, input) },
  'steward.get': { roles: EVERYONE, handler: (ctx, input) => getSteward(ctx, input.id) },
  'steward.mine': { roles: ENTERPRISE, handler: (ctx) => mySteward(ctx) },
  'steward.updateCard': { roles: STEWARD, handler: (ctx, input) => updateCard(ctx, input) },
  'steward.assign': { roles: MANAGERS, handler: (ctx, input) => assignStewards(ctx, input) },
  'steward.assignments': { roles: MANAGERS, handler: (ctx, input) => listAssignments(ctx, input) },
  'steward.enterprises': { roles: MANAGERS, handler: (ctx, input) => assignableEnterprises(ctx, input) },
  'steward.requestChange': { roles: ENTERPRISE, handler: (ctx, input) => requestStewardChange(ctx, input) }
}
