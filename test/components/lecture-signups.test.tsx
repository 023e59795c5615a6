import { screen, render, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import LectureSignupsPage from '../../src/packages/lecture/signups/index'
import CheckinCodeCard from '../../src/packages/lecture/signups/CheckinCodeCard'
import { meAs } from './fixtures'
import { find, lectureDetail, pageOf, signupRow, tap } from './lecture-fixtures'

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

const ROWS = [
  // checked in at 14:12 Beijing time
  signupRow(1, { checkedIn: true, checkedInAt: '2025-03-12T06:12:00.000Z' }),
  signupRow(2),
  signupRow(3, { state: 'waitlisted', position: 1 }),
  signupRow(4, { state: 'cancelled' })
]
const CSV = '\uFEFF序号,企业名称,姓名,手机号\r\n1,湘潭示例企业1有限公司,参会人1,13907320001\r\n'

function serve({ me = meAs('manager'), canManage = true }: { me?: Me; canManage?: boolean } = {}) {
  mockCall.mockImplementation((async (action: string, payload: { state?: string }) => {
    if (action === 'session.me') return me
    if (action === 'lecture.get') return lectureDetail({ canManage, checkinCode: canManage ? 'K7M2QP' : null, checkinOpen: true, phase: 'ongoing', confirmed: 2, waitlisted: 1 })
    if (action === 'lecture.signups') return pageOf(payload.state ? ROWS.filter((r) => r.state === payload.state) : ROWS)
    if (action === 'lecture.export') return { filename: '讲座报名_稳岗扩岗_20250312.csv', csv: CSV }
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

/** the blob's bytes as text, BOM included (jsdom's Blob has no text(), and readAsText drops the BOM Excel needs) */
const blobText = (b: Blob) =>
  new Promise<string>((resolve) => {
    const reader = new FileReader()
    reader.onload = () => resolve(Buffer.from(reader.result as ArrayBuffer).toString('utf8'))
    reader.readAsArrayBuffer(b)
  })

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => mockCall.mockReset())
afterEach(() => jest.restoreAllMocks())

describe('lecture sign-ups (organiser)', () => {
  it('shows the check-in code large and every sign-up with phone, state and check-in mark', async () => {
    serve()
    render(<LectureSignupsPage />)
    await find('#signup-u-1')
    expect(text('#checkin-code-display')).toBe('K7M2QP')
    expect(document.querySelectorAll('#checkin-code-qr .lec-qr__row')).toHaveLength(21)
    expect(screen.getByText('签到进行中')).toBeTruthy()
    expect(sent('lecture.signups')[0]).toEqual({ id: 'lec-1', page: 1, pageSize: 20 })

    expect(text('#signup-u-1')).toContain('参会人1')
    expect(text('#signup-u-1')).toContain('13907320001')
    expect(text('#signup-u-1')).toContain('湘潭示例企业1有限公司')
    expect(text('#signup-u-1')).toContain('✓ 已签到 14:12')
    expect(text('#signup-u-2')).toContain('未签到')
    expect(text('#signup-u-3')).toContain('候补第1位')
    expect(text('#signup-u-3')).not.toContain('签到')
    expect(text('#signup-u-4')).toContain('已取消')
  })

  it('draws the check-in code as a QR grid beside the text, and redraws it for another code', () => {
    /** the grid's modules as '#'/'.' rows, read from the dark stretches the Views draw */
    const qrRows = () => {
      const rows = Array.from(document.querySelectorAll('#checkin-code-qr .lec-qr__row'))
      return rows.map((row) => {
        const cells = Array<string>(rows.length).fill('.')
        for (const run of Array.from(row.querySelectorAll('.lec-qr__dark'))) {
          const start = Number(run.getAttribute('data-start'))
          const span = Number(run.getAttribute('data-span'))
          // a stretch past the last column would mean the grid is not square
          expect(start + span).toBeLessThanOrEqual(rows.length)
          cells.fill('#', start, start + span)
        }
        return cells.join('')
      })
    }
    const finder = ['#######', '#.....#', '#.###.#', '#.###.#', '#.###.#', '#.....#', '#######']
    const { rerender } = render(<CheckinCodeCard lecture={lectureDetail({ canManage: true, checkinCode: 'K7M2QP' })} />)
    const first = qrRows()
    // a 6-character alphanumeric code fits QR version 1 at level M: 21 × 21 modules
    expect(first).toHaveLength(21)
    // the three finder patterns sit in their corners, so a scanner can find the code
    expect(first.slice(0, 7).map((r) => r.slice(0, 7))).toEqual(finder)
    expect(first.slice(0, 7).map((r) => r.slice(14))).toEqual(finder)
    expect(first.slice(14).map((r) => r.slice(0, 7))).toEqual(finder)
    expect(text('#checkin-code-display')).toBe('K7M2QP')

    rerender(<CheckinCodeCard lecture={lectureDetail({ canManage: true, checkinCode: 'A3B4C5' })} />)
    const second = qrRows()
    expect(second).toHaveLength(21)
    expect(second).not.toEqual(first)
    expect(text('#checkin-code-display')).toBe('A3B4C5')
  })

  it('filters by state', async () => {
    serve()
    render(<LectureSignupsPage />)
    await find('#signup-u-1')
    await tap('#signups-tab-waitlisted')
    await waitFor(() => expect(document.querySelector('#signup-u-1')).toBeNull())
    expect(sent('lecture.signups').at(-1)).toEqual({ id: 'lec-1', state: 'waitlisted', page: 1, pageSize: 20 })
    expect(text('#signup-u-3')).toContain('候补第1位')
  })

  it('downloads the CSV export as a file in the browser', async () => {
    serve()
    const blobs: Blob[] = []
    const createObjectURL = jest.fn((b: Blob) => {
      blobs.push(b)
      return 'blob:export-1'
    })
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() })
    const clicked: HTMLAnchorElement[] = []
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this)
    })
    render(<LectureSignupsPage />)
    await tap('#lecture-export')
    expect(await screen.findByText('已下载 讲座报名_稳岗扩岗_20250312.csv')).toBeTruthy()
    expect(sent('lecture.export')).toEqual([{ id: 'lec-1' }])
    expect(clicked).toHaveLength(1)
    expect(clicked[0].download).toBe('讲座报名_稳岗扩岗_20250312.csv')
    expect(clicked[0].href).toBe('blob:export-1')
    expect(blobs[0].type).toBe('text/csv;charset=utf-8')
    expect(await blobText(blobs[0])).toBe(CSV)
    // the link is not left in the page
    expect(document.querySelector('a[download]')).toBeNull()
  })

  it('tells a manager of another park, and anyone not an organiser, that the list is not theirs', async () => {
    serve({ canManage: false })
    const { unmount } = render(<LectureSignupsPage />)
    expect(await screen.findByText('只能查看本园区组织的讲座的报名名单')).toBeTruthy()
    expect(sent('lecture.signups')).toHaveLength(0)
    unmount()

    serve({ me: meAs('entrepreneur') })
    render(<LectureSignupsPage />)
    expect(await screen.findByText('讲堂管理仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(sent('lecture.get')).toHaveLength(1)
  })
})
