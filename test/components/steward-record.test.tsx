import { render, screen } from '@testing-library/react'
import type { StewardRecord } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import StewardRecordPage from '../../src/packages/workbench/record/index'
import { formatMinutes, formatRate } from '../../src/utils/recordFormat'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

const record = (extra: Partial<StewardRecord> = {}): StewardRecord => ({
  stewardId: 'u-li',
  name: '李管家',
  parkName: '湘潭高新区',
  resolvedCount: 42,
  medianFirstResponseMinutes: 95,
  onTimeRate: 0.9524,
  satisfaction: 0.9,
  ratedCount: 30,
  ...extra
})

const figure = (key: string) => document.querySelector(`#record-${key} .record-figures__value`)?.textContent

beforeEach(() => {
  mockCall.mockReset()
  routerParams = { stewardId: 'u-li' }
})

describe('steward record page', () => {
  it('shows the figures formatted, the counts, and how each is computed', async () => {
    mockCall.mockResolvedValue(record())
    render(<StewardRecordPage />)
    expect(await screen.findByText('李管家')).toBeTruthy()
    expect(screen.getByText('企业管家 · 湘潭高新区')).toBeTruthy()
    expect(figure('response')).toBe('1小时35分钟')
    expect(figure('ontime')).toBe('95.2%')
    expect(figure('satisfaction')).toBe('90%')
    expect(screen.getByText('累计办结 42 件，收到企业评价 30 件')).toBeTruthy()
    expect(screen.getByText('这些数字怎么来的')).toBeTruthy()
    expect(screen.getByText(/全部来自本平台的真实办件/)).toBeTruthy()
    expect(screen.queryByText('办件数量较少，数字仅供参考。')).toBeNull()
    expect(mockCall).toHaveBeenCalledWith('steward.record', { stewardId: 'u-li' })
  })

  it('says 暂无数据 for a new steward rather than a made-up figure', async () => {
    mockCall.mockResolvedValue(record({ resolvedCount: 0, ratedCount: 0, medianFirstResponseMinutes: null, onTimeRate: null, satisfaction: null }))
    render(<StewardRecordPage />)
    await screen.findByText('李管家')
    expect(figure('response')).toBe('暂无数据')
    expect(figure('ontime')).toBe('暂无数据')
    expect(figure('satisfaction')).toBe('暂无数据')
    expect(screen.getByText('办件数量较少，数字仅供参考。')).toBeTruthy()
  })

  it('shows the server message for an unknown steward', async () => {
    mockCall.mockRejectedValue(new ApiCallError({ code: 'NOT_FOUND', message: '未找到该企业管家' }))
    render(<StewardRecordPage />)
    expect(await screen.findByText('未找到该企业管家')).toBeTruthy()
  })

  it('asks nothing of the server without a steward id', async () => {
    routerParams = {}
    render(<StewardRecordPage />)
    expect(await screen.findByText('未指定企业管家')).toBeTruthy()
    expect(mockCall).not.toHaveBeenCalled()
  })
})

describe('record formatting', () => {
  it('formats minutes as hours and minutes', () => {
    expect(formatMinutes(135)).toBe('2小时15分钟')
    expect(formatMinutes(45)).toBe('45分钟')
    expect(formatMinutes(120)).toBe('2小时')
    expect(formatMinutes(1505)).toBe('25小时5分钟')
    expect(formatMinutes(0.3)).toBe('不足1分钟')
    expect(formatMinutes(null)).toBe('暂无数据')
  })

  it('formats shares as percentages with at most one decimal', () => {
    expect(formatRate(1)).toBe('100%')
    expect(formatRate(0)).toBe('0%')
    expect(formatRate(2 / 3)).toBe('66.7%')
    expect(formatRate(null)).toBe('暂无数据')
  })
})
