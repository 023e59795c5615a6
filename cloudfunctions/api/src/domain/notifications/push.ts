import type { SubscribeTemplateKey } from '../../../../../types'
import type { Database } from '../../db/port'
import type { Messenger, SubscribeMessage } from '../context'
import { COLLECTIONS, type NotificationDoc, type SubscriptionDoc, type UserDoc } from '../docs'
import { messagePage, templateData } from './templateData'

const BATCH = 100
/** bounds one run; whatever is left waits for the next write or sweep */
const MAX_BATCHES = 10

export type PushLog = (message: string, fields: Record<string, unknown>) => void

const consoleLog: PushLog = (message, fields) => console.warn(JSON.stringify({ level: 'warn', message, ...fields }))

type Claim = { message: SubscribeMessage; userId: string; template: SubscribeTemplateKey } | null

/**
 * Takes one pending notification: either spends a credit and claims it as 'sent', or
 * marks it 'skipped'. The claim is a transaction on the notification, so of two
 * concurrent runs only one gets to send (at most once; a crash after the claim loses
 * the message rather than sending it twice).
 */
async function claim(db: Database, messenger: Messenger, id: string, now: Date, log: PushLog): Promise<Claim> {
  return db.runTransaction(async (tx) => {
    const notifications = tx.collection(COLLECTIONS.notifications)
    const n = (await notifications.doc(id).get()).data as NotificationDoc | null
    if (!n || n.pushState !== 'pending') return null
    const skip = async (reason: string) => {
      if (reason !== 'no credit') log('subscribe message skipped', { notificationId: id, template: n.template, reason })
      await notifications.doc(id).update({ data: { pushState: 'skipped' } })
      return null
    }
    const template = n.template
    if (!template) return skip('no template')
    const templateId = messenger.templates[template]
    if (!templateId) return skip('template not configured')
    const user = (await tx.collection(COLLECTIONS.users).doc(n.userId).get()).data as UserDoc | null
    if (!user?.openid) return skip('no such user')
    const sub = (await tx.collection(COLLECTIONS.subscriptions).doc(n.userId).get()).data as SubscriptionDoc | null
    const credit = sub?.credits?.[template] ?? 0
    if (credit <= 0) return skip('no credit')

    // the whole document is written: a dot-path update fails in the embedded database under
    // jest (structuredClone'd snapshots are foreign-realm objects there)
    await tx.collection(COLLECTIONS.subscriptions).doc(n.userId).set({
      data: { credits: { ...sub!.credits, [template]: credit - 1 }, updatedAt: now.toISOString() }
    })
    await notifications.doc(id).update({ data: { pushState: 'sent' } })
    return {
      userId: n.userId,
      template,
      message: { touser: user.openid, templateKey: template, templateId, page: messagePage(n.link), data: templateData(template, n) }
    }
  })
}

/** the platform refused: the user keeps the credit (WeChat did not consume it) */
async function markFailed(db: Database, id: string, c: NonNullable<Claim>, now: Date): Promise<void> {
  await db.runTransaction(async (tx) => {
    const subs = tx.collection(COLLECTIONS.subscriptions)
    const sub = (await subs.doc(c.userId).get()).data as SubscriptionDoc | null
    const credit = sub?.credits?.[c.template] ?? 0
    await subs.doc(c.userId).set({
      data: { credits: { ...sub?.credits, [c.template]: credit + 1 }, updatedAt: now.toISOString() }
    })
    await tx.collection(COLLECTIONS.notifications).doc(id).update({ data: { pushState: 'failed' } })
  })
}

/**
 * Sends the subscribe messages of pending notifications where the user has a credit.
 * Returns how many were sent. Safe to run concurrently and repeatedly.
 */
export async function deliverPendingPushes(db: Database, messenger: Messenger, now: Date, log: PushLog = consoleLog): Promise<number> {
  let sent = 0
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { data } = await db
      .collection(COLLECTIONS.notifications)
      .where({ pushState: 'pending' })
      .orderBy('createdAt', 'asc')
      .limit(BATCH)
      .field({ _id: true })
      .get()
    let progressed = false
    for (const { _id } of data) {
      let c: Claim
      try {
        c = await claim(db, messenger, _id, now, log)
      } catch (e) {
        log('subscribe message claim failed', { notificationId: _id, error: (e as Error)?.message })
        continue
      }
      progressed = true
      if (!c) continue
      try {
        await messenger.send(c.message)
        sent++
      } catch (e) {
        log('subscribe message send failed', { notificationId: _id, template: c.template, error: (e as Error)?.message })
        await markFailed(db, _id, c, now)
      }
    }
    // a batch where nothing moved (all claims failed) would come back identical
    if (data.length < BATCH || !progressed) break
  }
  return sent
}
