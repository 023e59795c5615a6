import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, PolicyDetail, ServiceDetail } from '../../types'
import { call } from '../../src/services'
import PolicyDetailPage from '../../src/packages/policy/detail/index'
import { policyDetail } from './policyFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'p1' } }) }
})

const service = (extra: Partial<ServiceDetail> = {}): ServiceDetail => ({
  _id: 'svc-loan',
  name: '信贷续贷服务',
  category: '融资信贷',
  department: '市金融服务中心',
  promisedDays: 5,
  fee: '免费',
  modes: ['导办', '代办'],
  summary: '',
  active: true,
  parkId: null,
  materials: [],
  guide: [],
  policyIds: ['p1'],
  ...extra
})

let detail: PolicyDetail
let svc: ServiceDetail

function answer() {
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    const p = payload as Record<string, unknown>
    if (action === 'policy.get') return detail as never
    if (action === 'service.get') return svc as never
    if (action === 'policy.favourite') return { favourite: p.on } as never
    if (action === 'policy.follow') return { categories: p.on ? ['人才', p.category] : ['人才'] } as never
    throw new Error(`unexpected ${action}`)
  })
}

async function el(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
}

async function tap(selector: string) {
  const target = await el(selector)
  await act(async () => {
    fireEvent.click(target)
  })
}

const writes = (action: ActionName) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

beforeEach(() => {
  mockCall.mockReset()
  detail = policyDetail('p1')
  svc = service()
  answer()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
  jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
  // jsdom has no media playback; Taro's <Video> calls load() on mount
  jest.spyOn(HTMLMediaElement.prototype, 'load').mockImplementation(() => undefined)
})
afterEach(() => jest.restoreAllMocks())

describe('policy detail', () => {
  it('shows the facts, the window with days left, the text and the 解读 with its video', async () => {
    detail = policyDetail('p1', { interpretation: { text: '一图读懂。\n重点是续贷。', videoUrl: 'https://example.gov.cn/v/loan.mp4' } })
    render(<PolicyDetailPage />)
    expect(await screen.findByText('2025-03-01 至 2025-03-19（剩12天）')).toBeTruthy()
    expect(screen.getByText('潭政发〔2025〕3号')).toBeTruthy()
    expect(screen.getByText('湘潭市人民政府')).toBeTruthy()
    expect(screen.getByText('小型、微型')).toBeTruthy()
    expect((await el('#policy-body')).textContent).toContain('第一条 为支持中小企业发展')
    expect((await el('#policy-interpretation')).textContent).toContain('重点是续贷。')
    expect((await el('#policy-video')).getAttribute('src')).toBe('https://example.gov.cn/v/loan.mp4')
    expect(mockCall).toHaveBeenCalledWith('policy.get', { id: 'p1' })
  })

  it('explains the match condition by condition and leads to the profile', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<PolicyDetailPage />)
    expect((await el('#match-verdict')).textContent).toBe('差一点')
    const panel = await el('#match-panel')
    for (const c of detail.match!.conditions) expect(panel.textContent).toContain(c.message)
    expect((await el('#match-condition-requiredTags')).className).toContain('match-panel__condition--unmet')
    expect((await el('#match-condition-minEmployees')).className).toContain('match-panel__condition--unknown')
    expect((await el('#match-condition-industries')).className).toContain('match-panel__condition--met')
    expect(panel.textContent).toContain('还差 2 项条件')

    await tap('#action-edit-profile .at-button')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/enterprise/profile/index' })
  })

  it('has no match panel without an enterprise', async () => {
    detail = policyDetail('p1', { match: null })
    render(<PolicyDetailPage />)
    expect(await screen.findByText(/认证为企业成员后，可在此查看/)).toBeTruthy()
    expect(document.querySelector('#match-panel')).toBeNull()
  })

  it('toggles the favourite and follows a category with the server answer', async () => {
    render(<PolicyDetailPage />)
    const fav = await el('#policy-favourite')
    expect(fav.textContent).toContain('收藏')
    await tap('#policy-favourite')
    await waitFor(() => expect(fav.textContent).toContain('已收藏'))
    await tap('#policy-favourite')
    await waitFor(() => expect(fav.textContent).not.toContain('已收藏'))
    expect(writes('policy.favourite')).toEqual([
      { id: 'p1', on: true },
      { id: 'p1', on: false }
    ])

    await tap('#follow-金融')
    await waitFor(() => expect(document.querySelector('#follow-金融')?.textContent).toContain('已关注'))
    expect(writes('policy.follow')).toEqual([{ category: '金融', on: true }])
  })

  it('申报 and 帮代办 open the linked service application with its modes', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<PolicyDetailPage />)
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('service.get', { id: 'svc-loan' }))
    await tap('#policy-apply')
    expect(navigate).toHaveBeenLastCalledWith({ url: `/packages/service/apply/index?serviceId=svc-loan&mode=${encodeURIComponent('导办')}` })
    await tap('#policy-proxy')
    expect(navigate).toHaveBeenLastCalledWith({ url: `/packages/service/apply/index?serviceId=svc-loan&mode=${encodeURIComponent('代办')}` })
  })

  it('offers no 帮代办 when the service does not, and no 申报 once the window closed or for 免申即享', async () => {
    svc = service({ modes: ['领办'] })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const first = render(<PolicyDetailPage />)
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('service.get', { id: 'svc-loan' }))
    await waitFor(() => expect(document.querySelector('#policy-proxy')).toBeNull())
    await tap('#policy-apply')
    expect(navigate).toHaveBeenLastCalledWith({ url: `/packages/service/apply/index?serviceId=svc-loan&mode=${encodeURIComponent('领办')}` })
    first.unmount()

    navigate.mockClear()
    detail = policyDetail('p1', { window: { state: 'closed', daysLeft: null } })
    const second = render(<PolicyDetailPage />)
    expect((await el('#policy-apply')).textContent).toBe('申报已截止')
    await tap('#policy-apply')
    expect(navigate).not.toHaveBeenCalled()
    second.unmount()

    detail = policyDetail('p1', { exempt: true })
    render(<PolicyDetailPage />)
    expect(await screen.findByText(/免申即享：符合条件的企业无需申报/)).toBeTruthy()
    expect(document.querySelector('#policy-apply')).toBeNull()
  })

  it('opens an attachment and copies the link to share (h5)', async () => {
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    const copy = jest.spyOn(Taro, 'setClipboardData').mockResolvedValue({ errMsg: 'setClipboardData:ok' } as never)
    render(<PolicyDetailPage />)
    await tap('#policy-attachment-0')
    expect(open).toHaveBeenCalledWith('https://example.gov.cn/files/apply.docx', '_blank')
    await tap('#policy-share')
    expect(copy).toHaveBeenCalledWith({ data: window.location.href })
  })
})
