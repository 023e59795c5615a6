import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import StewardEditPage from '../../src/packages/steward/edit/index'
import { meAs } from './fixtures'
import { card, detail, VISIBLE } from './steward-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)
const stewardMe = { ...meAs('steward'), account: { ...meAs('steward').account, _id: 'u-li' } }

function serve(me = stewardMe) {
  mockCall.mockImplementation((async (action: string, payload: Record<string, unknown>) => {
    if (action === 'session.me') return me
    if (action === 'steward.get') return detail({ ...VISIBLE, enterprises: [] })
    if (action === 'steward.updateCard') return card({ ...VISIBLE, ...payload })
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

async function type(selector: string, value: string) {
  const input = await el(selector)
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('我的管家名片', () => {
  it('opens with the current card and saves the edits', async () => {
    serve()
    render(<StewardEditPage />)
    await waitFor(async () => expect(((await el('#card-title input')) as HTMLInputElement).value).toBe('经济发展局副局长'))
    expect(mockCall).toHaveBeenCalledWith('steward.get', { id: 'u-li' })

    await tap('#card-duty-办事员')
    await tap('#card-duty-保障员')
    await type('#expertise-input input', '用工招聘')
    await tap('#expertise-add')
    await tap('[aria-label="删除科技金融"]')
    await type('#card-title input', '企业服务中心主任')
    await tap('#card-submit')

    await waitFor(() =>
      expect(sent('steward.updateCard')).toEqual([
        { title: '企业服务中心主任', department: '湘潭高新区管委会', duties: ['信息员', '保障员'], expertise: ['高企认定', '用工招聘'], photo: null }
      ])
    )
    expect(await screen.findByText('名片已保存')).toBeTruthy()
  })

  it('needs at least one duty', async () => {
    serve()
    render(<StewardEditPage />)
    await waitFor(async () => expect(((await el('#card-title input')) as HTMLInputElement).value).toBe('经济发展局副局长'))
    await tap('#card-duty-信息员')
    await tap('#card-duty-办事员')
    await tap('#card-submit')
    expect(await screen.findByText('请至少选择一项职责')).toBeTruthy()
    expect(sent('steward.updateCard')).toEqual([])
  })

  it('is for stewards only', async () => {
    serve(meAs('entrepreneur'))
    render(<StewardEditPage />)
    expect(await screen.findByText('只有企业管家可以编辑管家名片')).toBeTruthy()
    expect(sent('steward.get')).toEqual([])
  })
})
