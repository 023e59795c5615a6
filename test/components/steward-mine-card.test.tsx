import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me, MySteward } from '../../types'
import { call } from '../../src/services'
import MinePage from '../../src/pages/mine/index'
import { meAs } from './fixtures'
import { card, mine } from './steward-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

function serve(me: Me, steward: MySteward = mine()) {
  mockCall.mockImplementation((async (action: string) => {
    if (action === 'session.me') return me
    if (action === 'steward.mine') return steward
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

async function tap(selector: string) {
  const target = await el(selector)
  await act(async () => {
    fireEvent.click(target.querySelector('.at-button') ?? target)
  })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('我的管家 card', () => {
  it('shows the enterprise’s steward with the full number, 咨询, 拨打电话 and 申请更换管家', async () => {
    serve(meAs('entrepreneur'))
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<MinePage />)
    const box = await el('#my-steward')
    await waitFor(() => expect(box.textContent).toContain('李卫东'))
    expect(box.textContent).toContain('经济发展局副局长 · 湘潭高新区管委会')
    expect(box.textContent).toContain('15200731628')

    await tap('#my-steward-call')
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '15200731628' })
    await tap('#my-steward-consult')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/case/submit/index?type=consult' })
    await tap('#my-steward-change')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/steward/change/index' })
    await tap('.my-steward__who')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/steward/detail/index?id=u-li' })
  })

  it('has no call button when the number is not the caller’s to see', async () => {
    serve(meAs('entrepreneur'), mine({ steward: card() }))
    render(<MinePage />)
    await waitFor(async () => expect((await el('#my-steward')).textContent).toContain('李卫东'))
    expect(document.querySelector('#my-steward-call')).toBeNull()
  })

  it('says when the enterprise has no steward yet', async () => {
    serve(meAs('entrepreneur'), { steward: null, changeRequest: null })
    render(<MinePage />)
    expect(await screen.findByText(/贵企业暂未分配企业管家/)).toBeTruthy()
    expect(document.querySelector('#my-steward-consult')).toBeNull()
  })

  it('links an open change request instead of offering another', async () => {
    serve(meAs('entrepreneur'), mine({ changeRequest: { caseId: 'c-9', number: 'TS20250307-0002' } }))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<MinePage />)
    expect((await el('#my-steward-request')).textContent).toContain('更换申请办理中（TS20250307-0002）')
    expect(document.querySelector('#my-steward-change')).toBeNull()
    await tap('#my-steward-request')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=c-9' })
  })

  it.each(['guest', 'steward', 'manager', 'admin'] as const)('is not shown to a %s, and steward.mine is not asked', async (role) => {
    serve(meAs(role))
    render(<MinePage />)
    await screen.findByText('编辑资料')
    expect(document.querySelector('#my-steward')).toBeNull()
    expect(mockCall.mock.calls.map(([a]) => a)).not.toContain('steward.mine')
  })
})
