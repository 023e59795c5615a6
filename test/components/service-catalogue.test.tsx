import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import ServiceCataloguePage from '../../src/packages/service/catalogue/index'
import ServiceDetailPage from '../../src/packages/service/detail/index'
import { page, policyDetail, serviceDetail, serviceSummary } from './service-fixtures'

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
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

async function tap(selector: string) {
  const el = await waitFor(() => {
    const found = document.querySelector(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}

beforeEach(() => {
  mockCall.mockReset()
  routerParams = {}
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('惠企服务 catalogue', () => {
  it('lists services with department, promised days, fee and modes, and filters by category', async () => {
    mockCall.mockImplementation((async (action: string, payload: { category?: string }) => {
      if (action !== 'service.list') throw new Error(`unexpected ${action}`)
      return payload.category === '企业开办'
        ? page([serviceSummary({ _id: 'svc-open', name: '企业开办一件事', category: '企业开办', department: '市政务服务中心', promisedDays: 1, modes: ['领办'] })])
        : page([serviceSummary(), serviceSummary({ _id: 'svc-paused', name: '水电气联合报装', active: false })])
    }) as unknown as typeof call)
    render(<ServiceCataloguePage />)

    expect(await screen.findByText('续贷过桥服务')).toBeTruthy()
    expect(screen.getAllByText('市融资信贷服务中心 · 承诺 5 个工作日办结 · 免费')).toHaveLength(2)
    const modes = Array.from(document.querySelectorAll('#service-svc-loan .svc-tag')).map((e) => e.textContent)
    expect(modes).toEqual(['导办', '帮办', '代办'])
    expect(document.querySelector('#service-svc-paused')?.textContent).toContain('暂停受理')
    expect(screen.getByText('企业接待日 · 早餐会')).toBeTruthy()

    await tap('#service-category-企业开办')
    expect(await screen.findByText('企业开办一件事')).toBeTruthy()
    expect(screen.queryByText('续贷过桥服务')).toBeNull()
    expect(sent('service.list').at(-1)).toEqual({ category: '企业开办', page: 1, pageSize: 10 })
  })

  it('opens the appointments page from the 企业接待日 / 早餐会 entry', async () => {
    mockCall.mockResolvedValue(page([]) as never)
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<ServiceCataloguePage />)
    expect(await screen.findByText('暂无服务')).toBeTruthy()
    await tap('#appointments-entry')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/service/appointments/index' })
  })
})

describe('惠企服务 detail', () => {
  function serve(detail = serviceDetail()) {
    mockCall.mockImplementation((async (action: string) => {
      if (action === 'service.get') return detail
      if (action === 'policy.getMany') return [policyDetail()]
      throw new Error(`unexpected ${action}`)
    }) as unknown as typeof call)
  }

  it('shows the 一次性告知 list with required items marked, the guide, the facts and the linked policy', async () => {
    routerParams = { id: 'svc-loan' }
    serve()
    render(<ServiceDetailPage />)

    expect(await screen.findByText('营业执照')).toBeTruthy()
    const tagOf = (key: string) => document.querySelector(`#material-item-${key} .svc-tag`)?.textContent
    expect([tagOf('license'), tagOf('statement'), tagOf('plan')]).toEqual(['必交', '必交', '选交'])
    expect(screen.getByText('加盖公章的复印件')).toBeTruthy()
    expect(screen.getByText('第二步：服务中心3个工作日内对接合作银行。')).toBeTruthy()
    expect(screen.getByText('5 个工作日')).toBeTruthy()
    expect(screen.getByText('免费')).toBeTruthy()
    expect(screen.getByText('企业授权后，工作人员全程代为办理')).toBeTruthy()
    expect(await screen.findByText('中小微企业续贷过桥资金支持办法')).toBeTruthy()
    expect(sent('service.get')).toEqual([{ id: 'svc-loan' }])
    // the linked policies come in one request
    expect(sent('policy.getMany')).toEqual([{ ids: ['pol-1'] }])
    expect(sent('policy.get')).toEqual([])
  })

  it('reads several linked policies in one request and leaves out a withdrawn one', async () => {
    routerParams = { id: 'svc-loan' }
    mockCall.mockImplementation((async (action: string, payload: { ids?: string[] }) => {
      if (action === 'service.get') return serviceDetail({ policyIds: ['pol-1', 'pol-2', 'pol-3'] })
      if (action === 'policy.getMany') {
        // pol-2 was withdrawn: the server leaves it out
        return [policyDetail({ _id: 'pol-1', title: '第一项关联政策' }), policyDetail({ _id: 'pol-3', title: '第三项关联政策' })].filter((p) => payload.ids?.includes(p._id))
      }
      throw new Error(`unexpected ${action}`)
    }) as unknown as typeof call)
    render(<ServiceDetailPage />)
    expect(await screen.findByText('第三项关联政策')).toBeTruthy()
    expect(screen.getByText('第一项关联政策')).toBeTruthy()
    expect(document.querySelector('#linked-policy-pol-2')).toBeNull()
    expect(sent('policy.getMany')).toEqual([{ ids: ['pol-1', 'pol-2', 'pol-3'] }])
    expect(mockCall.mock.calls.length).toBe(2)
  })

  it('opens the application, with 帮办 for 帮代办, and the linked policy', async () => {
    routerParams = { id: 'svc-loan' }
    serve()
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<ServiceDetailPage />)
    await screen.findByText('营业执照')

    await tap('#service-apply')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/service/apply/index?serviceId=svc-loan' })
    await tap('#service-proxy')
    expect(navigate).toHaveBeenLastCalledWith({ url: `/packages/service/apply/index?serviceId=svc-loan&mode=${encodeURIComponent('帮办')}` })
    await tap('#linked-policy-pol-1')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/policy/detail/index?id=pol-1' })
  })

  it('offers no application for a paused service, and no 帮代办 when neither 帮办 nor 代办 is offered', async () => {
    routerParams = { id: 'svc-loan' }
    serve(serviceDetail({ active: false }))
    const first = render(<ServiceDetailPage />)
    expect(await screen.findByText(/该服务暂停受理/)).toBeTruthy()
    expect(document.querySelector('#service-apply')).toBeNull()
    first.unmount()

    serve(serviceDetail({ modes: ['领办'] }))
    render(<ServiceDetailPage />)
    await screen.findByText('营业执照')
    expect(document.querySelector('#service-apply')).toBeTruthy()
    expect(document.querySelector('#service-proxy')).toBeNull()
  })
})
