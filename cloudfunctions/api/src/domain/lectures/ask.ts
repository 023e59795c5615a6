/**
 * 向讲师提问: the question becomes a consultation case like any other (routed to the
 * enterprise's steward, with deadlines), marked with the lecture it came from.
 */
import type { CaseDetail } from '../../../../../types'
import { createCase } from '../cases'
import type { ActionContext } from '../context'
import { loadLecture } from './load'

export async function askLecturer(ctx: ActionContext, input: { id: string; text: string }): Promise<CaseDetail> {
  const lecture = await loadLecture(ctx.db, input.id)
  return createCase(ctx, {
    type: 'consult',
    category: '政策咨询',
    text: `【潭商讲堂：${lecture.title}】${input.text}`,
    attachments: [],
    extra: { lectureId: lecture._id, lectureTitle: lecture.title }
  })
}
