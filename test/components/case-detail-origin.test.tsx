/** Case detail for a 服务申请 (申请事项 with its materials) and for a question asked from a 潭商讲堂 lecture. */
import { act, fireEvent, render, screen } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Attachment, CaseDetail } from '../../types'
import { call } from '../../src/services'
import CaseDetailPage from '../../src/packages/case/detail/index'
import { caseDetail } from './caseFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: { id: 'case-1' } }) }
})

const mockCall = call as jest.MockedFunction<typeof call>
const serve = (detail: CaseDetail) =>
  mockCall.mockImplementation((async (action: string) => {
    if (action === 'case.get') return detail
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)

const file = (name: string, kind: Attachment['kind'] = 'file'): Attachment => ({ fileID: `cloud://local-dev.files/202503/${name}`, name, size: 2048, kind })
const text = (selector: string) => document.querySelector(selector)?.textContent ?? ''

const LICENSE = file('营业执照.pdf')
const ID_FRONT = file('法人身份证正面.jpg', 'image')
const FORM = file('申请表.pdf')

const serviceCase = (extra: Partial<CaseDetail> = {}) =>
  caseDetail({
    type: 'service',
    category: '企业开办',
    text: '新设立分公司，申请帮办营业执照变更。',
    attachments: [LICENSE, ID_FRONT, FORM],
    service: {
      serviceId: 'svc-1',
      serviceName: '企业设立登记',
      mode: '帮办',
      materials: [
        { key: 'license', name: '营业执照副本', files: [LICENSE] },
        { key: 'id', name: '法定代表人身份证', files: [ID_FRONT] },
        { key: 'lease', name: '经营场所租赁合同', files: [] }
      ]
    },
    ...extra
  })

beforeEach(() => {
  mockCall.mockReset()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('case detail: 服务申请', () => {
  it('shows 申请事项 with the service, the mode and each material with its own files', async () => {
    serve(serviceCase())
    render(<CaseDetailPage />)
    expect(await screen.findByText('申请事项')).toBeTruthy()
    expect(text('#case-service-name')).toBe('企业设立登记')
    expect(text('#case-service-mode')).toBe('帮办')
    expect(text('#case-material-license')).toContain('营业执照副本')
    expect(text('#case-material-license')).toContain('营业执照.pdf')
    expect(document.querySelector('#case-material-id .attachment-list__thumb[aria-label="法人身份证正面.jpg"]')).toBeTruthy()
    expect(text('#case-material-lease')).toContain('经营场所租赁合同')
    expect(text('#case-material-lease')).toContain('未上传')
    // files shown under their material are not listed again with the case text; one outside every material is
    const facts = document.querySelector('.case-facts') as Element
    expect(facts.textContent).not.toContain('营业执照.pdf')
    expect(facts.querySelector('.attachment-list__thumb[aria-label="法人身份证正面.jpg"]')).toBeNull()
    expect(facts.textContent).toContain('申请表.pdf')
  })

  it('keeps the flat attachment list and no 申请事项 for other cases', async () => {
    serve(caseDetail({ attachments: [FORM] }))
    render(<CaseDetailPage />)
    await screen.findByText('ZX20250307-0001')
    expect(screen.queryByText('申请事项')).toBeNull()
    expect(document.querySelector('#case-service')).toBeNull()
    expect(text('.case-facts')).toContain('申请表.pdf')
    expect(document.querySelector('#case-lecture')).toBeNull()
  })
})

describe('case detail: asked from a lecture', () => {
  it('names the lecture and opens its page', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' } as never)
    serve(caseDetail({ lecture: { id: 'lec 7', title: '企业出海合规实务' } }))
    render(<CaseDetailPage />)
    const link = await screen.findByText('来自潭商讲堂：企业出海合规实务')
    await act(async () => {
      fireEvent.click(link)
    })
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/lecture/detail/index?id=lec%207' })
  })
})
