import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import PostEditPage from '../../src/packages/circle/edit/index'
import { meAs } from './fixtures'
import { postDetail } from './circle-fixtures'

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

const TITLE = '供应精密轴承'
const TEXT = '长期供应精密轴承，可按图加工，月产能5万套。'
let me = meAs('entrepreneur')
let answers: Partial<Record<ActionName, (payload: Record<string, unknown>) => unknown>>

async function el(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
}

async function tap(selector: string) {
  const target = await el(selector)
  await act(async () => {
    fireEvent.click(target)
  })
}

async function type(selector: string, value: string) {
  const input = await el(selector)
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

const submit = async () => {
  const button = await screen.findByText(routerParams.id ? '保存修改' : '发布')
  await act(async () => {
    fireEvent.click(button)
  })
}

const writes = (action: ActionName) => mockCall.mock.calls.filter(([a]) => a === action)

async function fillValid() {
  await tap('#post-kind-demand')
  await tap('#post-industry-新材料')
  await type('#post-title input', TITLE)
  await type('#post-text textarea', TEXT)
  await tap('#post-valid-90')
}

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = {}
  me = meAs('entrepreneur')
  answers = {}
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'session.me') return me as never
    const answer = answers[action]
    if (answer) return answer(payload as Record<string, unknown>) as never
    throw new Error(`unexpected ${action}`)
  })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('商圈 compose', () => {
  it('shows the shared schema messages and sends nothing while invalid', async () => {
    render(<PostEditPage />)
    await el('#post-form')
    await type('#post-contact-phone input', '12345')
    await submit()
    expect(await screen.findByText('请选择供应、需求或合作')).toBeTruthy()
    expect(screen.getByText('请选择行业')).toBeTruthy()
    expect(screen.getByText('请填写标题')).toBeTruthy()
    expect(screen.getByText('请填写详细说明')).toBeTruthy()
    expect(screen.getByText('请填写11位手机号或带区号的固定电话')).toBeTruthy()
    expect(writes('post.create')).toHaveLength(0)
  })

  it('prefills the contact from the account and sends the post; a held post is said to wait for review', async () => {
    answers['post.create'] = () => postDetail('p-new', { status: 'reviewing', contactState: 'own' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<PostEditPage />)
    expect(((await el('#post-contact-name input')) as HTMLInputElement).value).toBe('周敏')
    expect(((await el('#post-contact-phone input')) as HTMLInputElement).value).toBe('13907320000')
    await fillValid()
    await submit()
    await waitFor(() =>
      expect(mockCall).toHaveBeenCalledWith(
        'post.create',
        { kind: 'demand', industry: '新材料', title: TITLE, text: TEXT, images: [], validDays: 90, contactName: '周敏', contactPhone: '13907320000' },
        { requestId: expect.any(String) }
      )
    )
    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/circle/detail/index?id=p-new' }))
    expect(modal.mock.calls[0][0]?.content).toContain('已提交，内容审核通过后公开展示')
    expect(localStorage.getItem('qsj.draft.circlePost.new')).toBeNull()
  })

  it('keeps the draft after leaving the page', async () => {
    const first = render(<PostEditPage />)
    await fillValid()
    first.unmount()
    render(<PostEditPage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    expect(((await el('#post-text textarea')) as HTMLTextAreaElement).value).toBe(TEXT)
    expect((await el('#post-kind-demand')).className).toContain('chip-group__chip--on')
    expect((await el('#post-valid-90')).className).toContain('chip-group__chip--on')
  })

  it('shows CONTENT_REJECTED on the text field until the wording changes', async () => {
    answers['post.create'] = () => {
      throw new ApiCallError({ code: 'CONTENT_REJECTED', message: '内容含有违规信息（广告），请修改后再提交' })
    }
    render(<PostEditPage />)
    await fillValid()
    await submit()
    const message = await screen.findByText('内容含有违规信息（广告），请修改后再提交')
    const field = (await el('#post-text')).closest('.text-area')
    expect(field?.contains(message)).toBe(true)
    expect(field?.className).toContain('text-area--error')
    expect(document.querySelector('.form-notice__error')).toBeNull()
    // the draft survives the refusal
    expect(localStorage.getItem('qsj.draft.circlePost.new')).toContain(TEXT)

    await type('#post-text textarea', '长期供应精密轴承，可按图纸加工。')
    expect(screen.queryByText('内容含有违规信息（广告），请修改后再提交')).toBeNull()
  })

  it('edits a post: prefilled from the server, sent with its id', async () => {
    routerParams = { id: 'p1' }
    const post = postDetail('p1', {
      kind: 'cooperation',
      title: '寻求物流合作',
      contactState: 'own',
      contact: { name: '王建国', phone: '0731-58881234' },
      validUntil: '2099-01-01'
    })
    answers['post.get'] = () => post
    answers['post.update'] = () => ({ ...post, status: 'published' })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const back = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<PostEditPage />)
    expect(((await el('#post-title input')) as HTMLInputElement).value).toBe('寻求物流合作')
    expect((await el('#post-kind-cooperation')).className).toContain('chip-group__chip--on')
    // more days left than any choice: the longest is offered
    expect((await el('#post-valid-180')).className).toContain('chip-group__chip--on')
    await type('#post-title input', '寻求冷链物流合作')
    await submit()
    await waitFor(() =>
      expect(mockCall).toHaveBeenCalledWith(
        'post.update',
        expect.objectContaining({ id: 'p1', kind: 'cooperation', title: '寻求冷链物流合作', validDays: 180, contactName: '王建国', contactPhone: '0731-58881234' }),
        { requestId: expect.any(String) }
      )
    )
    await waitFor(() => expect(back).toHaveBeenCalledWith({ url: '/packages/circle/detail/index?id=p1' }))
  })

  it('sends staff and guests elsewhere', async () => {
    me = meAs('steward')
    const first = render(<PostEditPage />)
    expect(await screen.findByText('工作人员账号不能发布供需信息')).toBeTruthy()
    expect(document.querySelector('#post-form')).toBeNull()
    first.unmount()
    me = meAs('guest')
    render(<PostEditPage />)
    expect(await screen.findByText('请先完成企业认证再发布供需信息')).toBeTruthy()
  })
})
