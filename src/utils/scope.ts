/**
 * What a manager may change (docs/decisions/0015): the city admin everything; a park
 * manager only their own park's things. The server enforces the same rule (CITY_SCOPE /
 * PARK_SCOPE); the UI shows why a page is read-only instead of failing on 保存.
 */
import type { Me } from '../../types'

/** null when `me` may change a thing of park `parkId` (null: city-level); otherwise why not */
export function parkScopeReason(me: Me, parkId: string | null, what: string): string | null {
  if (me.account.role === 'admin') return null
  if (me.account.role !== 'manager') return `${what}仅园区管理员和市级管理员可以修改`
  if (parkId === null) return `${what}为市级内容，由市级管理员统一维护；园区管理员只能查看`
  if (parkId !== me.account.parkId) return `${what}属于其他园区，只能由该园区管理员或市级管理员修改`
  return null
}

/** null when `me` may change a city-wide setting; otherwise why not */
export function cityScopeReason(me: Me, what: string): string | null {
  return me.account.role === 'admin' ? null : `${what}为全市统一设置，由市级管理员维护；此处仅供查看`
}

/** 市级 / 本园区 / 其他园区: whose a thing is, as seen by `me` */
export function ownerLabel(me: Me, parkId: string | null): string {
  if (parkId === null) return '市级'
  return parkId === me.account.parkId ? '本园区' : '其他园区'
}
