import { render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import LectureAskPage from '../../src/packages/lecture/ask/index'
import { meAs } from './fixtures'
import { caseDetail } from './caseFixtures'
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
const QUESTION = '我们是装备制造企业，去年新招了20名高校毕业生，扩岗补助按什么标准申报？'

function serve(me: Me = meAs('entrepreneur')) {
  mockCall.mockImplementation((async (action: string) => {
    if (action === 'session.me') return me
    if (action === 'lecture.get') return lectureDetail()
    if (action === 'lecture.ask') return caseDetail({ _id: 'case-9', number: 'ZX20250307001' })
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  Taro.clearStorageSync()
})
afterEach(() => jest.restoreAllMocks())

describe('向讲师提问', () => {
  it('turns the question into a case, says it went to the steward and opens the case', async () => {
    serve()
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<LectureAskPage />)
    expect(await screen.findByText('稳岗扩岗政策解读与申报实务')).toBeTruthy()

    await typeInto('#ask-text', '补助')
    await tap('#ask-submit')
    expect(await screen.findByText('提问内容至少5个字')).toBeTruthy()
    expect(sent('lecture.ask')).toHaveLength(0)

    await typeInto('#ask-text', QUESTION)
    await tap('#ask-submit')
    await screen.findByText('稳岗扩岗政策解读与申报实务')
    expect(sent('lecture.ask')).toEqual([{ id: 'lec-1', text: QUESTION }])
    expect(modal).toHaveBeenCalledWith(expect.objectContaining({ title: '问题已转给企业管家办理', confirmText: '查看办件' }))
    expect(modal.mock.calls[0][0]?.content).toContain('ZX20250307001')
    expect(redirect).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=case-9' })
  })

  it('asks a guest to bind an enterprise first, since the question becomes its case', async () => {
    serve(meAs('guest'))
    render(<LectureAskPage />)
    await find('#ask-go-bind')
    expect(document.querySelector('#ask-submit')).toBeNull()
  })
})
