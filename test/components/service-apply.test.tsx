import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import { uploadFile } from '../../src/services/upload'
import ServiceApplyPage from '../../src/packages/service/apply/index'
import { meAs } from './fixtures'
import { caseDetail } from './caseFixtures'
import { serviceDetail } from './service-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
jest.mock('../../src/services/upload', () => ({
  ...jest.requireActual('../../src/services/upload'),
  uploadFile: jest.fn(async (file: { name: string; size: number }) => ({ fileID: `cloud://local-dev.files/202503/${file.name}`, name: file.name, size: file.size, kind: 'image' }))
}))
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)
const TEXT = '公司一笔500万元贷款下月到期，申请续贷过桥。'
const file = (name: string) => ({ fileID: `cloud://local-dev.files/202503/${name}`, name, size: 2048, kind: 'image' as const })

type Handler = (payload: unknown) => unknown
function serve(handlers: Record<string, Handler> = {}) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (handlers[action]) return handlers[action](payload)
    if (action === 'session.me') return meAs('entrepreneur')
    if (action === 'service.get') return serviceDetail()
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

async function typeText(value: string) {
  const el = await find('#apply-text textarea')
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

/** picks one image for the material and waits until it is uploaded */
async function upload(key: string, name: string) {
  jest.spyOn(Taro, 'chooseMedia').mockResolvedValueOnce({
    tempFiles: [{ tempFilePath: `http://tmp/${name}`, size: 2048, fileType: 'image', duration: 0, height: 1, width: 1, thumbTempFilePath: '' }],
    type: 'image',
    errMsg: 'chooseMedia:ok'
  } as never)
  await tap(`#material-${key} #attach-image`)
  await waitFor(() => expect(document.querySelector(`#material-${key}`)?.textContent).toContain(`${name}`))
  await waitFor(() => expect(document.querySelector(`#material-${key}`)?.textContent).toContain('已上传'))
}

const submitDisabled = () => document.querySelector('#service-apply-submit .at-button')?.classList.contains('at-button--disabled')

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = { serviceId: 'svc-loan' }
})
afterEach(() => jest.restoreAllMocks())

describe('service application', () => {
  it('keeps submit off while a required material has no file, and says which', async () => {
    serve()
    render(<ServiceApplyPage />)
    await tap('#apply-mode-导办')
    await typeText(TEXT)
    expect(await screen.findByText('请先上传必交材料：营业执照、近三个月银行流水')).toBeTruthy()
    expect(submitDisabled()).toBe(true)
    await tap('#service-apply-submit')

    await upload('license', '执照.jpg')
    expect(screen.getByText('请先上传必交材料：近三个月银行流水')).toBeTruthy()
    expect(submitDisabled()).toBe(true)
    expect(sent('service.apply')).toHaveLength(0)
  })

  it('keeps submit off while a file is still uploading', async () => {
    serve()
    render(<ServiceApplyPage />)
    await tap('#apply-mode-导办')
    await typeText(TEXT)
    await upload('license', '执照.jpg')
    ;(uploadFile as jest.Mock).mockImplementationOnce(() => new Promise(() => undefined))
    jest.spyOn(Taro, 'chooseMedia').mockResolvedValueOnce({
      tempFiles: [{ tempFilePath: 'http://tmp/流水.jpg', size: 2048, fileType: 'image', duration: 0, height: 1, width: 1, thumbTempFilePath: '' }],
      type: 'image',
      errMsg: 'chooseMedia:ok'
    } as never)
    await tap('#material-statement #attach-image')
    expect(await screen.findByText(/材料还在上传/)).toBeTruthy()
    expect(submitDisabled()).toBe(true)
  })

  it('sends the files per material key, then opens the new 服务申请 case', async () => {
    serve({ 'service.apply': () => caseDetail({ _id: 'case-sq', number: 'SQ20250307-0001', type: 'service' }) })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<ServiceApplyPage />)
    await tap('#apply-mode-帮办')
    await typeText(TEXT)
    await upload('license', '执照.jpg')
    await upload('statement', '流水.jpg')
    await waitFor(() => expect(submitDisabled()).toBe(false))
    await tap('#service-apply-submit')

    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/case/detail/index?id=case-sq' }))
    expect(sent('service.apply')).toEqual([
      {
        serviceId: 'svc-loan',
        mode: '帮办',
        text: TEXT,
        materials: [
          { key: 'license', files: [file('执照.jpg')] },
          { key: 'statement', files: [file('流水.jpg')] }
        ]
      }
    ])
    expect(modal.mock.calls[0][0]?.content).toContain('SQ20250307-0001')
    expect(localStorage.getItem('qsj.draft.serviceApply.svc-loan')).toBeNull()
  })

  it('shows what the server found missing and marks it, after loading the list again', async () => {
    // the manager made 还款计划 required after the form was opened
    let loads = 0
    serve({
      'service.get': () => {
        loads += 1
        return loads === 1
          ? serviceDetail()
          : serviceDetail({ materials: serviceDetail().materials.map((m) => (m.key === 'plan' ? { ...m, required: true } : m)) })
      },
      'service.apply': () => {
        throw new ApiCallError({ code: 'MATERIALS_MISSING', message: '缺少：还款计划', field: 'materials' })
      }
    })
    render(<ServiceApplyPage />)
    await tap('#apply-mode-导办')
    await typeText(TEXT)
    await upload('license', '执照.jpg')
    await upload('statement', '流水.jpg')
    await tap('#service-apply-submit')

    expect(await screen.findByText('缺少：还款计划')).toBeTruthy()
    await waitFor(() => expect(loads).toBe(2))
    await waitFor(() => expect(document.querySelector('#material-plan')?.textContent).toContain('缺少此项材料，请上传'))
    expect(document.querySelector('#material-license')?.textContent).not.toContain('缺少此项材料')
    expect(screen.getByText('请先上传必交材料：还款计划')).toBeTruthy()
  })

  it('keeps the draft, uploaded files included, after a failure and after leaving the page', async () => {
    serve({
      'service.apply': () => {
        throw new ApiCallError({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试' })
      }
    })
    const first = render(<ServiceApplyPage />)
    await tap('#apply-mode-代办')
    await typeText(TEXT)
    await upload('license', '执照.jpg')
    await upload('statement', '流水.jpg')
    await tap('#service-apply-submit')
    expect(await screen.findByText(/网络连接失败/)).toBeTruthy()
    first.unmount()

    render(<ServiceApplyPage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    expect(document.querySelector('#material-license')?.textContent).toContain('执照.jpg')
    expect(document.querySelector('#material-statement')?.textContent).toContain('流水.jpg')
    await waitFor(async () => expect((await find('#apply-text textarea')) as HTMLTextAreaElement).toHaveProperty('value', TEXT))
    expect(document.querySelector('#apply-mode-代办')?.className).toContain('chip-group__chip--on')
    expect(submitDisabled()).toBe(false)
  })

  it('preselects the mode named by the link (帮代办)', async () => {
    routerParams = { serviceId: 'svc-loan', mode: encodeURIComponent('代办') }
    serve()
    render(<ServiceApplyPage />)
    await waitFor(() => expect(document.querySelector('#apply-mode-代办')?.className).toContain('chip-group__chip--on'))
    expect(screen.getByText('企业授权后，工作人员全程代为办理')).toBeTruthy()
  })

  it('tells a guest to bind an enterprise first and loads no service', async () => {
    serve({ 'session.me': () => meAs('guest') })
    render(<ServiceApplyPage />)
    expect(await screen.findByText('请先完成企业认证再申请服务')).toBeTruthy()
    expect(document.querySelector('#go-bind')).toBeTruthy()
    expect(sent('service.get')).toHaveLength(0)
  })
})
