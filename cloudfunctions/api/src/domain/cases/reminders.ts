/**
 * 好差评 reminder: a resolved case not rated within three days reminds its submitter,
 * once. The case is never rated on the enterprise's behalf.
 */
import { logSkipped } from './sweepLog'
import { CASE_TYPE_LABELS } from '../../../../../types'
import { DB_ERR, isDbError, type Database } from '../../db/port'
import { COLLECTIONS, type CaseDoc, type CaseEventDoc } from '../docs'
import { SYSTEM_ACTOR } from './create'
import { notifyCase } from './notify'

const BATCH = 100
const MAX_BATCHES = 50

async function remindOne(db: Database, id: string, now: Date): Promise<boolean> {
  const at = now.toISOString()
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.cases).doc(id)
    const doc = (await ref.get()).data as CaseDoc | null
    // the read guards the write: a second sweep finds rateReminderAt cleared
    if (!doc || doc.status !== 'resolved' || !doc.rateReminderAt || doc.rateReminderAt > at) return false
    const event: CaseEventDoc = { at, action: 'remind_rate', ...SYSTEM_ACTOR, note: '已提醒企业评价', attachments: [], visibility: 'all' }
    await ref.update({ data: { rateReminderAt: null, version: doc.version + 1, updatedAt: at, events: db.command.push([event]) } })
    await notifyCase(tx, doc, [{ userId: doc.submitterId, title: `请评价已办结的${CASE_TYPE_LABELS[doc.type]}`, template: 'rateReminder' }], null, now)
    return true
  })
}

export async function remindRatings(db: Database, now: Date): Promise<number> {
  const seen = new Set<string>()
  let sent = 0
  const query = db
    .collection(COLLECTIONS.cases)
    // no orderBy: unordered, the index serves the range itself instead of a walk in order
    .where({ rateReminderAt: db.command.lte(now.toISOString()), status: 'resolved' })
    .field({ _id: true })
    .limit(BATCH)
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { data } = await query.get()
    const fresh = data.filter((d) => !seen.has(d._id))
    if (fresh.length === 0) break
    for (const { _id } of fresh) {
      seen.add(_id)
      try {
        if (await remindOne(db, _id, now)) sent++
      } catch (e) {
        // a conflict means someone was writing the case right now: the next run retries it.
        // Anything else is logged and skipped, so one bad case cannot stop the whole sweep.
        if (!isDbError(e, DB_ERR.TX_CONFLICT)) logSkipped('rating reminder', _id, e)
      }
    }
  }
  return sent
}
