/**
 * Notifications about a case, written in the same transaction as the change that
 * causes them. Every list goes through `notifyCase`, which drops the steward a
 * complaint is about (they must never hear of it) and the person acting.
 */
import { CASE_TYPE_LABELS, type SubscribeTemplateKey } from '../../../../../types'
import type { Transaction } from '../../db/port'
import type { CaseDoc } from '../docs'
import { addNotifications, type NewNotification } from '../notifications'

export const caseLink = (caseId: string): string => `/packages/case/detail/index?id=${caseId}`

export interface CaseNotice {
  userId: string | null | undefined
  title: string
  template?: SubscribeTemplateKey
}

type Subject = Pick<CaseDoc, '_id' | 'type' | 'number' | 'title' | 'aboutStewardId'>

export function caseNotifications(doc: Subject, notices: CaseNotice[], actorId: string | null): NewNotification[] {
  const seen = new Set<string>()
  const out: NewNotification[] = []
  for (const n of notices) {
    if (!n.userId || n.userId === actorId || n.userId === doc.aboutStewardId || seen.has(n.userId)) continue
    seen.add(n.userId)
    out.push({
      userId: n.userId,
      kind: 'case',
      title: n.title,
      body: `${CASE_TYPE_LABELS[doc.type]} ${doc.number}：${doc.title}`,
      link: caseLink(doc._id),
      caseId: doc._id,
      template: n.template ?? null
    })
  }
  return out
}

export async function notifyCase(tx: Transaction, doc: Subject, notices: CaseNotice[], actorId: string | null, now: Date): Promise<void> {
  const items = caseNotifications(doc, notices, actorId)
  if (items.length > 0) await addNotifications(tx, items, now)
}
