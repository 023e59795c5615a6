import type { Role } from '../../../../types'
import type { Database } from '../db/port'
import type { UserDoc } from './docs'

/** Who is calling, as established by the platform — never by the payload. */
export interface Caller {
  openid: string
  /** null until the caller's first write creates the account */
  user: UserDoc | null
  role: Role
}

export interface Clock {
  now(): Date
}

export const systemClock: Clock = { now: () => new Date() }

/** Everything a handler may use; domain functions take the parts they need. */
export interface ActionContext {
  db: Database
  caller: Caller
  clock: Clock
  /** served by the local development host */
  devMode: boolean
}
