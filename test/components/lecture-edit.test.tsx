import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import LectureEditPage from '../../src/packages/lecture/edit/index'
import { beijingInstant, fromLecture, lectureFields } from '../../src/packages/lecture/edit/lectureValues'
import { meAs } from './fixtures'
import { find, lectureDetail, tap, typeInto } from './lecture-fixtures'

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
    if (action === 'lecture.get') return lectureDetail({ canManage: true, checkinCode: 'K7M2QP' })
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  Taro.clearStorageSync()
  routerParams = {}
})
afterEach(() => jest.restoreAllMocks())

describe('lecture times in Beijing time', () => {
  it('turns picker values into UTC instants and back, whatever the device zone', () => {
    expect(beijingInstant('2025-03-12', '14:30')).toBe('2025-03-12T06:30:00.000Z')
    // just after midnight in Beijing is the previous day in UTC
    expect(beijingInstant('2025-03-12', '00:30')).toBe('2025-03-11T16:30:00.000Z')
    expect(beijingInstant('', '14:30')).toBeNull()
    const values = fromLecture(lectureDetail({ startsAt: '2025-03-11T16:30:00.000Z', endsAt: '2025-03-12T01:00:00.000Z' }))
    expect([values.startDate, values.startTime, values.endDate, values.endTime]).toEqual(['2025-03-12', '00:30', '2025-03-12', '09:00'])
    expect(lectureFields(values).startsAt).toBe('2025-03-11T16:30:00.000Z')
    // an end without its own day is on the start's day
    expect(lectureFields({ ...values, endDate: '' }).endsAt).toBe('2025-03-12T01:00:00.000Z')
  })
})

describe('lecture editor', () => {
  it('says what is missing on a new lecture and sends nothing', async () => {
    serve()
    render(<LectureEditPage />)
    await tap('#lecture-save')
    expect(await screen.findByText('请填写讲座名称')).toBeTruthy()
    expect(screen.getByText('请选择开始日期')).toBeTruthy()
    expect(screen.getByText('请填写讲座介绍')).toBeTruthy()
    expect(sent('lecture.save')).toHaveLength(0)
  })

  it('saves an edited lecture with its Beijing times unchanged and puts a refusal on its field', async () => {
    routerParams = { id: 'lec-1' }
    let refuse = true
    serve({
      'lecture.save': (p) => {
        if (refuse) throw new ApiCallError({ code: 'CAPACITY_BELOW_CONFIRMED', message: '已有12人确认报名，名额不能少于12', field: 'capacity' })
        return lectureDetail({ canManage: true, capacity: (p as { fields: { capacity: number } }).fields.capacity })
      }
    })
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([{}, {}] as never)
    const back = jest.spyOn(Taro, 'navigateBack').mockResolvedValue({ errMsg: 'navigateBack:ok' })
    render(<LectureEditPage />)
    await find('#lecture-title')
    expect(document.querySelector('#lecture-start-date')?.textContent).toContain('2025-03-12')
    expect(document.querySelector('#lecture-start-time')?.textContent).toContain('14:30')

    await typeInto('#lecture-capacity', '10')
    await tap('#lecture-save')
    expect(await screen.findAllByText('已有12人确认报名，名额不能少于12')).not.toHaveLength(0)
    expect(document.querySelector('#lecture-capacity')?.closest('.form-field')?.classList.contains('form-field--error')).toBe(true)

    refuse = false
    await typeInto('#lecture-capacity', '40')
    await tap('#lecture-save')
    expect(sent('lecture.save').at(-1)).toEqual({
      id: 'lec-1',
      fields: {
        title: '稳岗扩岗政策解读与申报实务',
        speaker: '刘芳',
        speakerTitle: '市人社局就业促进科科长',
        mode: 'offline',
        place: '市民之家三楼多功能厅',
        startsAt: '2025-03-12T06:30:00.000Z',
        endsAt: '2025-03-12T08:30:00.000Z',
        capacity: 40,
        cover: null,
        intro: ['讲解今年稳岗返还、扩岗补助的条件和申报流程。', '现场解答企业申报中遇到的问题。'],
        replayUrl: null,
        slides: []
      }
    })
    expect(back).toHaveBeenCalled()
  })

  it('keeps the editor from anyone but organisers', async () => {
    serve({}, meAs('entrepreneur'))
    render(<LectureEditPage />)
    expect(await screen.findByText('讲堂管理仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(document.querySelector('#lecture-save')).toBeNull()
  })
})
