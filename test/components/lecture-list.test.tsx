import { act, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import LectureListPage from '../../src/packages/lecture/list/index'
import { meAs } from './fixtures'
import { find, lectureSummary, pageOf, tap } from './lecture-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

const UPCOMING = [
  lectureSummary({ _id: 'open', title: '稳岗扩岗政策解读', confirmed: 12, capacity: 30, mySignup: { state: 'confirmed', position: null, checkedIn: false } }),
  lectureSummary({ _id: 'full', title: '出口退税实务', mode: 'online', place: '腾讯会议 123-456-789', confirmed: 30, capacity: 30, waitlisted: 4, mySignup: { state: 'waitlisted', position: 3, checkedIn: false } }),
  lectureSummary({ _id: 'live', title: '专精特新申报辅导', phase: 'ongoing', confirmed: 20, capacity: 40, mySignup: { state: 'confirmed', position: null, checkedIn: true } }),
  lectureSummary({ _id: 'gone', title: '数字化转型沙龙', mySignup: { state: 'cancelled', position: null, checkedIn: false } })
]
const PAST = [lectureSummary({ _id: 'old', title: '知识产权质押融资讲座', phase: 'ended', hasReplay: true, ratingAvg: 4.6, ratingCount: 12 })]

function serve(me = meAs('entrepreneur')) {
  mockCall.mockImplementation((async (action: string, payload: { when?: string }) => {
    if (action === 'session.me') return me
    if (action === 'lecture.list') return pageOf(payload.when === 'past' ? PAST : UPCOMING)
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

const text = (selector: string) => document.querySelector(selector)?.textContent ?? ''

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => mockCall.mockReset())
afterEach(() => jest.restoreAllMocks())

describe('潭商讲堂 list', () => {
  it('shows upcoming lectures with Beijing time, place or 线上, seats and the caller’s state', async () => {
    serve()
    render(<LectureListPage />)
    await find('#lecture-open')
    expect(sent('lecture.list')[0]).toEqual({ when: 'upcoming', page: 1, pageSize: 10 })

    expect(text('#lecture-open')).toContain('时间：2025-03-12 周三 14:30—16:30')
    expect(text('#lecture-open')).toContain('地点：市民之家三楼多功能厅')
    expect(text('#lecture-open')).toContain('主讲：刘芳 · 市人社局就业促进科科长')
    expect(text('#lecture-open')).toContain('剩余 18 席')
    expect(text('#lecture-open')).toContain('已报名')

    expect(text('#lecture-full')).toContain('已满，可候补')
    expect(text('#lecture-full')).not.toContain('剩余')
    expect(text('#lecture-full')).toContain('方式：线上 · 腾讯会议 123-456-789')
    expect(text('#lecture-full')).toContain('候补第3位')

    // started: no seats to offer any more; checked in
    expect(text('#lecture-live')).toContain('进行中')
    expect(text('#lecture-live')).toContain('已签到')
    expect(text('#lecture-live')).not.toMatch(/剩余|已满/)

    // a cancelled sign-up is no state at all
    expect(text('#lecture-gone')).not.toMatch(/已报名|候补|已签到|已取消/)
    // only organisers get the way to a new lecture
    expect(document.querySelector('#lecture-create')).toBeNull()
  })

  it('switches to 往期回顾 with the replay tag and the rating', async () => {
    serve()
    render(<LectureListPage />)
    await find('#lecture-open')
    await tap('#lecture-tab-past')
    await find('#lecture-old')
    expect(sent('lecture.list').at(-1)).toEqual({ when: 'past', page: 1, pageSize: 10 })
    expect(text('#lecture-old')).toContain('可看回放')
    expect(text('#lecture-old')).toContain('4.6 分（12人评价）')
    expect(document.querySelector('#lecture-open')).toBeNull()
  })

  it('opens the lecture page from a card, and offers an organiser 新建讲座', async () => {
    serve(meAs('manager'))
    jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<LectureListPage />)
    await tap('#lecture-full')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/lecture/detail/index?id=full' })
    await tap('#lecture-create')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/lecture/edit/index' })
  })

  it('says so when nothing is planned', async () => {
    mockCall.mockImplementation((async (action: string) => (action === 'session.me' ? meAs('guest') : pageOf([]))) as unknown as typeof call)
    render(<LectureListPage />)
    expect(await screen.findByText('近期没有讲座安排')).toBeTruthy()
    await act(async () => undefined)
    await waitFor(() => expect(sent('lecture.list')).toHaveLength(1))
  })
})
