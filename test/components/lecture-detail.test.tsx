import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { LectureDetail, Me } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import LectureDetailPage from '../../src/packages/lecture/detail/index'
import { meAs } from './fixtures'
import { find, lectureDetail, tap, typeInto } from './lecture-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'lec-1' } }) }
})

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)
const text = (selector: string) => document.querySelector(selector)?.textContent ?? ''

type Handler = (payload: unknown) => unknown
function serve(lecture: () => LectureDetail, handlers: Record<string, Handler> = {}, me: Me = meAs('entrepreneur')) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (handlers[action]) return handlers[action](payload)
    if (action === 'session.me') return me
    if (action === 'lecture.get') return lecture()
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

const CONFIRMED = { state: 'confirmed' as const, position: null, checkedIn: false }
const modalAnswer = (confirm: boolean) => ({ confirm, cancel: !confirm, errMsg: 'showModal:ok' })

beforeAll(() => {
  Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } })
  // jsdom has no media playback; Taro's <Video> loads its source when mounted
  Object.defineProperty(HTMLMediaElement.prototype, 'load', { configurable: true, value: () => undefined })
})
beforeEach(() => {
  mockCall.mockReset()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('lecture page: sign-up', () => {
  it('shows the facts in Beijing time and signs up for a free seat', async () => {
    let current = lectureDetail()
    serve(() => current, {
      'lecture.signup': () => {
        current = lectureDetail({ confirmed: 13, mySignup: CONFIRMED })
        return current
      }
    })
    render(<LectureDetailPage />)
    expect(await screen.findByText('2025-03-12 周三 14:30—16:30（北京时间）')).toBeTruthy()
    expect(screen.getByText('讲解今年稳岗返还、扩岗补助的条件和申报流程。')).toBeTruthy()
    expect(text('.lec-info')).toContain('剩余 18 席')
    expect(text('#lecture-signup')).toBe('报名')
    expect(document.querySelector('#lecture-cancel')).toBeNull()

    await tap('#lecture-signup')
    expect(sent('lecture.signup')).toEqual([{ id: 'lec-1' }])
    expect(await screen.findByText(/报名成功/)).toBeTruthy()
    expect(text('#lecture-my-state')).toBe('已报名')
    expect(text('#lecture-cancel')).toBe('取消报名')
    expect(document.querySelector('#lecture-signup')).toBeNull()
  })

  it('offers 候补报名 on a full lecture and says which place on the wait-list the caller got', async () => {
    let current = lectureDetail({ confirmed: 30, waitlisted: 2 })
    serve(() => current, {
      'lecture.signup': () => {
        current = lectureDetail({ confirmed: 30, waitlisted: 3, mySignup: { state: 'waitlisted', position: 3, checkedIn: false } })
        return current
      }
    })
    render(<LectureDetailPage />)
    await find('#lecture-signup')
    expect(text('#lecture-signup')).toBe('候补报名')
    expect(text('.lec-info')).toContain('已满，可候补')

    await tap('#lecture-signup')
    expect(await screen.findByText('名额已满，您已进入候补第3位。有人取消时按顺序递补，递补成功会通知您。')).toBeTruthy()
    expect(text('#lecture-my-state')).toBe('候补第3位')
    expect(text('#lecture-cancel')).toBe('取消候补')
  })

  it('shows a refusal from the server and loads the lecture again', async () => {
    let started = false
    serve(() => lectureDetail(started ? { phase: 'ongoing' } : {}), {
      'lecture.signup': () => {
        started = true
        throw new ApiCallError({ code: 'LECTURE_CLOSED', message: '讲座已开始或已结束，不能再报名' })
      }
    })
    render(<LectureDetailPage />)
    await tap('#lecture-signup')
    expect(await screen.findByText('讲座已开始或已结束，不能再报名')).toBeTruthy()
    expect(await screen.findByText('讲座已开始，报名已截止。')).toBeTruthy()
    expect(document.querySelector('#lecture-signup')).toBeNull()
  })

  it('cancels only after confirming', async () => {
    let current = lectureDetail({ confirmed: 13, mySignup: CONFIRMED })
    serve(() => current, {
      'lecture.cancel': () => {
        current = lectureDetail({ mySignup: { state: 'cancelled', position: null, checkedIn: false } })
        return current
      }
    })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce(modalAnswer(false))
    render(<LectureDetailPage />)
    await tap('#lecture-cancel')
    expect(modal).toHaveBeenCalledTimes(1)
    expect(modal.mock.calls[0][0]?.content).toContain('名额将按顺序递补')
    expect(sent('lecture.cancel')).toHaveLength(0)

    modal.mockResolvedValueOnce(modalAnswer(true))
    await tap('#lecture-cancel')
    expect(await screen.findByText('已取消报名，名额已释放')).toBeTruthy()
    expect(sent('lecture.cancel')).toEqual([{ id: 'lec-1' }])
    expect(text('#lecture-signup')).toBe('报名')
    expect(document.querySelector('#lecture-my-state')).toBeNull()
  })

  it('tells a guest to bind first and a steward that sign-up is for enterprises', async () => {
    serve(() => lectureDetail(), {}, meAs('guest'))
    const { unmount } = render(<LectureDetailPage />)
    await find('#lecture-go-bind')
    expect(document.querySelector('#lecture-signup')).toBeNull()
    expect(document.querySelector('#lecture-ask')).toBeNull()
    unmount()

    serve(() => lectureDetail(), {}, meAs('steward'))
    render(<LectureDetailPage />)
    expect(await screen.findByText('报名由企业用户提交，工作人员账号仅可查看讲座。')).toBeTruthy()
    expect(document.querySelector('#lecture-signup')).toBeNull()
  })
})

describe('lecture page: check-in (h5: typed code)', () => {
  it('checks the code before sending, shows a wrong code, and checks in with the typed code', async () => {
    let current = lectureDetail({ phase: 'ongoing', checkinOpen: true, mySignup: CONFIRMED })
    let tries = 0
    serve(() => current, {
      'lecture.checkin': (p) => {
        tries += 1
        if ((p as { code: string }).code !== 'K7M2QP') throw new ApiCallError({ code: 'CHECKIN_CODE_WRONG', message: '签到码不正确，请核对现场展示的签到码', field: 'code' })
        current = lectureDetail({ phase: 'ongoing', checkinOpen: true, mySignup: { ...CONFIRMED, checkedIn: true } })
        return current
      }
    })
    render(<LectureDetailPage />)
    await find('#checkin-code')
    // the browser has no camera scan: the code is typed
    expect(document.querySelector('#checkin-scan')).toBeNull()

    await typeInto('#checkin-code', 'ab1')
    await tap('#checkin-submit')
    expect(await screen.findByText('签到码为6位字母或数字')).toBeTruthy()
    expect(tries).toBe(0)

    await typeInto('#checkin-code', 'ABCDEF')
    await tap('#checkin-submit')
    expect(await screen.findByText('签到码不正确，请核对现场展示的签到码')).toBeTruthy()

    await typeInto('#checkin-code', 'k7m2qp')
    await tap('#checkin-submit')
    expect(await screen.findByText('签到成功，欢迎参加！')).toBeTruthy()
    expect(sent('lecture.checkin').at(-1)).toEqual({ id: 'lec-1', code: 'K7M2QP' })
    expect(text('#lecture-my-state')).toBe('已签到')
    expect(document.querySelector('#checkin-code')).toBeNull()
  })

  it('offers no check-in outside the window or on the wait-list', async () => {
    serve(() => lectureDetail({ checkinOpen: false, mySignup: CONFIRMED }))
    const { unmount } = render(<LectureDetailPage />)
    expect(await screen.findByText(/开讲前30分钟开放签到/)).toBeTruthy()
    expect(document.querySelector('#checkin-code')).toBeNull()
    unmount()

    serve(() => lectureDetail({ checkinOpen: true, mySignup: { state: 'waitlisted', position: 1, checkedIn: false } }))
    render(<LectureDetailPage />)
    await find('#lecture-cancel')
    expect(document.querySelector('#checkin-code')).toBeNull()
  })
})

describe('lecture page: after the lecture', () => {
  const ENDED = {
    phase: 'ended' as const,
    mySignup: { ...CONFIRMED, checkedIn: true },
    replayUrl: 'https://video.example.cn/replay/lec-1.mp4',
    slides: [{ name: '稳岗政策解读课件', url: 'https://files.example.cn/lec-1.pdf' }]
  }

  it('shows the replay and slides, and rates 1–5 stars with a comment', async () => {
    let current = lectureDetail(ENDED)
    serve(() => current, {
      'lecture.rate': (p) => {
        const { score, comment } = p as { score: number; comment: string }
        current = lectureDetail({ ...ENDED, myRating: { score, comment }, ratingAvg: score, ratingCount: 1 })
        return current
      }
    })
    const open = jest.spyOn(window, 'open').mockReturnValue(null)
    render(<LectureDetailPage />)
    await find('#lecture-replay')
    expect(document.querySelector('#lecture-signup, #lecture-cancel')).toBeNull()

    await tap('#lecture-slide-0')
    expect(open).toHaveBeenCalledWith('https://files.example.cn/lec-1.pdf', '_blank')

    await tap('#lecture-rate-submit')
    expect(await screen.findByText('请点选星级')).toBeTruthy()
    expect(sent('lecture.rate')).toHaveLength(0)

    await tap('#lecture-rate-star-4')
    await typeInto('#lecture-rate-comment', '案例很实用')
    await tap('#lecture-rate-submit')
    expect(await screen.findByText('感谢您的评价')).toBeTruthy()
    expect(sent('lecture.rate')).toEqual([{ id: 'lec-1', score: 4, comment: '案例很实用' }])
    expect(text('#lecture-rate-mine')).toContain('★★★★☆')
  })

  it('offers no rating to someone who did not attend', async () => {
    serve(() => lectureDetail({ ...ENDED, mySignup: null }))
    render(<LectureDetailPage />)
    await find('#lecture-replay')
    expect(document.querySelector('#lecture-rate-submit')).toBeNull()
  })
})

describe('lecture page: 向讲师提问 and the organiser', () => {
  it('opens the question page', async () => {
    serve(() => lectureDetail())
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    render(<LectureDetailPage />)
    await tap('#lecture-ask')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/lecture/ask/index?id=lec-1' })
  })

  it('shows the organiser the way to the sign-ups and the editor, and nobody else', async () => {
    serve(() => lectureDetail({ canManage: true, checkinCode: 'K7M2QP', confirmed: 12, waitlisted: 0 }), {}, meAs('manager'))
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const { unmount } = render(<LectureDetailPage />)
    await tap('#lecture-signups')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/lecture/signups/index?id=lec-1' })
    await tap('#lecture-edit')
    expect(navigate).toHaveBeenLastCalledWith({ url: '/packages/lecture/edit/index?id=lec-1' })
    unmount()

    serve(() => lectureDetail({ canManage: false }), {}, meAs('manager'))
    render(<LectureDetailPage />)
    await screen.findByText('讲座介绍')
    await waitFor(() => expect(sent('session.me').length).toBeGreaterThan(1))
    expect(document.querySelector('#lecture-signups')).toBeNull()
  })
})
