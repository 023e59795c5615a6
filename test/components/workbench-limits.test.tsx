import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { DEFAULT_RATE_LIMITS, RATE_LIMIT_CLASS_LABELS, type RateLimitSettings } from '../../types'
import { call } from '../../src/services'
import LimitsPage from '../../src/packages/workbench/limits/index'
import { meAs } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

function serve(role: 'admin' | 'manager') {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (action === 'session.me') return meAs(role)
    if (action === 'settings.getRateLimits') return DEFAULT_RATE_LIMITS
    if (action === 'settings.setRateLimits') return payload
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

const sent = () => mockCall.mock.calls.filter(([a]) => a === 'settings.setRateLimits').map(([, p]) => p as RateLimitSettings)

/** Taro's h5 Input creates its inner <input> asynchronously */
async function typeInto(id: string, value: string) {
  const el = await waitFor(() => {
    const found = document.querySelector<HTMLInputElement>(`#${id} input`)
    if (!found) throw new Error(`no input in #${id}`)
    return found
  })
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

async function save() {
  const el = await waitFor(() => {
    const found = document.querySelector('#limits-submit')
    if (!found) throw new Error('no #limits-submit')
    return found
  })
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}

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
    await typeInto('limit-case-perIp', '5')
    await save()
    expect(await screen.findByText('每个IP的次数不能少于每个账号的次数')).toBeTruthy()
    await typeInto('limit-post-windowSeconds', '')
    expect(await screen.findByText('统计时段（秒）应为数字')).toBeTruthy()
    expect(sent()).toEqual([])
  })

  it('saves the edited numbers', async () => {
    serve('admin')
    render(<LimitsPage />)
    await typeInto('limit-case-perAccount', '3')
    await typeInto('limit-case-windowSeconds', '3600')
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
