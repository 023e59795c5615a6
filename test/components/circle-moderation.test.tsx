import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, PostDetail } from '../../types'
import { call } from '../../src/services'
import ModerationPage from '../../src/packages/circle/moderation/index'
import { meAs } from './fixtures'
import { pageOf, postDetail } from './circle-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

const HELD = postDetail('p1', {
  status: 'reviewing',
  title: '低价转让<b>设备</b>',
  text: '详情请加微信<script>alert(1)</script>',
  moderation: { result: 'review', reason: '广告' },
  contact: { name: '王建国', phone: '13907321234' },
  reportCount: 0
})
const HIDDEN = postDetail('p2', { status: 'hidden', moderation: { result: 'reported', reason: null }, reportCount: 3 })

let me = meAs('manager')
let queue: PostDetail[]

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

const within = (selector: string, text: string) => screen.findByText(text, { selector: `${selector} *` })
const moderations = () => mockCall.mock.calls.filter(([a]) => a === 'post.moderate').map(([, p]) => p)

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  me = meAs('manager')
  queue = [HELD, HIDDEN]
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'session.me') return me as never
    if (action === 'post.moderationQueue') return pageOf(queue) as never
    if (action === 'post.moderate') {
      const p = payload as { id: string; decision: string; reason: string }
      const post = queue.find((q) => q._id === p.id) as PostDetail
      return {
        ...post,
        status: p.decision === 'approve' ? 'published' : 'rejected',
        moderation: { result: p.decision === 'approve' ? 'approved' : 'rejected', reason: p.reason || null }
      } as never
    }
    throw new Error(`unexpected ${action}`)
  })
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('商圈审核', () => {
  it('lists held and hidden posts with why they wait, typed markup as text', async () => {
    render(<ModerationPage />)
    const held = await el('#moderate-p1')
    expect(held.textContent).toContain('内容检测：广告')
    expect(held.textContent).toContain('详情请加微信<script>alert(1)</script>')
    expect(held.textContent).toContain('低价转让<b>设备</b>')
    expect(held.querySelector('script')).toBeNull()
    expect(held.querySelector('b')).toBeNull()
    expect(held.textContent).toContain('13907321234')
    expect((await el('#moderate-p2')).textContent).toContain('被举报 3 次')
  })

  it('approves a post', async () => {
    render(<ModerationPage />)
    await click(await within('#approve-p1', '通过'))
    await waitFor(() => expect(mockCall).toHaveBeenCalledWith('post.moderate', { id: 'p1', decision: 'approve', reason: '' }, { requestId: expect.any(String) }))
    expect((await el('#decided-p1')).textContent).toBe('已通过，已公开展示')
    expect(document.querySelector('#approve-p1')).toBeNull()
  })

  it('rejects only with a reason, which the poster will read', async () => {
    render(<ModerationPage />)
    await click(await within('#reject-p2', '驳回'))
    await click(await within('#reject-confirm-p2', '确认驳回'))
    expect(await screen.findByText('驳回时请填写理由（至少2个字）')).toBeTruthy()
    expect(moderations()).toHaveLength(0)

    await click(await el('#reject-quick-p2-重复发布'))
    const box = await el('#reject-reason-p2 textarea')
    expect((box as HTMLTextAreaElement).value).toBe('重复发布')
    await act(async () => {
      fireEvent.input(box, { target: { value: '重复发布，请勿多次提交' } })
    })
    await click(await within('#reject-confirm-p2', '确认驳回'))
    await waitFor(() =>
      expect(mockCall).toHaveBeenCalledWith('post.moderate', { id: 'p2', decision: 'reject', reason: '重复发布，请勿多次提交' }, { requestId: expect.any(String) })
    )
    expect((await el('#decided-p2')).textContent).toBe('已驳回：重复发布，请勿多次提交')
  })

  it('is closed to everyone but managers and the admin', async () => {
    me = meAs('entrepreneur')
    render(<ModerationPage />)
    expect(await screen.findByText('商圈审核仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(mockCall.mock.calls.filter(([a]) => a === 'post.moderationQueue')).toHaveLength(0)
  })
})
