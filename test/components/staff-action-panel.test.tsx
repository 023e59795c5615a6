import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Assignee, CaseAction, CaseDetail } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import StaffActionPanel from '../../src/packages/case/components/StaffActionPanel'
import { QUICK_PHRASES } from '../../src/packages/case/components/StaffActionPanel/quickPhrases'
import { caseDetail } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const ALL_TABS = ['reply', 'requestInfo', 'transfer', 'resolve', 'assign', 'press', 'review', 'revisit']

const assignees: Assignee[] = [
  { _id: 'u-wang', name: '王管家', role: 'steward', load: 2, isEnterpriseSteward: false },
  { _id: 'u-zhao', name: '赵主任', role: 'manager', load: 7, isEnterpriseSteward: true }
]

function renderPanel(allowed: CaseAction[], extra: Partial<CaseDetail> = {}) {
  const onChanged = jest.fn()
  const onStale = jest.fn()
  const detail = caseDetail({ allowed, ...extra })
  const utils = render(<StaffActionPanel detail={detail} onChanged={onChanged} onStale={onStale} />)
  return { ...utils, detail, onChanged, onStale }
}

/** answers per action; anything else is a test bug */
function answer(handlers: Partial<Record<string, () => Promise<unknown>>>) {
  mockCall.mockImplementation(((action: string) => {
    const h = handlers[action]
    return h ? h() : Promise.reject(new Error(`unexpected ${action}`))
  }) as typeof call)
}

const writes = (action: string) => mockCall.mock.calls.filter(([a]) => a === action)

async function tap(el: Element) {
  await act(async () => {
    fireEvent.click(el)
  })
}

async function tapId(id: string) {
  const el = await waitFor(() => {
    const found = document.getElementById(id)
    if (!found) throw new Error(`no #${id}`)
    return found
  })
  await tap(el.querySelector('.at-button__text') ?? el)
}

/** Taro's h5 Textarea creates its inner <textarea> asynchronously */
function textareaOf(id: string): Promise<HTMLTextAreaElement> {
  return waitFor(() => {
    const found = document.querySelector<HTMLTextAreaElement>(`#${id} textarea`)
    if (!found) throw new Error(`no textarea in #${id} yet`)
    return found
  })
}

async function typeInto(id: string, value: string) {
  const el = await textareaOf(id)
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

const tabIds = () => ALL_TABS.filter((t) => document.getElementById(`staff-tab-${t}`))

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
})

describe('StaffActionPanel', () => {
  it('offers exactly the actions the server allows', () => {
    renderPanel(['accept', 'reply', 'transfer', 'resolve', 'supplement'])
    expect(document.getElementById('staff-accept-submit')).toBeTruthy()
    expect(tabIds()).toEqual(['reply', 'transfer', 'resolve'])
    expect(screen.queryByText('督办')).toBeNull()
    expect(screen.queryByText('差评复核')).toBeNull()
  })

  it('offers a manager 改派 and 督办 only, and nothing at all when nothing is allowed', () => {
    const first = renderPanel(['assign', 'press'])
    expect(tabIds()).toEqual(['assign', 'press'])
    expect(document.getElementById('staff-tab-assign')?.textContent).toBe('改派')
    expect(document.getElementById('staff-accept-submit')).toBeNull()
    first.unmount()

    const second = renderPanel(['assign'], { assigneeName: null, status: 'submitted' })
    expect(document.getElementById('staff-tab-assign')?.textContent).toBe('交办')
    second.unmount()

    const none = renderPanel(['supplement', 'withdraw'])
    expect(none.container.innerHTML).toBe('')
  })

  it('accepts with the id and the version it saw, and hands back the new state', async () => {
    const next = caseDetail({ version: 4, allowed: ['reply'] })
    answer({ 'case.accept': () => Promise.resolve(next) })
    const { onChanged, onStale } = renderPanel(['accept', 'reply'])
    await tapId('staff-accept-submit')

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(next))
    expect(writes('case.accept')).toEqual([['case.accept', { id: 'case-1', version: 3 }, { requestId: expect.any(String) }]])
    expect(onStale).not.toHaveBeenCalled()
  })

  it('calls onStale when someone else acted first, and keeps the typed reply', async () => {
    answer({ 'case.reply': () => Promise.reject(new ApiCallError({ code: 'CASE_STALE', message: '该办件刚刚已被他人处理，已为您显示最新状态' })) })
    const { onChanged, onStale } = renderPanel(['reply'])
    await typeInto('reply-text', '已联系税务部门，材料清单稍后发您。')
    await tapId('staff-reply-submit')

    await waitFor(() => expect(onStale).toHaveBeenCalledTimes(1))
    expect(onChanged).not.toHaveBeenCalled()
    expect(writes('case.reply')[0][1]).toMatchObject({ id: 'case-1', version: 3 })
    expect((await textareaOf('reply-text')).value).toBe('已联系税务部门，材料清单稍后发您。')
  })

  it('treats a version CONFLICT as stale too', async () => {
    answer({ 'case.accept': () => Promise.reject(new ApiCallError({ code: 'CONFLICT', message: '内容已被他人更新，请刷新后重试' })) })
    const { onStale } = renderPanel(['accept'])
    await tapId('staff-accept-submit')
    await waitFor(() => expect(onStale).toHaveBeenCalledTimes(1))
  })

  it('fills the reply from a quick phrase and sends text and attachments', async () => {
    const next = caseDetail({ version: 4 })
    answer({ 'case.reply': () => Promise.resolve(next) })
    const { onChanged } = renderPanel(['reply'])
    await textareaOf('reply-text')
    await tap(screen.getByText(QUICK_PHRASES[0]))
    await tapId('staff-reply-submit')

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(next))
    expect(writes('case.reply')[0][1]).toEqual({ id: 'case-1', version: 3, text: QUICK_PHRASES[0], attachments: [] })
  })

  it('shows the schema message for a too short reply and sends nothing', async () => {
    renderPanel(['reply'])
    await typeInto('reply-text', '好')
    await tapId('staff-reply-submit')
    expect(await screen.findByText('答复内容至少2个字')).toBeTruthy()
    expect(writes('case.reply')).toHaveLength(0)
  })

  it('keeps the draft of a composer per case when the page is left', async () => {
    const first = renderPanel(['requestInfo'])
    await typeInto('request-info-text', '请补充去年的研发费用明细账')
    first.unmount()
    renderPanel(['requestInfo'])
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    await waitFor(async () => expect((await textareaOf('request-info-text')).value).toBe('请补充去年的研发费用明细账'))
  })

  it('requires someone to transfer to and a reason', async () => {
    answer({ 'case.assignees': () => Promise.resolve(assignees) })
    renderPanel(['reply', 'transfer'])
    await tapId('staff-tab-transfer')
    expect(await screen.findByText('王管家')).toBeTruthy()
    expect(screen.getByText('在办 7 件')).toBeTruthy()
    expect(screen.getByText('本企业管家')).toBeTruthy()

    await tapId('staff-transfer-submit')
    expect(await screen.findByText('请选择转办对象')).toBeTruthy()
    expect(screen.getByText('请填写转办理由')).toBeTruthy()

    await tapId('assignee-u-wang')
    await tapId('staff-transfer-submit')
    expect(screen.queryByText('请选择转办对象')).toBeNull()
    expect(screen.getByText('请填写转办理由')).toBeTruthy()
    expect(writes('case.transfer')).toHaveLength(0)
    expect(mockCall).toHaveBeenCalledWith('case.assignees', { id: 'case-1' })
  })

  it('transfers with the chosen person, the reason and the version', async () => {
    const next = caseDetail({ version: 4, assigneeName: '王管家' })
    answer({ 'case.assignees': () => Promise.resolve(assignees), 'case.transfer': () => Promise.resolve(next) })
    const { onChanged } = renderPanel(['transfer'])
    await tapId('assignee-u-wang')
    await typeInto('transfer-reason', '涉及用地规划，由王管家对接自然资源局')
    await tapId('staff-transfer-submit')

    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(next))
    expect(writes('case.transfer')[0][1]).toEqual({ id: 'case-1', version: 3, toUserId: 'u-wang', reason: '涉及用地规划，由王管家对接自然资源局' })
  })

  it('warns that a 责令整改 finding is published, asks to confirm, and offers only the allowed findings', async () => {
    const next = caseDetail({ status: 'rectifying', version: 4 })
    answer({ 'case.reviewRectify': () => Promise.resolve(next) })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const { onChanged } = renderPanel(['reviewRectify'], {
      status: 'rated',
      ratingDetail: { level: '不满意', tags: ['响应太慢'], comment: '等了一周才回复', at: '2025-03-07T01:30:00.000Z' }
    })
    expect(screen.getByText('企业评价：不满意')).toBeTruthy()
    expect(document.getElementById('review-outcome-reject')).toBeNull()
    expect(screen.getByText(/将匿名公示/, { selector: '.publish-warning *' })).toBeTruthy()

    await typeInto('review-rectify-note', '企业咨询后五个工作日未获答复')
    await tapId('staff-review-rectify-submit')
    await waitFor(() => expect(onChanged).toHaveBeenCalledWith(next))
    expect(modal).toHaveBeenCalled()
    expect(writes('case.reviewRectify')[0][1]).toEqual({ id: 'case-1', version: 3, note: '企业咨询后五个工作日未获答复' })
    modal.mockRestore()
  })

  it('sends nothing when the confirmation is cancelled', async () => {
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: false, cancel: true, errMsg: 'showModal:ok' })
    renderPanel(['resolve'])
    await typeInto('resolve-summary', '已协助企业完成加计扣除备案')
    await tapId('staff-resolve-submit')
    await waitFor(() => expect(modal).toHaveBeenCalled())
    expect(writes('case.resolve')).toHaveLength(0)
    modal.mockRestore()
  })
})
