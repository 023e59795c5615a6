import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import chineseDays from 'chinese-days'
import { createWorkCalendar, libraryCovers, MAX_DAYS_WITHOUT_WORKDAY } from '../../../cloudfunctions/api/src/domain/calendar'
import { DEADLINE_CASES, dueAtOf } from './cases'

const official = createWorkCalendar(new Map())

describe('the official calendar (chinese-days 1.5.7)', () => {
  it('covers 2026 and not 2027, which is what the estimated cases below rely on', () => {
    expect(chineseDays.getHolidaysInRange('2026-01-01', '2026-12-31', false).length).toBeGreaterThan(0)
    expect(chineseDays.getHolidaysInRange('2027-01-01', '2027-12-31', false)).toEqual([])
    expect(libraryCovers(2026)).toBe(true)
    expect(libraryCovers(2027)).toBe(false)
    expect(official.sourceOf(2026)).toBe('library')
    expect(official.sourceOf(2027)).toBe('weekdays')
  })

  it('knows the 2026 National Day and Spring Festival arrangements, 调休 included', () => {
    for (const d of ['2026-10-01', '2026-10-07', '2026-02-15', '2026-02-23', '2026-10-11']) expect(official.isWorkday(d)).toBe(false)
    for (const d of ['2026-09-20', '2026-10-10', '2026-02-14', '2026-02-28', '2026-10-08', '2026-02-24']) expect(official.isWorkday(d)).toBe(true)
  })
})

describe('addWorkingDays', () => {
  it.each(DEADLINE_CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(official.addWorkingDays(new Date(c.from), c.days)).toEqual({ dueAt: dueAtOf(c.dueDay), estimated: c.estimated })
  })

  it('uses a manager override for a year without data, and is then not estimated', () => {
    const withOverride = createWorkCalendar(new Map([[2027, { holidays: ['2027-01-01'], workdays: [] }]]))
    expect(withOverride.sourceOf(2027)).toBe('override')
    expect(withOverride.addWorkingDays(new Date('2026-12-30T02:00:00Z'), 5)).toEqual({ dueAt: dueAtOf('2027-01-07'), estimated: false })
  })

  it('counts an override working weekend', () => {
    const withOverride = createWorkCalendar(new Map([[2027, { holidays: ['2027-02-08'], workdays: ['2027-02-06'] }]]))
    // Fri Feb 5 → Sat Feb 6 (working) → Mon Feb 8 is off → Tue Feb 9
    expect(withOverride.addWorkingDays(new Date('2027-02-05T02:00:00Z'), 1)).toEqual({ dueAt: dueAtOf('2027-02-06'), estimated: false })
    expect(withOverride.addWorkingDays(new Date('2027-02-05T02:00:00Z'), 2)).toEqual({ dueAt: dueAtOf('2027-02-09'), estimated: false })
  })

  it('library data wins over an override for a covered year', () => {
    const cal = createWorkCalendar(new Map([[2026, { holidays: ['2026-10-08'], workdays: [] }]]))
    expect(cal.sourceOf(2026)).toBe('library')
    expect(cal.isWorkday('2026-10-08')).toBe(true)
  })

  it('refuses a negative or fractional number of days', () => {
    expect(() => official.addWorkingDays(new Date('2026-10-09T02:00:00Z'), -1)).toThrow(/non-negative integer/)
    expect(() => official.addWorkingDays(new Date('2026-10-09T02:00:00Z'), 1.5)).toThrow(/non-negative integer/)
  })

  it('stops with a clear error instead of looping when no working day comes', () => {
    const allWeekdays = (year: number) => {
      const out: string[] = []
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000) {
        const d = new Date(t)
        if (d.getUTCDay() !== 0 && d.getUTCDay() !== 6) out.push(d.toISOString().slice(0, 10))
      }
      return out
    }
    const broken = createWorkCalendar(
      new Map([
        [2030, { holidays: allWeekdays(2030), workdays: [] }],
        [2031, { holidays: allWeekdays(2031), workdays: [] }]
      ])
    )
    expect(() => broken.addWorkingDays(new Date('2029-12-31T02:00:00Z'), 1)).toThrow(
      new RegExp(`no working day in the ${MAX_DAYS_WITHOUT_WORKDAY} days`)
    )
  })
})

describe('time zone independence', () => {
  // The library's own date functions shift days west of UTC; ours must not.
  it.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles'])('computes the same deadlines under TZ=%s', (tz) => {
    const tsx = createRequire(__filename).resolve('tsx/cli')
    const stdout = execFileSync(process.execPath, [tsx, join(__dirname, 'tzProbe.ts')], {
      env: { ...process.env, TZ: tz },
      encoding: 'utf8'
    })
    expect(JSON.parse(stdout)).toEqual(DEADLINE_CASES.map((c) => ({ dueAt: dueAtOf(c.dueDay), estimated: c.estimated })))
  }, 30_000)
})
