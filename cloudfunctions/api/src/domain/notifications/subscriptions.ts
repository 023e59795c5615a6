/** One-time subscribe-message credits: each acceptance in the client allows one send. */
import {
  SUBSCRIBE_TEMPLATE_TITLES,
  type SubscribeTemplate,
  type SubscribeTemplateKey,
  type SubscriptionState
} from '../../../../../types'
import type { ActionContext } from '../context'
import { COLLECTIONS, type SubscriptionDoc } from '../docs'
import { userIdFor } from '../ids'

/** the client's word is all we have; a ceiling keeps a misbehaving client from hoarding */
export const MAX_CREDITS_PER_TEMPLATE = 50

/** configured templates only: the client must not ask the user for one we cannot send */
export function subscribeTemplates(ctx: ActionContext): SubscribeTemplate[] {
  return (Object.keys(SUBSCRIBE_TEMPLATE_TITLES) as SubscribeTemplateKey[])
    .filter((key) => !!ctx.messenger.templates[key])
    .map((key) => ({ key, templateId: ctx.messenger.templates[key], title: SUBSCRIBE_TEMPLATE_TITLES[key] }))
}

export async function recordSubscription(ctx: ActionContext, input: { accepted: SubscribeTemplateKey[] }): Promise<SubscriptionState> {
  const userId = ctx.caller.user?._id ?? userIdFor(ctx.caller.openid)
  const now = ctx.clock.now().toISOString()
  return ctx.db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.subscriptions).doc(userId)
    const current = (await ref.get()).data as SubscriptionDoc | null
    const credits = { ...current?.credits }
    for (const key of new Set(input.accepted)) {
      credits[key] = Math.min((credits[key] ?? 0) + 1, MAX_CREDITS_PER_TEMPLATE)
    }
    await ref.set({ data: { credits, updatedAt: now } })
    return { credits }
  })
}
