import type { Page, ProfileChange } from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS } from '../docs'
import { pageOf } from '../paging'
import type { ProfileChangeDoc } from './docs'
import { ownEnterpriseId } from './profile'

/** the caller's own enterprise's edits, newest first; who made them, by name only */
export function profileHistory(ctx: ActionContext, input: { page: number; pageSize: number }): Promise<Page<ProfileChange>> {
  const query = ctx.db.collection(COLLECTIONS.profileChanges).where({ enterpriseId: ownEnterpriseId(ctx) }).orderBy('at', 'desc').orderBy('_id', 'desc')
  return pageOf(query, input.page, input.pageSize, (doc) => {
    const { at, byName, changes } = doc as unknown as ProfileChangeDoc
    return { at, byName, changes }
  })
}
