import type { ProfileChange } from '../../../../../types'

/** one profile edit, append-only; `changes` carries the labels people read */
export interface ProfileChangeDoc {
  _id: string
  enterpriseId: string
  /** instant, UTC ISO */
  at: string
  byId: string
  byName: string
  changes: ProfileChange['changes']
}
