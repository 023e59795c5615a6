import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import CaseSubmitPage from '../../src/packages/case/submit/index'
import { meAs, membershipOf } from './fixtures'
import { caseDetail } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
jest.mock('../../src/services/upload', () => ({
  ...jest.requireActual('../../src/services/upload'),
  uploadFile: jest.fn(async (file: { name: string; size: number }) => ({ fileID: `cloud://local-dev.files/202503/${file.name}`, name: file.name, size: file.size, kind: 'image' }))
}))
let routerParams: Record<string, string> = { type: 'consult' }
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

const TEXT = '我公司去年研发投入约300万元，想了解加计扣除的申报时间。'

async function textarea(): Promise<HTMLTextAreaElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLTextAreaElement>('#case-text textarea')
    if (!el) throw new Error('no textarea yet')
    return el
  })
}

async function typeText(value: string) {
  const el = await textarea()
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

async function tapText(text: string) {
  const el = await screen.findByText(text)
  await act(async () => {
    fireEvent.click(el)
  })
}

function answerMe(me = meAs('entrepreneur')) {
  mockCall.mockImplementation(async (action) => {
    if (action === 'session.me') return me as never
    throw new Error(`unexpected ${action}`)
  })
}

async function switchInput(): Promise<HTMLInputElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLInputElement>('#about-steward input')
    if (!el) throw new Error('no switch yet')
    return el
  })
}

async function submitAndExpect(sent: Record<string, unknown>) {
  mockCall.mockImplementation(async () => caseDetail() as never)
  jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
  jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
  await tapText('提交投诉')
  await waitFor(() => expect(mockCall).toHaveBeenCalledWith('case.submit', expect.objectContaining(sent), expect.anything()))
}

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = { type: 'consult' }
})
afterEach(() => jest.restoreAllMocks())

describe('case submit form', () => {
  it('shows the shared schema messages and sends nothing while invalid', async () => {
    answerMe()
    render(<CaseSubmitPage />)
    await typeText('太短了')
    await tapText('提交咨询')

    expect(await screen.findByText('请选择类别')).toBeTruthy()
    expect(screen.getByText('问题描述至少10个字')).toBeTruthy()
    expect(mockCall.mock.calls.filter(([a]) => a === 'case.submit')).toHaveLength(0)
  })

  it('sends the payload with the type, then shows the number and opens the detail', async () => {
    answerMe()
    const created = caseDetail({ _id: 'case-new', number: 'ZX20250307-0042' })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<CaseSubmitPage />)
    await tapText('融资信贷')
    await typeText(TEXT)
    mockCall.mockImplementation(async (action) => {
      if (action === 'case.submit') return created as never
      throw new Error(`unexpected ${action}`)
    })
    await tapText('提交咨询')

    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=case-new' }))
    expect(mockCall).toHaveBeenCalledWith(
      'case.submit',
      { type: 'consult', category: '融资信贷', text: TEXT, attachments: [], aboutSteward: false },
      { requestId: expect.any(String) }
    )
    expect(modal.mock.calls[0][0]?.content).toContain('ZX20250307-0042')
    expect(localStorage.getItem('qsj.draft.caseSubmit.consult')).toBeNull()
    modal.mockRestore()
    redirect.mockRestore()
  })

  it('keeps the draft after a failed network call and after leaving the page', async () => {
    answerMe()
    const first = render(<CaseSubmitPage />)
    await tapText('用工人才')
    await typeText(TEXT)
    mockCall.mockImplementation(async (action) => {
      if (action === 'session.me') return meAs('entrepreneur') as never
      throw new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })
    })
    await tapText('提交咨询')
    expect(await screen.findByText(/网络连接失败/)).toBeTruthy()
    first.unmount()

    render(<CaseSubmitPage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    await waitFor(async () => expect((await textarea()).value).toBe(TEXT))
    expect(document.querySelector('#category-用工人才')?.className).toContain('chip-group__chip--on')
  })

  it('keeps uploaded attachments in the draft and sends them', async () => {
    answerMe()
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValue({
      tempFiles: [{ tempFilePath: 'http://tmp/现场.jpg', size: 2048, fileType: 'image', duration: 0, height: 1, width: 1, thumbTempFilePath: '' }],
      type: 'image',
      errMsg: 'chooseMedia:ok'
    } as never)
    const first = render(<CaseSubmitPage />)
    await tapText('政策咨询')
    await typeText(TEXT)
    const attach = await waitFor(() => {
      const el = document.querySelector('#attach-image')
      if (!el) throw new Error('no picker yet')
      return el
    })
    await act(async () => {
      fireEvent.click(attach)
    })
    expect(await screen.findByText('现场.jpg')).toBeTruthy()
    first.unmount()

    render(<CaseSubmitPage />)
    expect(await screen.findByText('现场.jpg')).toBeTruthy()
    mockCall.mockImplementation(async () => caseDetail() as never)
    jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    await tapText('提交咨询')
    await waitFor(() =>
      expect(mockCall).toHaveBeenCalledWith(
        'case.submit',
        expect.objectContaining({ attachments: [{ fileID: 'cloud://local-dev.files/202503/现场.jpg', name: '现场.jpg', size: 2048, kind: 'image' }] }),
        expect.anything()
      )
    )
  })

  it('offers the 管家 switch on a complaint and sends it', async () => {
    routerParams = { type: 'complaint' }
    answerMe()
    render(<CaseSubmitPage />)
    expect(await screen.findByText('投诉对象是我的企业管家')).toBeTruthy()
    expect(screen.getByText(/被投诉的管家看不到它/)).toBeTruthy()
    await tapText('服务态度')
    await typeText('窗口人员三次约定上门都没有来，也不回电话。')
    const sw = await switchInput()
    await waitFor(() => expect(sw.disabled).toBe(false))
    expect(sw.checked).toBe(false)
    await act(async () => {
      fireEvent.click(sw)
    })
    await submitAndExpect({ type: 'complaint', category: '服务态度', aboutSteward: true })
  })

  it('choosing 企业管家 turns the switch on and locks it, and sends the complaint as about the steward', async () => {
    routerParams = { type: 'complaint' }
    answerMe()
    render(<CaseSubmitPage />)
    await tapText('企业管家')
    await typeText('管家三次约定上门都没有来，也不回电话。')
    const sw = await switchInput()
    await waitFor(() => expect(sw.checked).toBe(true))
    await waitFor(() => expect(sw.disabled).toBe(true))
    expect(screen.getByText('“企业管家”类投诉一律视为投诉本企业的企业管家。')).toBeTruthy()
    // tapping the locked switch changes nothing
    await act(async () => {
      fireEvent.click(sw)
    })
    expect(sw.checked).toBe(true)
    // choosing another category unlocks it again, back to the person's own choice (off)
    await tapText('乱收费')
    await waitFor(() => expect(sw.disabled).toBe(false))
    expect(sw.checked).toBe(false)
    expect(document.querySelector('#about-steward-locked')).toBeNull()
    await tapText('企业管家')
    await waitFor(() => expect(sw.checked).toBe(true))
    await submitAndExpect({ type: 'complaint', category: '企业管家', aboutSteward: true })
  })

  it('lets a 待认证 guest consult as an individual, and says so', async () => {
    answerMe(meAs('guest', { membership: membershipOf({ status: 'pending', method: null }) }))
    render(<CaseSubmitPage />)
    await waitFor(() => expect(document.querySelector('#case-submit-note')?.textContent).toContain('您的企业认证正在审核中，本次咨询将以个人身份提交'))
    expect(document.querySelector('#case-text')).toBeTruthy()
  })

  it('sends a guest to 企业认证 before a complaint and says why', async () => {
    routerParams = { type: 'complaint' }
    answerMe(meAs('guest'))
    render(<CaseSubmitPage />)
    expect(await screen.findByText('请先完成企业认证再提交投诉')).toBeTruthy()
    expect(screen.getByText(/需要先认证为您所在企业的成员/)).toBeTruthy()
    expect(document.querySelector('#case-text')).toBeNull()
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    await tapText('去企业认证')
    expect(redirect).toHaveBeenCalledWith({ url: '/packages/account/bind/index' })
    redirect.mockRestore()
  })
})
