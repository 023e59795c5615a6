/**
 * 督办 by the clock: the sweep raises a case past its deadline to the level due now —
 * 1 the assignee, 2 the park's managers, 3 the city admins — writes an escalate event
 * the enterprise can see too, and schedules the next step. Each case is one
 * transaction guarded by the level it read, so running the sweep twice escalates once.
 */
import { logSkipped } from './sweepLog'
import { DEADLINE_LABELS, ESCALATION_LABELS, type DeadlineSettings, type EscalationLevel } from '../../../../../types'
import { DB_ERR, isDbError, type Database } from '../../db/port'
import type { WorkCalendar } from '../calendar'
import { COLLECTIONS, type CaseDoc, type CaseEventDoc, type UserDoc } from '../docs'
import { SYSTEM_ACTOR } from './create'
import { dueLevel, escalationSchedule, nextEscalationAfter } from './deadlines'
import { notifyCase, type CaseNotice } from './notify'
import { cityAdmins, parkManagers } from './staff'

const BATCH = 100
/** a safety stop for one run; the next run picks up whatever is left */
const MAX_BATCHES = 50

interface Audiences {
  managers(parkId: string | null): Promise<UserDoc[]>
  admins(): Promise<UserDoc[]>
}

/** staff lists are read once per sweep, outside the per-case transactions */
function audiences(db: Database): Audiences {
  const byPark = new Map<string | null, Promise<UserDoc[]>>()
  let admins: Promise<UserDoc[]> | null = null
  return {
    managers: (parkId) => {
      if (!byPark.has(parkId)) byPark.set(parkId, parkManagers(db, parkId))
      return byPark.get(parkId)!
    },
    admins: () => (admins ??= cityAdmins(db))
  }
}

function escalationNote(doc: CaseDoc, level: EscalationLevel): string {
  const what = `${DEADLINE_LABELS[doc.nextDeadlineKind ?? 'response']}时限已过`
  return level === 1 ? `${what}，已提醒承办人` : `${what}，${ESCALATION_LABELS[level]}`
}

interface Staff {
  managers: UserDoc[]
  admins: UserDoc[]
}

/** who hears of each level crossed between `from` and `to` */
function recipients(doc: CaseDoc, from: EscalationLevel, to: EscalationLevel, staff: Staff): CaseNotice[] {
  const title = `办件超期：${DEADLINE_LABELS[doc.nextDeadlineKind ?? 'response']}时限已过`
  const toAll = (users: UserDoc[], t: string) => users.map((u) => ({ userId: u._id, title: t, template: 'caseOverdue' as const }))
  // a park without managers: the city admins stand in
  const supervisors = staff.managers.length > 0 ? staff.managers : staff.admins
  const out: CaseNotice[] = []
  for (let level = from + 1; level <= to; level++) {
    if (level === 1) {
      // nobody holds it yet: the people who should assign it hear instead
      if (doc.assigneeId) out.push({ userId: doc.assigneeId, title, template: 'caseOverdue' })
      else out.push(...toAll(supervisors, title))
    }
    if (level === 2) out.push(...toAll(supervisors, `督办：${title}`))
    if (level === 3) out.push(...toAll(staff.admins, `市级督办：${title}`))
  }
  return out
}

/** Escalates one case if a higher level is due; answers whether it did. */
async function escalateOne(db: Database, id: string, now: Date, calendar: WorkCalendar, settings: DeadlineSettings, staff: Staff): Promise<boolean> {
  const at = now.toISOString()
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.cases).doc(id)
    const doc = (await ref.get()).data as CaseDoc | null
    if (!doc || !doc.open || !doc.nextDeadlineAt || !doc.nextEscalationAt || doc.nextEscalationAt > at) return false
    const schedule = escalationSchedule(doc.nextDeadlineAt, settings, calendar)
    const current = doc.escalationLevel as EscalationLevel
    const level = dueLevel(schedule.at, now)
    if (level <= current) {
      // settings changed since it was scheduled: look again when the next level is really due
      await ref.update({ data: { nextEscalationAt: nextEscalationAfter(schedule.at, current), version: doc.version + 1, updatedAt: at } })
      return false
    }
    const event: CaseEventDoc = { at, action: 'escalate', ...SYSTEM_ACTOR, note: escalationNote(doc, level), attachments: [], visibility: 'all' }
    await ref.update({
      data: {
        escalationLevel: level,
        overdue: true,
        nextEscalationAt: nextEscalationAfter(schedule.at, level),
        calendarEstimated: doc.calendarEstimated || schedule.estimated,
        version: doc.version + 1,
        updatedAt: at,
        events: db.command.push([event])
      }
    })
    await notifyCase(tx, doc, recipients(doc, current, level, staff), null, now)
    return true
  })
}

export async function escalateOverdue(db: Database, now: Date, calendar: WorkCalendar, settings: DeadlineSettings): Promise<number> {
  const who = audiences(db)
  const seen = new Set<string>()
  let escalated = 0
  const query = db
    .collection(COLLECTIONS.cases)
    // no orderBy: unordered, the index serves the range itself instead of a walk in order
    .where({ nextEscalationAt: db.command.lte(now.toISOString()), open: true })
    .field({ events: false, text: false, attachments: false })
    .limit(BATCH)
  for (let batch = 0; batch < MAX_BATCHES; batch++) {
    const { data } = await query.get()
    const fresh = (data as CaseDoc[]).filter((d) => !seen.has(d._id))
    if (fresh.length === 0) break
    for (const peek of fresh) {
      seen.add(peek._id)
      const staff = { managers: await who.managers(peek.parkId), admins: await who.admins() }
      try {
        if (await escalateOne(db, peek._id, now, calendar, settings, staff)) escalated++
      } catch (e) {
        // a conflict means someone was writing the case right now: the next run retries it.
        // Anything else is logged and skipped, so one bad case cannot stop the whole sweep.
        if (!isDbError(e, DB_ERR.TX_CONFLICT)) logSkipped('escalation', peek._id, e)
      }
    }
  }
  return escalated
}
