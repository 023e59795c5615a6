import type { Me } from '../../../types'

/** posts, contact requests and answers are made in an enterprise's name */
export const canPost = (me: Me): boolean => me.account.role === 'entrepreneur' && me.enterprise !== null

/** park managers and the city admin moderate the circle */
export const canModerate = (me: Me): boolean => me.account.role === 'manager' || me.account.role === 'admin'
