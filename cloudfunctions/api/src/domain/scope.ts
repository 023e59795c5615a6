/**
 * City and park scope for the office's own settings and catalogue (docs/decisions/0015):
 * the city admin changes city-wide things — the holiday calendar, the deadline defaults,
 * city-level services and slots — and a park manager only what belongs to their park.
 */
import type { ActionContext } from './context'
import { COLLECTIONS } from './docs'
import { fail } from './errors'
import { managerScope, type ManagerScope } from './policies/scope'

export { managerScope, type ManagerScope }

/** A city-wide setting: anyone but the city admin hears CITY_SCOPE, and why. */
export function requireCityAdmin(ctx: ActionContext, what: string): void {
  if (ctx.caller.role !== 'admin') fail('CITY_SCOPE', `${what}为全市统一设置，只有市级管理员可以修改`)
}

/**
 * Whether `scope` may change a thing of park `parkId` (null: city-level): the city admin
 * any; a park manager only their own park's — city-level things answer CITY_SCOPE,
 * another park's PARK_SCOPE.
 */
export function checkParkTarget(scope: ManagerScope, parkId: string | null, what: string, field?: string): void {
  if (scope.kind === 'city') return
  if (parkId === null) fail('CITY_SCOPE', `市级${what}只有市级管理员可以修改`, field)
  if (parkId !== scope.parkId) fail('PARK_SCOPE', `只能管理本园区的${what}`, field)
}

/**
 * The park a new thing belongs to: as asked (checked against the scope, and the park must
 * exist), or by default the manager's own park — the city admin's default is city-level.
 */
export async function targetPark(ctx: ActionContext, scope: ManagerScope, wanted: string | null | undefined, what: string): Promise<string | null> {
  if (wanted === undefined) return scope.kind === 'park' ? scope.parkId : null
  checkParkTarget(scope, wanted, what, 'parkId')
  if (wanted !== null) {
    const { data } = await ctx.db.collection(COLLECTIONS.parks).doc(wanted).get()
    if (!data) fail('INVALID_INPUT', '所选园区不存在', 'parkId')
  }
  return wanted
}
