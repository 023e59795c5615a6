import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, PostDetail } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import PostDetailPage from '../../src/packages/circle/detail/index'
import { meAs } from './fixtures'
import { postDetail } from './circle-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'p1' } }) }
})

let me = meAs('entrepreneur')
let post: PostDetail
let answers: Partial<Record<ActionName, (payload: Record<string, unknown>) => unknown>>

async function el(selector: string): Promise<HTMLElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLElement>(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
}

async function click(target: Element) {
  await act(async () => {
    fireEvent.click(target)
  })
}

const tapText = async (text: string) => click(await screen.findByText(text))

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  me = meAs('entrepreneur')
  post = postDetail('p1')
  answers = {}
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'session.me') return me as never
    if (action === 'post.get') return post as never
    const answer = answers[action]
    if (answer) return answer(payload as Record<string, unknown>) as never
    throw new Error(`unexpected ${action}`)
  })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('商圈 post detail', () => {
  it('renders typed markup as literal text, never as HTML', async () => {
    post = postDetail('p1', { title: '<b>加粗</b>标题', text: '第一行<script>window.hacked = 1</script>\n<img src=x onerror="alert(1)">' })
    render(<PostDetailPage />)
    const text = await el('#post-text')
    expect(text.textContent).toBe('第一行<script>window.hacked = 1</script>\n<img src=x onerror="alert(1)">')
    expect(text.querySelector('script')).toBeNull()
    expect(text.querySelector('img')).toBeNull()
    expect((await el('#post-title')).textContent).toBe('<b>加粗</b>标题')
    expect(document.querySelector('#post-title b')).toBeNull()
    expect(document.querySelector('script')).toBeNull()
    expect((window as unknown as { hacked?: number }).hacked).toBeUndefined()
  })

  it('hides the contact and lets a bound entrepreneur ask for it with a message', async () => {
    answers['post.requestContact'] = () => ({ ...post, contactState: 'requested' })
    render(<PostDetailPage />)
    const section = await el('#contact-request')
    expect(section.textContent).toContain('联系方式需经发布企业同意后可见')
    expect(document.querySelector('#post-contact')).toBeNull()
    expect(section.textContent).not.toContain('联系人')

    await tapText('申请查看联系方式')
    const box = await el('#contact-message textarea')
    await act(async () => {
      fireEvent.input(box, { target: { value: '好' } })
    })
    await tapText('发送申请')
    expect(await screen.findByText('留言至少2个字')).toBeTruthy()
    expect(mockCall.mock.calls.filter(([a]) => a === 'post.requestContact')).toHaveLength(0)

    await act(async () => {
      fireEvent.input(box, { target: { value: '我司每月需要约2000套，想了解价格。' } })
    })
    await tapText('发送申请')
    await waitFor(() =>
      expect(mockCall).toHaveBeenCalledWith('post.requestContact', { id: 'p1', message: '我司每月需要约2000套，想了解价格。' }, { requestId: expect.any(String) })
    )
    expect((await el('#contact-state')).textContent).toBe('已申请，等待对方同意')
  })

  it('shows the contact once the poster accepted, and says so when declined', async () => {
    post = postDetail('p1', { contactState: 'accepted', contact: { name: '王建国', phone: '13907321234' } })
    const first = render(<PostDetailPage />)
    const contact = await el('#post-contact')
    expect(contact.textContent).toContain('王建国')
    expect(contact.textContent).toContain('13907321234')
    expect(contact.textContent).toContain('对方已同意')
    expect(screen.queryByText('申请查看联系方式')).toBeNull()
    first.unmount()

    post = postDetail('p1', { contactState: 'declined' })
    render(<PostDetailPage />)
    expect((await el('#contact-state')).textContent).toBe('对方未同意您的申请')
    expect(document.querySelector('#post-contact')).toBeNull()
  })

  it('asks a guest to bind before requesting the contact', async () => {
    me = meAs('guest')
    render(<PostDetailPage />)
    expect(await screen.findByText('认证为企业成员后可申请查看联系方式')).toBeTruthy()
    expect(screen.queryByText('申请查看联系方式')).toBeNull()
  })

  it('reports with a chosen reason and an explanation, then confirms', async () => {
    answers['post.report'] = () => ({ reported: true, hidden: false })
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<PostDetailPage />)
    await click(await el('#post-report'))
    await tapText('提交举报')
    expect(await screen.findByText('请选择举报理由')).toBeTruthy()
    await click(await el('#report-reason-虚假信息'))
    const box = await el('#report-detail textarea')
    await act(async () => {
      fireEvent.input(box, { target: { value: '该企业并无此产品' } })
    })
    await tapText('提交举报')
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('post.report', { id: 'p1', reason: '虚假信息：该企业并无此产品' }, { requestId: expect.any(String) }))
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '已收到举报，我们会尽快核实' }))
    expect((await el('#post-reported')).textContent).toContain('您的企业已举报')
    expect(document.querySelector('#report-sheet')).toBeNull()
  })

  it('treats a colleague\'s earlier report as the enterprise\'s: the sheet closes and says so', async () => {
    answers['post.report'] = () => {
      throw new ApiCallError({ code: 'ALREADY_REPORTED', message: '贵企业已举报过该信息（每家企业只计一次），管理员会尽快核实' })
    }
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<PostDetailPage />)
    await click(await el('#post-report'))
    await click(await el('#report-reason-广告骚扰'))
    await tapText('提交举报')
    expect((await el('#post-reported')).textContent).toContain('您的企业已举报')
    expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: expect.stringContaining('每家企业只计一次') }))
    expect(document.querySelector('#report-sheet')).toBeNull()
  })

  it('offers 举报 only to approved enterprise members', async () => {
    for (const who of [meAs('guest'), meAs('steward'), meAs('entrepreneur', { account: { ...meAs('entrepreneur').account, enterpriseId: null }, enterprise: null })]) {
      me = who
      const { unmount } = render(<PostDetailPage />)
      await screen.findByText(post.title)
      await waitFor(() => expect(mockCall).toHaveBeenCalledWith('session.me', {}))
      // let the answer of session.me render
      await act(async () => {
        await Promise.resolve()
      })
      expect(document.querySelector('#post-report')).toBeNull()
      unmount()
    }
  })

  it('shows a report failure in the sheet', async () => {
    answers['post.report'] = () => {
      throw new ApiCallError({ code: 'NOT_FOUND', message: '该信息不存在、已关闭或已过期' })
    }
    render(<PostDetailPage />)
    await click(await el('#post-report'))
    await click(await el('#report-reason-广告骚扰'))
    await tapText('提交举报')
    expect(await screen.findByText('该信息不存在、已关闭或已过期')).toBeTruthy()
    expect(document.querySelector('#report-sheet')).toBeTruthy()
  })

  it('gives the poster the moderation result, 编辑 and 关闭 instead of 举报', async () => {
    post = postDetail('p1', {
      mine: true,
      contactState: 'own',
      status: 'rejected',
      contact: { name: '王建国', phone: '13907321234' },
      moderation: { result: 'rejected', reason: '与供需对接无关' }
    })
    answers['post.close'] = () => ({ ...post, status: 'closed' })
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    render(<PostDetailPage />)
    expect((await el('#post-owner-status')).textContent).toContain('未通过：与供需对接无关')
    expect(document.querySelector('#post-report')).toBeNull()
    expect((await el('#post-contact')).textContent).toContain('13907321234')

    await tapText('编辑')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/circle/edit/index?id=p1' })
    await tapText('关闭')
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('post.close', { id: 'p1' }, { requestId: expect.any(String) }))
    await waitFor(() => expect(document.querySelector('#post-owner-status')?.textContent).toContain('已关闭'))
    expect(document.querySelector('#post-edit')).toBeNull()
    expect(document.querySelector('#post-close')).toBeNull()
  })

  it('shows a manager the contact and the report count, with no 举报 or request', async () => {
    me = meAs('manager')
    post = postDetail('p1', { contact: { name: '王建国', phone: '13907321234' }, reportCount: 2, moderation: { result: 'pass', reason: null } })
    render(<PostDetailPage />)
    expect((await el('#post-contact')).textContent).toContain('管理员可见')
    expect((await el('#post-manager-note')).textContent).toContain('累计被举报 2 次')
    expect(document.querySelector('#post-report')).toBeNull()
    expect(screen.queryByText('申请查看联系方式')).toBeNull()
  })

  it('tells the poster a post under review is not public yet', async () => {
    post = postDetail('p1', { mine: true, contactState: 'own', status: 'reviewing', moderation: { result: 'review', reason: '广告' } })
    render(<PostDetailPage />)
    expect((await el('#post-owner-status')).textContent).toBe('审核中：内容审核通过后公开展示')
  })
})
