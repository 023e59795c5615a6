import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { MySteward } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import StewardChangePage from '../../src/packages/steward/change/index'
import { mine } from './steward-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const REASON = '管家近两个月很难联系上，用电增容的问题一直没有进展。'

function serve(state: MySteward, requestChange: (p: unknown) => unknown = () => ({ _id: 'c-new' })) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (action === 'steward.mine') return state
    if (action === 'steward.requestChange') return requestChange(payload)
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

async function el(selector: string): Promise<Element> {
  return waitFor(() => {
    const found = document.querySelector(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
}

async function typeReason(value: string) {
  const input = await el('#change-reason textarea')
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

async function submit() {
  const button = await el('#change-submit .at-button')
  await act(async () => {
    fireEvent.click(button)
  })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  jest.useRealTimers()
})
afterEach(() => jest.restoreAllMocks())

describe('申请更换管家', () => {
  it('sends the reason and then follows the request as a case', async () => {
    serve(mine())
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<StewardChangePage />)
    expect(await screen.findByText('当前管家：李卫东')).toBeTruthy()
    expect(screen.getByText(/您当前的管家看不到这份申请/)).toBeTruthy()
    await typeReason(REASON)
    await submit()
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('steward.requestChange', { reason: REASON }, expect.objectContaining({ requestId: expect.any(String) })))
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=c-new' }), { timeout: 2000 })
  })

  it('checks the reason before sending', async () => {
    serve(mine())
    render(<StewardChangePage />)
    await typeReason('不满意')
    await submit()
    expect(await screen.findByText('更换原因至少10个字')).toBeTruthy()
    expect(mockCall.mock.calls.map(([a]) => a)).not.toContain('steward.requestChange')
  })

  it('shows the server’s refusal', async () => {
    serve(mine(), () => {
      throw new ApiCallError({ code: 'STEWARD_CHANGE_PENDING', message: '您已申请更换企业管家，园区正在处理，请耐心等待' })
    })
    render(<StewardChangePage />)
    await typeReason(REASON)
    await submit()
    expect(await screen.findByText('您已申请更换企业管家，园区正在处理，请耐心等待')).toBeTruthy()
  })

  it('points to the open request instead of the form', async () => {
    serve(mine({ changeRequest: { caseId: 'c-9', number: 'TS20250307-0002' } }))
    render(<StewardChangePage />)
    expect(await screen.findByText(/办件编号 TS20250307-0002/)).toBeTruthy()
    expect(document.querySelector('#change-reason')).toBeNull()
  })

  it('says there is nothing to change without a steward', async () => {
    serve({ steward: null, changeRequest: null })
    render(<StewardChangePage />)
    expect(await screen.findByText('贵企业暂未分配企业管家')).toBeTruthy()
  })
})
