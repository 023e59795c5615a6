import type { ActionName, ParsedRequest, Response, Role } from '../../../../types'
import type { ActionContext } from '../domain/context'

export interface ActionDef<A extends ActionName> {
  /** who may call it; checked by the router before the payload is even parsed */
  roles: readonly Role[]
  handler(ctx: ActionContext, input: ParsedRequest<A>): Promise<Response<A>>
}

export type ActionTable = { [A in ActionName]: ActionDef<A> }

export const EVERYONE: readonly Role[] = ['guest', 'entrepreneur', 'steward', 'manager', 'admin']
export const MANAGERS: readonly Role[] = ['manager', 'admin']
