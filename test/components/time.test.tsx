import { formatDate, formatDateTime, formatShort } from '../../src/utils/time'

/** Dates are read on the Beijing calendar whatever the device's zone. */
describe.each(['UTC', 'Asia/Shanghai', 'America/Los_Angeles'])('time formatting with TZ=%s', (tz) => {
  const saved = process.env.TZ
  beforeAll(() => {
    process.env.TZ = tz
  })
  afterAll(() => {
    process.env.TZ = saved
  })

  it('formats instants in Beijing time', () => {
    // 16:30 UTC on the 6th is 00:30 on the 7th in Beijing
    expect(formatDate('2025-03-06T16:30:00.000Z')).toBe('2025-03-07')
    expect(formatDateTime('2025-03-06T16:30:00.000Z')).toBe('2025-03-07 00:30')
    expect(formatDateTime('2025-12-31T15:59:59.000Z')).toBe('2025-12-31 23:59')
  })

  it('shortens by the Beijing calendar day', () => {
    const now = new Date('2025-03-07T02:00:00.000Z') // 10:00 Beijing on the 7th
    expect(formatShort('2025-03-06T16:30:00.000Z', now)).toBe('00:30')
    expect(formatShort('2025-03-06T15:30:00.000Z', now)).toBe('03-06')
    expect(formatShort('2024-12-30T04:00:00.000Z', now)).toBe('2024-12-30')
  })

  it('returns an empty string for missing or broken values', () => {
    expect(formatDate('')).toBe('')
    expect(formatDate(null)).toBe('')
    expect(formatDateTime('not a date')).toBe('')
  })
})
