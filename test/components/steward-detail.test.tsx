import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me, StewardDetail } from '../../types'
import { call } from '../../src/services'
import StewardDetailPage from '../../src/packages/steward/detail/index'
import { meAs } from './fixtures'
import { detail, record, VISIBLE } from './steward-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

const mockCall = call as jest.MockedFunction<typeof call>

function serve(steward: StewardDetail, me: Me = meAs('guest')) {
  mockCall.mockImplementation((async (action: string) => {
    if (action === 'steward.get') return steward
    if (action === 'steward.record') return record
    if (action === 'session.me') return me
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

async function tapButton(selector: string) {
  const target = await el(selector)
  await act(async () => {
    fireEvent.click(target.querySelector('.at-button') ?? target)
  })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  routerParams = { id: 'u-li' }
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('steward page', () => {
  it('shows a masked phone with no call or 咨询 button to someone not entitled', async () => {
    serve(detail())
    render(<StewardDetailPage />)
    expect((await el('#steward-phone')).textContent).toBe('152****1628')
    expect(screen.getByText('为保护个人信息，完整号码仅向该管家负责的企业显示。')).toBeTruthy()
    expect(document.querySelector('#steward-call')).toBeNull()
    expect(document.querySelector('#steward-consult')).toBeNull()
    expect(document.body.textContent).not.toContain('15200731628')
    expect(mockCall).toHaveBeenCalledWith('steward.get', { id: 'u-li' })
  })

  it('dials the full number for the enterprise in care, and opens the consult form', async () => {
    serve(detail({ ...VISIBLE, mine: true }), meAs('entrepreneur'))
    const dial = jest.spyOn(Taro, 'makePhoneCall').mockResolvedValue({ errMsg: 'makePhoneCall:ok' })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    render(<StewardDetailPage />)
    expect((await el('#steward-phone')).textContent).toBe('15200731628')
    await tapButton('#steward-call')
    expect(dial).toHaveBeenCalledWith({ phoneNumber: '15200731628' })
    await tapButton('#steward-consult')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/case/submit/index?type=consult' })
    expect(screen.queryByText('为保护个人信息，完整号码仅向该管家负责的企业显示。')).toBeNull()
  })

  it('offers the call but not 咨询 to an entitled reader whose enterprise this steward does not serve (a manager)', async () => {
    serve(detail({ ...VISIBLE, enterprises: [{ _id: 'ent-1', name: '湘潭恒远机电有限公司' }] }), meAs('manager'))
    render(<StewardDetailPage />)
    await el('#steward-call')
    expect(document.querySelector('#steward-consult')).toBeNull()
    expect(screen.getByText('负责的企业（1）')).toBeTruthy()
    expect(screen.getByText('湘潭恒远机电有限公司')).toBeTruthy()
    expect(await el('#steward-assign-link')).toBeTruthy()
  })

  it('shows the duties said plainly, the expertise and the public record', async () => {
    serve(detail())
    render(<StewardDetailPage />)
    expect(await screen.findByText('传递惠企政策，收集反映企业诉求')).toBeTruthy()
    expect(Array.from((await el('#steward-expertise')).querySelectorAll('.st-tag')).map((t) => t.textContent)).toEqual(['高企认定', '科技金融'])
    await waitFor(() => expect(document.querySelector('#record-ontime .record-figures__value')?.textContent).toBe('95%'))
    expect(document.querySelector('#record-response .record-figures__value')?.textContent).toBe('1小时35分钟')
    expect(document.querySelector('#steward-assign-link')).toBeNull()
  })

  it('offers the steward their own card editor', async () => {
    serve(detail({ ...VISIBLE, enterprises: [] }), { ...meAs('steward'), account: { ...meAs('steward').account, _id: 'u-li' } })
    render(<StewardDetailPage />)
    expect(await el('#steward-edit-link')).toBeTruthy()
    expect(document.querySelector('#steward-assign-link')).toBeNull()
    expect(screen.getByText('暂未负责企业。')).toBeTruthy()
  })
})
