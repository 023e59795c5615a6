import { LECTURE_CHECKIN_CODE_LENGTH, LECTURE_CHECKIN_CODE_PATTERN } from '../../../../types'

/** what is typed, as the server reads it: upper case, no spaces */
export const normaliseCode = (typed: string): string => typed.replace(/\s+/g, '').toUpperCase().slice(0, LECTURE_CHECKIN_CODE_LENGTH)

/**
 * The check-in code from a scanned QR: the code itself, or a link carrying it as `code=`
 * (either may be what an organiser's screen shows). null when it holds no code.
 */
export function codeFromScan(result: string): string | null {
  const text = result.trim()
  const direct = text.toUpperCase()
  if (LECTURE_CHECKIN_CODE_PATTERN.test(direct)) return direct
  const param = /[?&]code=([A-Za-z0-9]+)/.exec(text)?.[1]?.toUpperCase()
  return param && LECTURE_CHECKIN_CODE_PATTERN.test(param) ? param : null
}
