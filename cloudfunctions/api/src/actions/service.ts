import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import { applyForService, getService, listServices, saveService } from '../domain/services'

const ENTERPRISE: readonly Role[] = ['entrepreneur']

type ServiceActionName = 'service.list' | 'service.get' | 'service.save' | 'service.apply'

export const serviceActions: Pick<ActionTable, ServiceActionName> = {
  'service.list': { roles: EVERYONE, handler: (ctx, input) => listServices(ctx.db, ctx.caller, input) },
  'service.get': { roles: EVERYONE, handler: (ctx, input) => getService(ctx.db, ctx.caller, input.id) },
  'service.save': { roles: MANAGERS, handler: (ctx, input) => saveService(ctx, input) },
  'service.apply': { roles: ENTERPRISE, handler: (ctx, input) => applyForService(ctx, input) }
}
