import { act, render } from '@testing-library/react'
import type { CaseDeadline } from '../../types'
import CaseCountdown from '../../src/components/CaseCountdown'
import { countdown, formatDuration } from '../../src/utils/countdown'

const MIN = 60 * 1000
const due = Date.parse('2025-03-10T09:00:00.000Z')
const deadline = (kind: CaseDeadline['kind'] = 'resolve', overdue = false): CaseDeadline => ({ kind, dueAt: new Date(due).toISOString(), overdue })

describe('countdown formatting', () => {
  it('drops zero parts and never shows seconds', () => {
    expect(formatDuration(2 * 1440 + 3 * 60 + 59)).toBe('2天3小时')
    expect(formatDuration(2 * 1440)).toBe('2天')
    expect(formatDuration(3 * 60 + 5)).toBe('3小时5分钟')
    expect(formatDuration(60)).toBe('1小时')
    expect(formatDuration(45)).toBe('45分钟')
  })

  it('counts what is left, rounding up, with the kind of deadline', () => {
    const v = countdown(deadline('resolve'), due - (2 * 1440 + 3 * 60) * MIN)
    expect(v).toEqual({ label: '办结时限', text: '剩余2天3小时', overdue: false, urgent: false })
    expect(countdown(deadline('response'), due - 45 * MIN).text).toBe('剩余45分钟')
    expect(countdown(deadline('response'), due - 30 * 1000).text).toBe('剩余1分钟')
    expect(countdown(deadline('rectify'), due - 45 * MIN).label).toBe('整改时限')
  })

  it('turns urgent under four hours, not at four', () => {
    expect(countdown(deadline(), due - 4 * 60 * MIN).urgent).toBe(false)
    expect(countdown(deadline(), due - (4 * 60 - 1) * MIN).urgent).toBe(true)
  })

  it('counts the time past once overdue', () => {
    expect(countdown(deadline(), due + (1440 + 2 * 60 + 30) * MIN)).toEqual({ label: '办结时限', text: '已超期1天2小时', overdue: true, urgent: true })
    expect(countdown(deadline(), due + 20 * 1000).text).toBe('刚刚超期')
  })

  it('believes the server when it already saw the deadline pass and this clock lags', () => {
    expect(countdown(deadline('resolve', true), due - 10 * MIN)).toEqual({ label: '办结时限', text: '已超期', overdue: true, urgent: true })
  })
})

describe('CaseCountdown', () => {
  afterEach(() => jest.useRealTimers())

  it('renders nothing without a deadline', () => {
    const { container } = render(<CaseCountdown deadline={null} />)
    expect(container.textContent).toBe('')
  })

  it('ticks by itself and turns red when the time is short', () => {
    jest.useFakeTimers({ now: due - (4 * 60 + 1) * MIN })
    const { container } = render(<CaseCountdown deadline={deadline()} />)
    expect(container.textContent).toBe('办结时限剩余4小时1分钟')
    expect(container.querySelector('.case-countdown--urgent')).toBeNull()

    act(() => {
      jest.advanceTimersByTime(2 * MIN)
    })
    expect(container.textContent).toBe('办结时限剩余3小时59分钟')
    expect(container.querySelector('.case-countdown--urgent')).not.toBeNull()
  })

  it('stops its timer when unmounted', () => {
    jest.useFakeTimers({ now: due - 60 * MIN })
    const interval = jest.spyOn(globalThis, 'setInterval')
    const cleared = jest.spyOn(globalThis, 'clearInterval')
    const { unmount } = render(<CaseCountdown deadline={deadline()} />)
    expect(interval).toHaveBeenCalledTimes(1)
    const timer = interval.mock.results[0].value
    unmount()
    expect(cleared).toHaveBeenCalledWith(timer)
    interval.mockRestore()
    cleared.mockRestore()
  })

  it('uses a clock passed down instead of its own', () => {
    jest.useFakeTimers({ now: due })
    const interval = jest.spyOn(globalThis, 'setInterval')
    const { container } = render(<CaseCountdown deadline={deadline()} now={due - 90 * MIN} />)
    expect(container.textContent).toContain('剩余1小时30分钟')
    expect(interval).not.toHaveBeenCalled()
    interval.mockRestore()
  })
})
