/**
 * The deadline a case is running against, and its escalation schedule. Only one clock
 * runs at a time: first response until someone responds, then resolution; 整改 while
 * rectifying; none once the case is out of the handlers' hands.
 */
import type { DeadlineKind, DeadlineSettings, EscalationLevel } from '../../../../../types'
import type { WorkCalendar } from '../calendar'
import type { CaseDoc } from '../docs'

type DeadlineState = Pick<CaseDoc, 'nextDeadlineAt' | 'nextDeadlineKind' | 'overdue' | 'escalationLevel' | 'nextEscalationAt'>

export function deadlineKindOf(doc: Pick<CaseDoc, 'status' | 'firstResponseAt'>): DeadlineKind | null {
  switch (doc.status) {
    case 'submitted':
    case 'assigned':
    case 'in_progress':
      return doc.firstResponseAt ? 'resolve' : 'response'
    case 'rectifying':
      return 'rectify'
    default:
      return null
  }
}

export function dueAtOf(doc: Pick<CaseDoc, 'responseDueAt' | 'resolveDueAt' | 'rectifyDueAt'>, kind: DeadlineKind | null): string | null {
  if (kind === 'response') return doc.responseDueAt
  if (kind === 'resolve') return doc.resolveDueAt
  if (kind === 'rectify') return doc.rectifyDueAt
  return null
}

/**
 * The deadline fields after a transition from `prev` to `next`. A new deadline starts
 * a new escalation ladder (level 0, first step at the deadline); the same deadline
 * keeps its level. The history keeps earlier escalate events either way.
 */
export function refreshDeadline(prev: DeadlineState, next: CaseDoc, now: Date): DeadlineState {
  const kind = deadlineKindOf(next)
  const dueAt = dueAtOf(next, kind)
  const overdue = dueAt !== null && now.toISOString() > dueAt
  if (kind === prev.nextDeadlineKind && dueAt === prev.nextDeadlineAt) {
    return { nextDeadlineAt: dueAt, nextDeadlineKind: kind, overdue, escalationLevel: prev.escalationLevel, nextEscalationAt: prev.nextEscalationAt }
  }
  return { nextDeadlineAt: dueAt, nextDeadlineKind: kind, overdue, escalationLevel: 0, nextEscalationAt: justAfter(dueAt) }
}

/** levels are due strictly after their instant; the sweep looks from the next millisecond */
export function justAfter(iso: string | null): string | null {
  return iso === null ? null : new Date(new Date(iso).getTime() + 1).toISOString()
}

/**
 * When each escalation level falls due for a deadline: 1 when it passes, 2 and 3 a
 * number of working days later (both counted from the deadline).
 */
export function escalationSchedule(
  dueAt: string,
  settings: DeadlineSettings,
  calendar: WorkCalendar
): { at: Record<1 | 2 | 3, string>; estimated: boolean } {
  const from = new Date(dueAt)
  const toManager = calendar.addWorkingDays(from, settings.escalateToManagerAfter)
  const toAdmin = calendar.addWorkingDays(from, Math.max(settings.escalateToAdminAfter, settings.escalateToManagerAfter))
  return { at: { 1: dueAt, 2: toManager.dueAt, 3: toAdmin.dueAt }, estimated: toManager.estimated || toAdmin.estimated }
}

/** the highest level due at `now` (a level is due once its instant has passed) */
export function dueLevel(at: Record<1 | 2 | 3, string>, now: Date): EscalationLevel {
  const iso = now.toISOString()
  if (iso > at[3]) return 3
  if (iso > at[2]) return 2
  if (iso > at[1]) return 1
  return 0
}

/**
 * The first instant the sweep should look again: just after the next level's instant
 * (levels are due strictly after it), or null at the top of the ladder.
 */
export function nextEscalationAfter(at: Record<1 | 2 | 3, string>, level: EscalationLevel): string | null {
  if (level >= 3) return null
  return justAfter(at[(level + 1) as 1 | 2 | 3])
}
