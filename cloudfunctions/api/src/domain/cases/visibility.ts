/**
 * Who may see a case and which parts of it. A case someone may not see answers
 * NOT_FOUND, so its existence is never confirmed. The steward a complaint is about
 * never sees that complaint, whatever else is true.
 */
import type { EventVisibility, Role } from '../../../../../types'
import type { Caller } from '../context'
import type { CaseDoc } from '../docs'
import { userIdFor } from '../ids'

type Scoped = Pick<CaseDoc, 'enterpriseId' | 'parkId' | 'assigneeId' | 'aboutStewardId' | 'submitterId'>

export function canSee(caller: Caller, doc: Scoped): boolean {
  // an individual consult (no enterprise) belongs to the person who filed it, whatever their
  // role now; no member of any enterprise sees it. A guest has no user document until their
  // first write, so their id follows from the openid.
  if (doc.enterpriseId === null && (caller.role === 'guest' || caller.role === 'entrepreneur')) {
    return doc.submitterId === (caller.user?._id ?? userIdFor(caller.openid))
  }
  const user = caller.user
  if (!user) return false
  if (doc.aboutStewardId === user._id) return false
  switch (caller.role) {
    case 'entrepreneur':
      return !!user.enterpriseId && user.enterpriseId === doc.enterpriseId
    case 'steward':
      return doc.assigneeId === user._id
    case 'manager':
      // a city-level case the manager was given is theirs to handle
      return (!!user.parkId && user.parkId === doc.parkId) || doc.assigneeId === user._id
    case 'admin':
      return true
    default:
      return false
  }
}

export const isManagerRole = (role: Role): boolean => role === 'manager' || role === 'admin'

/** the complainant's identity: managers, and the enterprise that complained */
export function seesComplainant(caller: Caller, doc: Pick<CaseDoc, 'type' | 'enterpriseId'>): boolean {
  if (doc.type !== 'complaint') return true
  if (isManagerRole(caller.role)) return true
  return caller.role === 'entrepreneur' && !!doc.enterpriseId && caller.user?.enterpriseId === doc.enterpriseId
}

export function eventVisibleTo(visibility: EventVisibility, role: Role): boolean {
  if (visibility === 'all') return true
  if (visibility === 'staff') return role === 'steward' || isManagerRole(role)
  return isManagerRole(role)
}

export const COMPLAINANT_HIDDEN = '投诉人信息仅管理人员可见'
/** how the complainant appears in the history to readers who may not know who it is */
export const COMPLAINANT_ACTOR = '投诉人'

export function maskPhone(phone: string): string {
  if (!phone) return ''
  if (phone.length < 7) return '*'.repeat(phone.length)
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`
}
