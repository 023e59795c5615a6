import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import ManageServicePage from '../../src/packages/manage/service/index'
import ManageSlotsPage from '../../src/packages/manage/slots/index'
import { beijingInstant, EMPTY_SLOT, validateSlot } from '../../src/packages/manage/slots/slotValues'
import { meAs, park } from './fixtures'
import { page, serviceDetail, slot } from './service-fixtures'

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

type Handler = (payload: unknown) => unknown
function serve(handlers: Record<string, Handler> = {}, me: Me = meAs('manager')) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (handlers[action]) return handlers[action](payload)
    if (action === 'session.me') return me
    if (action === 'appointment.slots') return page([slot()])
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

async function find(selector: string): Promise<Element> {
  return waitFor(() => {
    const el = document.querySelector(selector)
    if (!el) throw new Error(`no ${selector}`)
    return el
  })
}

async function tap(selector: string) {
  const el = await find(selector)
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}

async function type(selector: string, value: string) {
  const el = await find(selector)
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = {}
})
afterEach(() => jest.restoreAllMocks())

describe('服务管理 — service editor', () => {
  it('says which material row is wrong, then saves the catalogue entry with its materials', async () => {
    serve({ 'service.save': () => serviceDetail({ _id: 'svc-new', name: '知识产权质押融资' }) })
    render(<ManageServicePage />)
    await type('#service-name input', '知识产权质押融资')
    await tap('#service-category-知识产权')
    await type('#service-department input', '市市场监督管理局')
    await type('#service-days input', '10')
    await tap('#service-mode-帮办')
    await tap('#service-mode-导办')
    await type('#service-summary textarea', '以专利、商标质押向银行申请贷款。')
    await type('#service-guide textarea', '提交材料\n\n银行评估')
    await tap('#material-add')
    await tap('#material-add')
    await type('#material-name-0 input', '专利证书')
    await tap('#service-save')

    expect(await screen.findByText('请填写材料名称')).toBeTruthy()
    expect(document.querySelector('#material-row-1')?.textContent).toContain('请填写材料名称')
    expect(document.querySelector('#material-row-0')?.textContent).not.toContain('请填写材料名称')
    expect(sent('service.save')).toHaveLength(0)

    await type('#material-name-1 input', '企业征信报告')
    await type('#material-note-1 input', '近一个月内打印')
    await tap('#service-save')
    await waitFor(() => expect(sent('service.save')).toHaveLength(1))
    expect(sent('service.save')[0]).toEqual({
      name: '知识产权质押融资',
      category: '知识产权',
      department: '市市场监督管理局',
      promisedDays: 10,
      fee: '免费',
      modes: ['帮办', '导办'],
      summary: '以专利、商标质押向银行申请贷款。',
      guide: ['提交材料', '银行评估'],
      materials: [
        { key: 'm1', name: '专利证书', required: true, note: '' },
        { key: 'm2', name: '企业征信报告', required: true, note: '近一个月内打印' }
      ],
      policyIds: [],
      active: true
    })
  })

  it('opens an existing service with its materials and keeps their keys', async () => {
    routerParams = { id: 'svc-loan' }
    serve({ 'service.get': () => serviceDetail({ policyIds: [], parkId: park._id }), 'service.save': (p) => ({ ...serviceDetail(), ...(p as object) }) })
    render(<ManageServicePage />)
    await waitFor(() => expect((document.querySelector('#material-name-0 input') as HTMLInputElement | null)?.value).toBe('营业执照'))
    await tap('#material-add')
    await type('#material-name-3 input', '担保合同')
    await tap('#service-save')
    await waitFor(() => expect(sent('service.save')).toHaveLength(1))
    const saved = sent('service.save')[0] as { id: string; materials: Array<{ key: string }> }
    expect(saved.id).toBe('svc-loan')
    expect(saved.materials.map((m) => m.key)).toEqual(['license', 'statement', 'plan', 'm4'])
  })
})

describe('服务管理 — city and park scope', () => {
  it('shows a park manager a city-level service read-only, with the reason and no 保存', async () => {
    routerParams = { id: 'svc-loan' }
    serve({ 'service.get': () => serviceDetail({ parkId: null }) })
    render(<ManageServicePage />)
    expect((await find('#service-read-only')).textContent).toBe('该服务为市级内容，由市级管理员统一维护；园区管理员只能查看。')
    expect(screen.getByText('续贷过桥服务')).toBeTruthy()
    expect(screen.getByText('近三个月银行流水')).toBeTruthy()
    expect(document.querySelector('#service-save')).toBeNull()
    expect(document.querySelector('#service-name input')).toBeNull()
    expect(sent('service.save')).toHaveLength(0)
  })

  it('shows a park manager another park\'s service read-only too', async () => {
    routerParams = { id: 'svc-loan' }
    serve({ 'service.get': () => serviceDetail({ parkId: 'park-other' }) })
    render(<ManageServicePage />)
    expect((await find('#service-read-only')).textContent).toContain('属于其他园区，只能由该园区管理员或市级管理员修改')
    expect(document.querySelector('#service-save')).toBeNull()
  })

  it('lets the city admin edit a city-level service', async () => {
    routerParams = { id: 'svc-loan' }
    serve({ 'service.get': () => serviceDetail({ parkId: null }) }, meAs('admin'))
    render(<ManageServicePage />)
    await find('#service-save')
    expect(document.querySelector('#service-read-only')).toBeNull()
  })

  it('tells a park manager that a new service will be their park\'s', async () => {
    serve()
    render(<ManageServicePage />)
    expect((await find('#service-new-scope')).textContent).toContain(`新建的服务属于本园区（${park.name}）`)
    await find('#service-save')
  })
})

describe('预约场次 — slot creation', () => {
  it('tells a park manager whose sessions they publish and labels each session\'s owner', async () => {
    serve({ 'appointment.slots': () => page([slot({ _id: 'slot-city', title: '市级企业接待日', parkId: null }), slot({ _id: 'slot-mine', title: '园区早餐会', parkId: park._id })]) })
    render(<ManageSlotsPage />)
    expect((await find('#slot-scope')).textContent).toContain(`场次以本园区（${park.name}）名义发布`)
    await waitFor(() => expect(document.querySelector('#slot-row-slot-city')?.textContent).toContain('市级'))
    expect(document.querySelector('#slot-row-slot-mine')?.textContent).toContain('本园区')
  })


  it('turns a Beijing day and time into the UTC instant, whatever the device zone', () => {
    expect(beijingInstant('2025-03-12', '09:00')).toBe('2025-03-12T01:00:00.000Z')
    expect(beijingInstant('2025-03-12', '07:30')).toBe('2025-03-11T23:30:00.000Z')
    expect(beijingInstant('', '09:00')).toBeNull()
  })

  it('checks the day, the order of the times and the seats', () => {
    const now = new Date('2025-03-07T01:30:00.000Z')
    expect(validateSlot({ ...EMPTY_SLOT, title: '3月第二期企业接待日', host: '中心主任', place: '市民之家' }, now)).toEqual({ date: '请选择日期' })
    expect(validateSlot({ ...EMPTY_SLOT, title: '3月政企早餐会', host: '中心主任', place: '市民之家', date: '2025-03-12', start: '10:00', end: '09:00', capacity: '0' }, now)).toEqual({
      end: '结束时间应晚于开始时间',
      capacity: '名额至少为1'
    })
    expect(validateSlot({ ...EMPTY_SLOT, title: '3月第二期企业接待日', host: '中心主任', place: '市民之家', date: '2025-03-06' }, now).date).toBe('开始时间已过，请选择以后的日期或时间')
  })

  it('publishes a session in Beijing time and lists it', async () => {
    // a Beijing day five days ahead, and its midnight in UTC
    const day = new Date(Date.now() + 8 * 3600e3 + 5 * 86400e3).toISOString().slice(0, 10)
    const midnight = Date.parse(`${day}T00:00:00.000Z`)
    // the date and times come from the system pickers; start from a draft that has them
    Taro.setStorageSync('qsj.draft.slotCreate', { ...EMPTY_SLOT, kind: '早餐会', date: day, start: '07:30', end: '09:00' })
    serve({ 'appointment.createSlot': () => slot({ _id: 'slot-2', kind: '早餐会' }) })
    render(<ManageSlotsPage />)
    expect(await screen.findByText('3月第二期企业接待日')).toBeTruthy()
    await type('#slot-title input', '3月政企早餐会')
    await type('#slot-host input', '市工信局局长')
    await type('#slot-place input', '高新区企业服务中心')
    await type('#slot-capacity input', '12')
    await tap('#slot-create')
    await waitFor(() =>
      expect(sent('appointment.createSlot')).toEqual([
        { kind: '早餐会', title: '3月政企早餐会', host: '市工信局局长', place: '高新区企业服务中心', startsAt: new Date(midnight - 30 * 60e3).toISOString(), endsAt: new Date(midnight + 3600e3).toISOString(), capacity: 12 }
      ])
    )
    await waitFor(() => expect(sent('appointment.slots')).toHaveLength(2))
  })

  it('refuses anyone but managers', async () => {
    serve({}, meAs('steward'))
    render(<ManageSlotsPage />)
    expect(await screen.findByText('预约场次管理仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(sent('appointment.slots')).toHaveLength(0)
  })
})
