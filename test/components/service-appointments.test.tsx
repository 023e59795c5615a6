import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { AppointmentSlot } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import AppointmentsPage from '../../src/packages/service/appointments/index'
import { meAs } from './fixtures'
import { page, slot } from './service-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)
const TOPIC = '想反映厂房用电增容审批慢的问题'

type Handler = (payload: unknown) => unknown
function serve(slots: () => AppointmentSlot[], handlers: Record<string, Handler> = {}, me = meAs('entrepreneur')) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (handlers[action]) return handlers[action](payload)
    if (action === 'session.me') return me
    if (action === 'appointment.slots') return page(slots())
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

async function typeTopic(value: string) {
  const el = await find('#topic-slot-1 textarea')
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

// the app's build sets this up; small buttons with a spinner need it
beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => mockCall.mockReset())
afterEach(() => jest.restoreAllMocks())

describe('企业接待日 / 早餐会 appointments', () => {
  it('shows the session in Beijing time with the seats left, and books it with a topic', async () => {
    let booked = false
    serve(() => [booked ? slot({ booked: 10, mine: true, myTopic: TOPIC }) : slot()], {
      'appointment.book': () => {
        booked = true
        return slot({ booked: 10, mine: true, myTopic: TOPIC })
      }
    })
    render(<AppointmentsPage />)
    expect(await screen.findByText('时间：2025-03-12 周三 09:00—11:30')).toBeTruthy()
    expect(screen.getByText('剩余 1 席 / 共 10 席')).toBeTruthy()

    await tap('#book-slot-1')
    await typeTopic('用电')
    await tap('#book-confirm-slot-1')
    expect(await screen.findByText('想沟通的问题至少4个字')).toBeTruthy()
    expect(sent('appointment.book')).toHaveLength(0)

    await typeTopic(TOPIC)
    await tap('#book-confirm-slot-1')
    expect(await screen.findByText(/预约成功/)).toBeTruthy()
    expect(sent('appointment.book')).toEqual([{ slotId: 'slot-1', topic: TOPIC }])
    expect(await screen.findByText(`沟通议题：${TOPIC}`)).toBeTruthy()
    expect(screen.getByText('剩余 0 席 / 共 10 席')).toBeTruthy()
    expect(sent('appointment.slots')).toHaveLength(2)
  })

  it('shows 名额已满 from the server on the session and loads the list again', async () => {
    let full = false
    serve(() => [full ? slot({ booked: 10 }) : slot()], {
      'appointment.book': () => {
        full = true
        throw new ApiCallError({ code: 'SLOT_FULL', message: '该场次名额已满，请选择其他场次' })
      }
    })
    render(<AppointmentsPage />)
    await tap('#book-slot-1')
    await typeTopic(TOPIC)
    await tap('#book-confirm-slot-1')

    expect(await screen.findByText('该场次名额已满，请选择其他场次')).toBeTruthy()
    expect(await screen.findByText('名额已满')).toBeTruthy()
    expect(screen.getByText('剩余 0 席 / 共 10 席')).toBeTruthy()
    expect(document.querySelector('#book-slot-1')).toBeNull()
    expect(sent('appointment.slots')).toHaveLength(2)
  })

  it('cancels a booking only after confirming, then frees the seat', async () => {
    let mine = true
    serve(() => [mine ? slot({ booked: 10, mine: true, myTopic: TOPIC }) : slot()], {
      'appointment.cancel': () => {
        mine = false
        return slot()
      }
    })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    render(<AppointmentsPage />)
    await tap('#cancel-slot-1')
    expect(modal).toHaveBeenCalledTimes(1)
    expect(sent('appointment.cancel')).toHaveLength(0)

    modal.mockResolvedValueOnce({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    await tap('#cancel-slot-1')
    expect(await screen.findByText('已取消预约，名额已释放')).toBeTruthy()
    expect(sent('appointment.cancel')).toEqual([{ slotId: 'slot-1' }])
    expect(await screen.findByText('剩余 1 席 / 共 10 席')).toBeTruthy()
    expect(document.querySelector('#book-slot-1')).toBeTruthy()
  })

  it('shows SLOT_CLOSED when cancelling a session that has started', async () => {
    serve(() => [slot({ mine: true, myTopic: TOPIC })], {
      'appointment.cancel': () => {
        throw new ApiCallError({ code: 'SLOT_CLOSED', message: '该场次已开始或已结束，不能再预约或取消' })
      }
    })
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<AppointmentsPage />)
    await tap('#cancel-slot-1')
    expect(await screen.findByText('该场次已开始或已结束，不能再预约或取消')).toBeTruthy()
  })

  it('lists the 早餐会 tab on its own, and offers a guest no booking but the way to bind', async () => {
    serve(() => [slot()], {}, meAs('guest'))
    render(<AppointmentsPage />)
    expect(await screen.findByText(/认证为企业成员后即可预约/)).toBeTruthy()
    expect(document.querySelector('#book-slot-1')).toBeNull()
    await tap('#slot-kind-早餐会')
    await waitFor(() => expect(sent('appointment.slots').at(-1)).toEqual({ kind: '早餐会', page: 1, pageSize: 10 }))
  })
})
