/** Looks up the demo people (personas, members, extra stewards) by their seed id. */
import type { UserDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { ENTERPRISES } from './enterprises'
import { MEMBERS } from './members'
import { PARKS } from './parks'
import { PERSONAS, type PersonaSeed } from './personas'
import { MORE_STEWARDS } from './stewardCards'

export const ALL_PEOPLE: PersonaSeed[] = [...PERSONAS, ...MORE_STEWARDS, ...MEMBERS]

export interface SeedPerson {
  seed: PersonaSeed
  userId: string
  name: string
  phone: string
}

export interface SeedMember extends SeedPerson {
  enterpriseId: string
  enterpriseName: string
  parkId: string
  parkName: string
}

export function person(id: string): SeedPerson {
  const seed = ALL_PEOPLE.find((p) => p.id === id)
  if (!seed) throw new Error(`demo content refers to an unknown person: ${id}`)
  return { seed, userId: userIdFor(seed.openid), name: seed.name, phone: seed.phone }
}

/** a person who belongs to an enterprise (persona owner or member) */
export function member(id: string): SeedMember {
  const p = person(id)
  const ent = ENTERPRISES.find((e) => e._id === p.seed.enterpriseId)
  if (!ent) throw new Error(`demo person ${id} has no enterprise`)
  const park = PARKS.find((x) => x._id === ent.parkId)
  return { ...p, enterpriseId: ent._id, enterpriseName: ent.name, parkId: ent.parkId, parkName: park?.name ?? '' }
}

/** the account a demo person has once seeded */
export function personaUser(p: PersonaSeed, now: string): UserDoc {
  return {
    _id: userIdFor(p.openid),
    openid: p.openid,
    role: p.role,
    name: p.name,
    phone: p.phone,
    parkId: p.parkId,
    enterpriseId: p.enterpriseId,
    createdAt: now,
    updatedAt: now
  }
}
