/**
 * Checking the dates a manager types for a year's holiday arrangement. Pure calendar
 * arithmetic on 'YYYY-MM-DD' (UTC dates), so the device's time zone cannot shift a day.
 */

export type DateListKind = 'holidays' | 'workdays'

const WEEKDAY_NAMES = ['日', '一', '二', '三', '四', '五', '六']

/** day of the week (0 = Sunday) of a valid 'YYYY-MM-DD', or null when it is not a real date */
export function weekdayOf(ymd: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd)
  if (!m) return null
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null
  return date.getUTCDay()
}

export interface ParsedDates {
  /** new dates to add, sorted */
  added: string[]
  /** holidays that fall on a weekend (already days off), left out */
  skipped: string[]
  /** the first problem, if any; nothing is added then */
  error: string | null
}

interface Context {
  year: number
  kind: DateListKind
  /** dates already in this list */
  current: string[]
  /** dates in the other list */
  other: string[]
}

/**
 * Reads what was typed: one or more dates separated by spaces, commas or 、. A holiday must be a
 * weekday (a weekend is off anyway) and a 调休 working day a Saturday or Sunday.
 */
export function parseDates(input: string, { year, kind, current, other }: Context): ParsedDates {
  const tokens = input.split(/[\s,，、;；]+/).filter(Boolean)
  if (tokens.length === 0) return { added: [], skipped: [], error: '请输入日期，格式为 YYYY-MM-DD' }
  const added = new Set<string>()
  const skipped: string[] = []
  for (const raw of tokens) {
    const ymd = raw.replace(/[/.]/g, '-')
    if (!/^\d{4}-\d{2}-\d{2}$/.test(ymd)) return fail(`“${raw}”格式不正确，应为 YYYY-MM-DD，例如 ${year}-10-01`)
    const weekday = weekdayOf(ymd)
    if (weekday === null) return fail(`“${raw}”不是有效的日期`)
    if (Number(ymd.slice(0, 4)) !== year) return fail(`“${raw}”不在${year}年`)
    if (other.includes(ymd)) return fail(`“${ymd}”已录入为${kind === 'holidays' ? '调休上班日' : '放假日期'}，同一天不能既放假又上班`)
    const weekend = weekday === 0 || weekday === 6
    if (kind === 'workdays' && !weekend) return fail(`“${ymd}”是周${WEEKDAY_NAMES[weekday]}，本来就是工作日；调休上班日应为周六或周日`)
    if (kind === 'holidays' && weekend) skipped.push(ymd)
    else if (!current.includes(ymd)) added.add(ymd)
  }
  return { added: [...added].sort(), skipped, error: null }
}

function fail(error: string): ParsedDates {
  return { added: [], skipped: [], error }
}

/** '2027-10-01' → '周五' */
export function weekdayLabel(ymd: string): string {
  const weekday = weekdayOf(ymd)
  return weekday === null ? '' : `周${WEEKDAY_NAMES[weekday]}`
}
