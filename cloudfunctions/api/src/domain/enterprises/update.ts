import type { EnterpriseProfile } from '../../../../../types'
import type { ActionContext } from '../context'
import { beijingYmd, isValidYmd } from '../calendar/beijingDate'
import { COLLECTIONS, type EnterpriseDoc } from '../docs'
import { fail } from '../errors'
import { notifyNewlyEligible } from '../matching/notify'
import { canonicalTags, diffProfiles, type ProfileFacts } from './changes'
import type { ProfileChangeDoc } from './docs'
import { ownEnterpriseId, toProfile } from './profile'

const EARLIEST_FOUNDING = '1900-01-01'

function checkFoundedOn(foundedOn: string, today: string): void {
  if (!isValidYmd(foundedOn)) fail('INVALID_INPUT', '成立日期不存在，请核对', 'foundedOn')
  if (foundedOn > today) fail('INVALID_INPUT', '成立日期不能晚于今天', 'foundedOn')
  if (foundedOn < EARLIEST_FOUNDING) fail('INVALID_INPUT', '成立日期不正确，请按营业执照填写', 'foundedOn')
}

/**
 * Saves the enterprise's facts and the history entry in one transaction; a save that
 * changes nothing writes nothing. Afterwards the enterprise hears about policies the
 * edit made it eligible for.
 */
export async function updateProfile(ctx: ActionContext, input: ProfileFacts): Promise<EnterpriseProfile> {
  const enterpriseId = ownEnterpriseId(ctx)
  const now = ctx.clock.now()
  checkFoundedOn(input.foundedOn, beijingYmd(now))
  const facts: ProfileFacts = { ...input, tags: canonicalTags(input.tags) }
  const byId = ctx.caller.user?._id ?? ''
  const byName = ctx.caller.user?.name || '企业用户'

  const { before, after } = await ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.enterprises).doc(enterpriseId)
    const { data } = await ref.get()
    if (!data) fail('NOT_BOUND', '未找到您绑定的企业，请重新绑定')
    const current = data as EnterpriseDoc
    const was = toProfile(current)
    const changes = diffProfiles(was, facts)
    if (changes.length === 0) return { before: was, after: null }
    const at = now.toISOString()
    const { _id, ...rest } = current
    const next = { ...rest, ...facts, profileUpdatedAt: at, profileUpdatedByName: byName }
    await ref.set({ data: next })
    const record: Omit<ProfileChangeDoc, '_id'> = { enterpriseId, at, byId, byName, changes }
    await tx.collection(COLLECTIONS.profileChanges).add({ data: record })
    return { before: was, after: toProfile({ _id, ...next }) }
  })
  if (!after) return before
  try {
    await notifyNewlyEligible(ctx.db, { enterpriseId }, now, before)
  } catch (e) {
    // The profile is saved; telling the enterprise about new policies is secondary and
    // must not turn a successful save into an error the user would retry.
    console.error(JSON.stringify({ level: 'error', message: 'profile saved, eligibility notification failed', enterpriseId, error: (e as Error)?.message }))
  }
  return after
}
