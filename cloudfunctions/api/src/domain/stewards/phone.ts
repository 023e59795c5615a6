/**
 * Who may see a steward's phone number. Every steward output (directory, detail, 我的管家,
 * the steward's own card) passes through phoneFor, so the rule lives in one place:
 * users of an enterprise in the steward's care, the steward, the managers of the
 * steward's park and the city admin see it; everyone else sees it masked.
 */
import type { Role } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type EnterpriseDoc } from '../docs'
import { maskPhone } from '../cases/visibility'

export interface Viewer {
  role: Role
  userId: string | null
  parkId: string | null
  /** the steward of the viewer's own enterprise (entrepreneurs only) */
  careStewardId: string | null
}

export async function viewerOf(ctx: ActionContext): Promise<Viewer> {
  const user = ctx.caller.user
  const viewer: Viewer = { role: ctx.caller.role, userId: user?._id ?? null, parkId: user?.parkId ?? null, careStewardId: null }
  if (ctx.caller.role === 'entrepreneur' && user?.enterpriseId) {
    const { data } = await ctx.db.collection(COLLECTIONS.enterprises).doc(user.enterpriseId).get()
    viewer.careStewardId = (data as EnterpriseDoc | null)?.stewardId ?? null
  }
  return viewer
}

/** the viewer's enterprise is in this steward's care */
export const inCareOf = (viewer: Viewer, stewardId: string): boolean => viewer.role === 'entrepreneur' && viewer.careStewardId === stewardId

/** the steward themself, a manager of the steward's park, or the city admin */
export function overseesSteward(viewer: Viewer, steward: { _id: string; parkId: string | null }): boolean {
  if (viewer.role === 'admin') return true
  if (viewer.role === 'steward') return viewer.userId === steward._id
  return viewer.role === 'manager' && viewer.parkId !== null && viewer.parkId === steward.parkId
}

export function phoneFor(viewer: Viewer, steward: { _id: string; parkId: string | null; phone: string }): { phone: string; phoneVisible: boolean } {
  const visible = inCareOf(viewer, steward._id) || overseesSteward(viewer, steward)
  return visible ? { phone: steward.phone, phoneVisible: true } : { phone: maskPhone(steward.phone), phoneVisible: false }
}
