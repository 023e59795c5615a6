/** What the enterprise does: add information, withdraw, rate. */
import { CASE_TYPE_LABELS, isBadRating, RATING_TAGS, type Attachment, type CaseDetail, type RatingLevel } from '../../../../../types'
import type { ActionContext } from '../context'
import type { UserDoc } from '../docs'
import { fail } from '../errors'
import { checkAttachments, uploaderOf } from './attachments'
import { parkSupervisors } from './staff'
import { peekCase, runTransition, type CaseRef } from './transition'

/** managers hear about cases nobody holds, and about every 差评 */
async function supervisorsOf(ctx: ActionContext, id: string): Promise<UserDoc[]> {
  const doc = await peekCase(ctx, id)
  return parkSupervisors(ctx.db, doc.parkId)
}

export async function supplementCase(ctx: ActionContext, ref: CaseRef & { text: string; attachments: Attachment[] }): Promise<CaseDetail> {
  const supervisors = await supervisorsOf(ctx, ref.id)
  return runTransition(ctx, 'supplement', ref, () => ({
    patch: { awaitingInfo: false },
    note: ref.text,
    attachments: checkAttachments(ref.attachments, uploaderOf(ctx)),
    notify: (next) => {
      const title = `${CASE_TYPE_LABELS[next.type]}有补充说明`
      return next.assigneeId ? [{ userId: next.assigneeId, title, template: 'caseProgress' }] : supervisors.map((u) => ({ userId: u._id, title }))
    }
  }))
}

export function withdrawCase(ctx: ActionContext, ref: CaseRef & { reason: string }): Promise<CaseDetail> {
  return runTransition(ctx, 'withdraw', ref, ({ now }) => ({
    patch: { closedAt: now.toISOString() },
    note: ref.reason,
    notify: (next) => [{ userId: next.assigneeId, title: `${CASE_TYPE_LABELS[next.type]}已被企业撤回` }]
  }))
}

const KNOWN_TAGS = new Set<string>([...RATING_TAGS.good, ...RATING_TAGS.bad])

export async function rateCase(
  ctx: ActionContext,
  ref: CaseRef & { level: RatingLevel; tags: string[]; comment: string }
): Promise<CaseDetail> {
  const unknown = ref.tags.find((t) => !KNOWN_TAGS.has(t))
  if (unknown !== undefined) fail('INVALID_INPUT', `评价标签“${unknown}”不存在`, 'tags')
  const bad = isBadRating(ref.level)
  const supervisors = bad ? await supervisorsOf(ctx, ref.id) : []
  return runTransition(ctx, 'rate', ref, ({ doc, now }) => {
    const at = now.toISOString()
    const rating = { level: ref.level, tags: [...new Set(ref.tags)], comment: ref.comment, at }
    return {
      badRating: bad,
      patch: bad
        ? { rating, rateReminderAt: null, firstBadRating: doc.firstBadRating ?? ref.level, review: { state: 'pending', note: '', at: null, byId: null } }
        : { rating, rateReminderAt: null, closedAt: at },
      note: ref.comment ? `${ref.level}：${ref.comment}` : ref.level,
      // supervisors first: a manager who also handled the case gets the review notice
      notify: (next) => [
        ...supervisors.map((u) => ({ userId: u._id, title: `差评待复核：${ref.level}`, template: 'caseProgress' as const })),
        { userId: next.assigneeId, title: `${CASE_TYPE_LABELS[next.type]}收到评价：${ref.level}` }
      ]
    }
  })
}
