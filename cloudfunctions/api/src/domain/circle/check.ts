/**
 * Content security for posts: title, text and contact name go through the checker
 * together. reject refuses the write (nothing stored); review holds the post for a manager.
 */
import type { ActionContext, ContentVerdict } from '../context'
import { fail } from '../errors'

export interface CheckedFields {
  title: string
  text: string
  contactName: string
}

/** the verdict for a post that may be stored; throws CONTENT_REJECTED otherwise */
export async function checkPostContent(ctx: ActionContext, fields: CheckedFields): Promise<ContentVerdict> {
  const verdict = await ctx.contentCheck.check({
    text: `${fields.title}\n${fields.text}\n${fields.contactName}`,
    openid: ctx.caller.openid,
    scene: 'post'
  })
  if (verdict.result === 'reject') {
    fail('CONTENT_REJECTED', `内容含有违规信息${verdict.label ? `（${verdict.label}）` : ''}，请修改后再提交`)
  }
  return verdict
}

/** a private message (e.g. a contact request): only refused outright, never queued */
export async function checkMessage(ctx: ActionContext, text: string, field: string): Promise<void> {
  const verdict = await ctx.contentCheck.check({ text, openid: ctx.caller.openid, scene: 'comment' })
  if (verdict.result === 'reject') {
    fail('CONTENT_REJECTED', `留言含有违规信息${verdict.label ? `（${verdict.label}）` : ''}，请修改后再提交`, field)
  }
}
