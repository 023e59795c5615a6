/**
 * Deadline cases shared by the in-process test and the time-zone probe: each start is
 * an explicit instant, each expectation a Beijing calendar day (due at 23:59:59 +08:00).
 */
export interface DeadlineCase {
  name: string
  /** UTC instant the clock starts */
  from: string
  days: number
  /** the Beijing day the deadline ends */
  dueDay: string
  estimated: boolean
}

/** 10:00 Beijing on that day */
const bj = (ymd: string, hm = '10:00') => new Date(`${ymd}T${hm}:00+08:00`).toISOString()

export const DEADLINE_CASES: DeadlineCase[] = [
  // National Day 2026: Oct 1–7 off; Sun Sep 20 and Sat Oct 10 are 调休 working days
  { name: 'the day before National Day, 1 day', from: bj('2026-09-30'), days: 1, dueDay: '2026-10-08', estimated: false },
  { name: 'across National Day, 5 days, the working Saturday counts', from: bj('2026-09-30'), days: 5, dueDay: '2026-10-13', estimated: false },
  { name: 'start on a holiday (Oct 3)', from: bj('2026-10-03'), days: 1, dueDay: '2026-10-08', estimated: false },
  { name: 'start on the working Sunday Sep 20', from: bj('2026-09-20'), days: 1, dueDay: '2026-09-21', estimated: false },
  { name: 'start on the working Saturday Oct 10', from: bj('2026-10-10'), days: 1, dueDay: '2026-10-12', estimated: false },
  { name: 'Friday Sep 18 + 1 lands on the working Sunday', from: bj('2026-09-18'), days: 1, dueDay: '2026-09-20', estimated: false },
  { name: 'Mid-Autumn: Thursday Sep 24 + 1 skips Fri Sep 25 to Mon', from: bj('2026-09-24'), days: 1, dueDay: '2026-09-28', estimated: false },
  // Spring Festival 2026: Feb 15–23 off; Sat Feb 14 and Sat Feb 28 are working days
  { name: 'Friday Feb 13 + 1 lands on the working Saturday Feb 14', from: bj('2026-02-13'), days: 1, dueDay: '2026-02-14', estimated: false },
  { name: 'across Spring Festival, 5 days', from: bj('2026-02-12'), days: 5, dueDay: '2026-02-26', estimated: false },
  { name: 'start on the working Saturday Feb 14', from: bj('2026-02-14'), days: 1, dueDay: '2026-02-24', estimated: false },
  { name: 'start on Spring Festival (Feb 17), 10 days', from: bj('2026-02-17'), days: 10, dueDay: '2026-03-06', estimated: false },
  { name: 'Thursday Feb 26 + 2 ends on the working Saturday Feb 28', from: bj('2026-02-26'), days: 2, dueDay: '2026-02-28', estimated: false },
  // the Beijing day decides, not the UTC day
  { name: '23:59:59 Beijing on Oct 8 is still Oct 8', from: '2026-10-08T15:59:59.000Z', days: 1, dueDay: '2026-10-09', estimated: false },
  { name: '00:00 Beijing on Oct 9 is already Oct 9', from: '2026-10-08T16:00:00.000Z', days: 1, dueDay: '2026-10-10', estimated: false },
  { name: '0 days: the end of the start day', from: bj('2026-10-09', '08:00'), days: 0, dueDay: '2026-10-09', estimated: false },
  // 2027 has no official data in chinese-days 1.5.7
  { name: 'ends in 2026 before the year without data', from: bj('2026-12-28'), days: 3, dueDay: '2026-12-31', estimated: false },
  { name: 'crosses into 2027: plain weekdays, estimated', from: bj('2026-12-30'), days: 5, dueDay: '2027-01-06', estimated: true }
]

export const dueAtOf = (ymd: string): string => new Date(`${ymd}T23:59:59+08:00`).toISOString()
