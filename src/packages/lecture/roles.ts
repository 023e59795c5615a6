import type { Me } from '../../../types'

/** signs up, checks in, rates and asks: an entrepreneur of a bound enterprise (the case of a question belongs to it) */
export function actsForEnterprise(me: Me): boolean {
  return me.account.role === 'entrepreneur' && me.enterprise !== null
}

/** creates lectures and sees sign-ups: park managers and the city admin */
export function isOrganiser(me: Me): boolean {
  return me.account.role === 'manager' || me.account.role === 'admin'
}

export function isStaff(me: Me): boolean {
  return me.account.role !== 'guest' && me.account.role !== 'entrepreneur'
}
