import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AssignableEnterprise, Me, StewardAssignResult } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import StewardAssignPage from '../../src/packages/steward/assign/index'
import StewardHistoryPage from '../../src/packages/steward/history/index'
import { meAs, park } from './fixtures'
import { card, detail, pageOf } from './steward-fixtures'

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

const ent = (id: string, name: string, stewardName: string | null = null): AssignableEnterprise => ({
  _id: id,
  name,
  parkId: park._id,
  parkName: park.name,
  industry: '智能制造',
  stewardId: stewardName ? 'u-li' : null,
  stewardName
})
const ENTS = [ent('ent-1', '湘潭恒远机电有限公司', '李卫东'), ent('ent-2', '湘潭云麓软件科技有限公司'), ent('ent-3', '湘潭晓晴便利店')]
const RESULT: StewardAssignResult = {
  changed: 2,
  unchanged: 0,
  openCasesKept: 1,
  note: '已为2家企业指派企业管家王晓敏；今后这些企业新提交的咨询和服务申请将交给王晓敏；已在办理中的1件事项不随之转移，仍由原管家继续办结；如需改派，请在督办台逐件处理。',
  records: [
    { _id: 'h-1', enterpriseId: 'ent-1', enterpriseName: '湘潭恒远机电有限公司', parkId: park._id, fromStewardId: 'u-li', fromStewardName: '李卫东', toStewardId: 'u-wang', toStewardName: '王晓敏', byId: 'u-m', byName: '彭立新', reason: '分工调整', at: '2025-03-07T01:30:00.000Z' },
    { _id: 'h-2', enterpriseId: 'ent-2', enterpriseName: '湘潭云麓软件科技有限公司', parkId: park._id, fromStewardId: null, fromStewardName: null, toStewardId: 'u-wang', toStewardName: '王晓敏', byId: 'u-m', byName: '彭立新', reason: '分工调整', at: '2025-03-07T01:30:00.000Z' }
  ]
}

function serve(me: Me, assign: (p: unknown) => unknown = () => RESULT) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (action === 'session.me') return me
    if (action === 'park.list') return [park]
    if (action === 'steward.enterprises') return pageOf(ENTS)
    if (action === 'steward.list') return pageOf([card(), card({ _id: 'u-wang', name: '王晓敏', enterpriseCount: 3 })])
    if (action === 'steward.get') return detail({ _id: 'u-wang', name: '王晓敏' })
    if (action === 'steward.assign') return assign(payload)
    if (action === 'steward.assignments') return pageOf(RESULT.records)
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

async function typeReason(value: string) {
  const input = await el('#assign-reason textarea')
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  routerParams = {}
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('指派企业管家', () => {
  it('picks enterprises of the park and a steward, confirms, and shows what changed and what stays', async () => {
    serve(meAs('manager'))
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<StewardAssignPage />)
    expect((await el('#pick-ent-1')).textContent).toContain('现管家：李卫东')
    expect((await el('#pick-ent-2')).textContent).toContain('现管家：未分配')
    expect(sent('steward.enterprises')[0]).toEqual({ parkId: park._id, q: '', unassignedOnly: false, page: 1, pageSize: 20 })

    await tap('#pick-ent-1')
    await tap('#pick-ent-2')
    await tap('#pick-ent-3')
    await tap('#pick-ent-3')
    await tap('#steward-pick-u-wang')
    await typeReason('分工调整')
    expect(screen.getByText('已选 2 家 → 王晓敏')).toBeTruthy()
    await tap('#assign-submit')

    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ content: expect.stringContaining('将所选 2 家企业的企业管家指派为 王晓敏。已在办理中的事项不随之转移') }))
    await waitFor(() => expect(sent('steward.assign')).toEqual([{ stewardId: 'u-wang', enterpriseIds: ['ent-1', 'ent-2'], reason: '分工调整' }]))
    const result = await el('#assign-result')
    expect(result.textContent).toContain('已在办理中的1件事项不随之转移')
    expect(result.textContent).toContain('李卫东 → 王晓敏')
    expect(result.textContent).toContain('未分配 → 王晓敏')
  })

  it('says what is missing instead of sending, and sends nothing when the confirmation is cancelled', async () => {
    serve(meAs('manager'))
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<StewardAssignPage />)
    await tap('#assign-submit')
    expect((await el('#assign-error')).textContent).toBe('请选择企业')
    await tap('#pick-ent-2')
    await tap('#assign-submit')
    expect((await el('#assign-error')).textContent).toBe('请选择管家')
    await tap('#steward-pick-u-li')
    await tap('#assign-submit')
    expect((await el('#assign-error')).textContent).toBe('请填写指派原因（至少2个字）')
    await typeReason('新入园企业')
    await tap('#assign-submit')
    expect(modal).toHaveBeenCalled()
    expect(sent('steward.assign')).toEqual([])
  })

  it('shows the server’s refusal (another park)', async () => {
    serve(meAs('manager'), () => {
      throw new ApiCallError({ code: 'PARK_SCOPE', message: '只能指派本园区的企业管家' })
    })
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    routerParams = { stewardId: 'u-wang' }
    render(<StewardAssignPage />)
    await waitFor(() => expect(screen.getByText('2. 选择管家：王晓敏')).toBeTruthy())
    await tap('#pick-ent-2')
    await typeReason('分工调整')
    await tap('#assign-submit')
    expect((await el('#assign-error')).textContent).toBe('只能指派本园区的企业管家')
    expect(document.querySelector('#assign-result')).toBeNull()
  })

  it('is refused to anyone but managers', async () => {
    serve(meAs('steward'))
    render(<StewardAssignPage />)
    expect(await screen.findByText('只有园区管理员可以指派企业管家')).toBeTruthy()
    expect(sent('steward.enterprises')).toEqual([])
  })
})

describe('管家变更记录', () => {
  it('lists each change with who made it, when (Beijing time) and why', async () => {
    serve(meAs('manager'))
    routerParams = { stewardId: 'u-wang' }
    render(<StewardHistoryPage />)
    const row = await el('#history-h-1')
    expect(row.textContent).toContain('湘潭恒远机电有限公司')
    expect(row.textContent).toContain('李卫东 → 王晓敏')
    expect(row.textContent).toContain('2025-03-07 09:30 · 彭立新 · 分工调整')
    expect(sent('steward.assignments')[0]).toEqual({ stewardId: 'u-wang', page: 1, pageSize: 20 })
  })
})
