import { render, screen, waitFor } from '@testing-library/react'
import { DEFAULT_RATE_LIMITS, RATE_LIMIT_CLASS_LABELS, type RateLimitSettings } from '../../types'
import { call } from '../../src/services'
import LimitsPage from '../../src/packages/workbench/limits/index'
import { meAs } from './fixtures'
import { answerCalls, sentTo, tap, typeInto } from './dom'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

function serve(role: 'admin' | 'manager') {
  answerCalls(mockCall, {
    'session.me': () => meAs(role),
    'settings.getRateLimits': () => DEFAULT_RATE_LIMITS,
    'settings.setRateLimits': (payload) => payload
  })
}

const sent = () => sentTo(mockCall, 'settings.setRateLimits') as RateLimitSettings[]
const typeIntoField = (id: string, value: string) => typeInto(`#${id}`, value)
const save = () => tap('#limits-submit')

beforeEach(() => mockCall.mockReset())

describe('频率限制', () => {
  it('shows every class with its Chinese label and current numbers', async () => {
    serve('admin')
    render(<LimitsPage />)
    for (const label of Object.values(RATE_LIMIT_CLASS_LABELS)) expect(await screen.findByText(label)).toBeTruthy()
    expect(screen.getAllByText('即 10 分钟').length).toBeGreaterThan(0)
  })

  it('refuses a per-IP limit below the per-account one and an empty field, sending nothing', async () => {
    serve('admin')
    render(<LimitsPage />)
    await typeIntoField('limit-case-perIp', '5')
    await save()
    expect(await screen.findByText('每个IP的次数不能少于每个账号的次数')).toBeTruthy()
    await typeIntoField('limit-post-windowSeconds', '')
    expect(await screen.findByText('统计时段（秒）应为数字')).toBeTruthy()
    expect(sent()).toEqual([])
  })

  it('saves the edited numbers', async () => {
    serve('admin')
    render(<LimitsPage />)
    await typeIntoField('limit-case-perAccount', '3')
    await typeIntoField('limit-case-windowSeconds', '3600')
    await save()
    await waitFor(() => expect(sent()).toHaveLength(1))
    expect(sent()[0]).toEqual({ ...DEFAULT_RATE_LIMITS, case: { perAccount: 3, perIp: 60, windowSeconds: 3600 } })
  })

  it('is not offered to a park manager', async () => {
    serve('manager')
    render(<LimitsPage />)
    expect(await screen.findByText('仅市级管理员可以设置频率限制')).toBeTruthy()
    expect(mockCall.mock.calls.map(([a]) => a)).toEqual(['session.me'])
  })
})
