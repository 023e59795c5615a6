import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Me } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import ManagePolicyPage from '../../src/packages/manage/policy/index'
import ManagePoliciesPage from '../../src/packages/manage/policies/index'
import { meAs, NOW } from './fixtures'
import { page, policyDetail, serviceSummary } from './service-fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
let routerParams: Record<string, string> = {}
jest.mock('@tarojs/taro', () => {
  const actual = jest.requireActual('@tarojs/taro')
  return { __esModule: true, ...actual, default: actual.default, useRouter: () => ({ params: routerParams }) }
})

const mockCall = call as jest.MockedFunction<typeof call>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

type Handler = (payload: unknown) => unknown
function serve(handlers: Record<string, Handler> = {}, me: Me = meAs('admin')) {
  mockCall.mockImplementation((async (action: string, payload: unknown) => {
    if (handlers[action]) return handlers[action](payload)
    if (action === 'session.me') return me
    if (action === 'park.list') return [{ _id: 'park-hi', name: '湘潭高新区', district: '岳塘区', intro: '' }]
    if (action === 'service.list') return page([serviceSummary()])
    if (action === 'policy.get') return policyDetail()
    if (action === 'policy.manageList') return page([policyDetail()])
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

async function type(selector: string, value: string) {
  const el = await find(selector)
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

const messageOf = (selector: string) => document.querySelector(selector)?.closest('.form-field, .mg-group, .text-area')?.textContent ?? ''

// the app's build sets this up; small buttons with a spinner need it
beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  routerParams = {}
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('政策管理 — access', () => {
  it('refuses anyone but managers, without asking for the list', async () => {
    serve({}, meAs('entrepreneur'))
    render(<ManagePoliciesPage />)
    expect(await screen.findByText('政策管理仅供园区管理员和市级管理员使用')).toBeTruthy()
    expect(sent('policy.manageList')).toHaveLength(0)
  })

  it('lists policies with their status, by status tab and search', async () => {
    serve({
      'policy.manageList': (p) => {
        const { editStatus } = p as { editStatus?: string }
        return page(editStatus === 'draft' ? [policyDetail({ _id: 'pol-2', title: '新人才30条实施细则', lifecycle: { ...policyDetail().lifecycle!, editStatus: 'draft' } })] : [policyDetail()])
      }
    })
    render(<ManagePoliciesPage />)
    expect(await screen.findByText('中小微企业续贷过桥资金支持办法')).toBeTruthy()
    expect(document.querySelector('#policy-row-pol-1')?.textContent).toContain('已发布')
    await tap('#policy-status-draft')
    expect(await screen.findByText('新人才30条实施细则')).toBeTruthy()
    expect(document.querySelector('#policy-row-pol-2')?.textContent).toContain('草稿')
    await type('#policy-search input', '续贷')
    await tap('#policy-search-go')
    await waitFor(() => expect(sent('policy.manageList').at(-1)).toEqual({ editStatus: 'draft', q: '续贷', page: 1, pageSize: 10 }))
  })
})

describe('政策管理 — editor', () => {
  it('shows the shared schema messages and the range checks, and saves nothing', async () => {
    serve()
    render(<ManagePolicyPage />)
    await type('#criteria-minEmployees input', '50')
    await type('#criteria-maxEmployees input', '10')
    await type('#policy-video input', 'http://example.com/v.mp4')
    await tap('#policy-save')

    expect(await screen.findByText('还有内容需要修改，请按红色提示修改后再保存')).toBeTruthy()
    expect(messageOf('#policy-title')).toContain('请填写政策标题')
    expect(messageOf('#policy-issuer')).toContain('请填写发文单位')
    expect(messageOf('#policy-level')).toContain('请选择政策层级')
    expect(messageOf('#policy-category')).toContain('请至少选择一个政策类别')
    expect(messageOf('#policy-benefit')).toContain('请选择扶持方式')
    expect(messageOf('#policy-summary')).toContain('请填写政策摘要')
    expect(messageOf('#policy-body')).toContain('请填写政策正文')
    expect(messageOf('#policy-video')).toContain('视频地址应以 https:// 或 cloud:// 开头')
    expect(messageOf('#criteria-maxEmployees')).toContain('员工人数上限不能小于下限')
    expect(screen.getByText(/可直接输入纯文字，每行为一段；也可粘贴简单的 HTML/)).toBeTruthy()
    expect(sent('policy.save')).toHaveLength(0)
  })

  it('saves every field as policy.save expects, then opens the new draft', async () => {
    serve({ 'policy.save': () => policyDetail({ _id: 'pol-new' }) })
    const redirect = jest.spyOn(Taro, 'redirectTo').mockResolvedValue({ errMsg: 'redirectTo:ok' })
    render(<ManagePolicyPage />)
    await type('#policy-title input', '科技型中小企业研发奖补办法')
    await type('#policy-issuer input', '市科学技术局')
    await tap('#policy-level-市')
    await tap('#policy-category-科技创新')
    await tap('#policy-category-财税')
    await tap('#policy-benefit-资金奖补')
    await type('#policy-summary textarea', '对研发投入增长的科技型中小企业给予奖补。')
    await type('#policy-body textarea', '第一条 奖补对象\n第二条 奖补标准')
    await tap('#criteria-scale-小型')
    await tap('#criteria-park-park-hi')
    await tap('#criteria-tag-科技型中小企业')
    await type('#criteria-minYearsFounded input', '2')
    await type('#criteria-minEmployees input', '10')
    await tap('#policy-service-svc-loan')
    await tap('#policy-save')

    await waitFor(() => expect(redirect).toHaveBeenCalledWith({ url: '/packages/manage/policy/index?id=pol-new' }))
    expect(sent('policy.save')).toEqual([
      {
        fields: {
          title: '科技型中小企业研发奖补办法',
          docNumber: '',
          issuer: '市科学技术局',
          level: '市',
          categories: ['科技创新', '财税'],
          benefitType: '资金奖补',
          exempt: false,
          summary: '对研发投入增长的科技型中小企业给予奖补。',
          bodyHtml: '第一条 奖补对象\n第二条 奖补标准',
          interpretation: null,
          attachments: [],
          effectiveFrom: null,
          expiresOn: null,
          applyFrom: null,
          applyUntil: null,
          criteria: { scales: ['小型'], parkIds: ['park-hi'], requiredTags: ['科技型中小企业'], minYearsFounded: 2, minEmployees: 10 },
          serviceId: 'svc-loan'
        }
      }
    ])
    expect(localStorage.getItem('qsj.draft.policyEdit.new')).toBeNull()
  })

  it('puts a server refusal on the field it names', async () => {
    routerParams = { id: 'pol-1' }
    serve({
      'policy.save': () => {
        throw new ApiCallError({ code: 'INVALID_INPUT', message: '已存在标题和文号都相同的政策', field: 'fields.title' })
      }
    })
    render(<ManagePolicyPage />)
    await type('#policy-title input', '中小微企业续贷过桥资金支持办法（修订）')
    await tap('#policy-save')
    await waitFor(() => expect(messageOf('#policy-title')).toContain('已存在标题和文号都相同的政策'))
    expect(sent('policy.save')).toEqual([expect.objectContaining({ id: 'pol-1' })])
  })
})

describe('政策管理 — lifecycle', () => {
  it('counts the enterprises before pushing, then pushes', async () => {
    routerParams = { id: 'pol-1' }
    serve({ 'policy.pushPreview': () => ({ count: 12 }), 'policy.push': () => ({ sent: 30 }) })
    render(<ManagePolicyPage />)
    expect(await screen.findByText(/创建：王科长/)).toBeTruthy()
    await tap('#policy-push')
    expect(await screen.findByText('将推送给 12 家符合条件的企业')).toBeTruthy()
    expect(sent('policy.push')).toHaveLength(0)
    await type('#push-note input', '请符合条件的企业尽快申报')
    await tap('#push-confirm')
    expect(await screen.findByText('已推送，30 位企业用户将收到通知')).toBeTruthy()
    expect(sent('policy.pushPreview')).toEqual([{ id: 'pol-1' }])
    expect(sent('policy.push')).toEqual([{ id: 'pol-1', note: '请符合条件的企业尽快申报' }])
  })

  it('says there is no one to push to when no enterprise fits', async () => {
    routerParams = { id: 'pol-1' }
    serve({ 'policy.pushPreview': () => ({ count: 0 }) })
    render(<ManagePolicyPage />)
    await tap('#policy-push')
    expect(await screen.findByText('目前没有符合条件的企业，无需推送')).toBeTruthy()
    expect(document.querySelector('#push-confirm')).toBeNull()
  })

  it('withdraws with a reason', async () => {
    routerParams = { id: 'pol-1' }
    const withdrawn = policyDetail({
      lifecycle: { ...policyDetail().lifecycle!, editStatus: 'withdrawn', withdrawnByName: '王科长', withdrawnAt: NOW, withdrawnReason: '已被新政策替代' }
    })
    serve({ 'policy.withdraw': () => withdrawn })
    render(<ManagePolicyPage />)
    await tap('#policy-withdraw')
    await tap('#withdraw-confirm')
    expect(await screen.findByText('请填写下架原因')).toBeTruthy()
    await type('#withdraw-reason textarea', '已被新政策替代')
    await tap('#withdraw-confirm')
    expect(await screen.findByText(/原因：已被新政策替代/)).toBeTruthy()
    expect(sent('policy.withdraw')).toEqual([{ id: 'pol-1', reason: '已被新政策替代' }])
    expect(document.querySelector('#policy-save')).toBeNull()
  })

  it('publishes a draft after confirming, but not with unsaved changes', async () => {
    routerParams = { id: 'pol-1' }
    const draft = policyDetail({ lifecycle: { ...policyDetail().lifecycle!, editStatus: 'draft', publishedByName: null, publishedAt: null } })
    serve({ 'policy.get': () => draft, 'policy.save': () => ({ ...draft, issuer: '市人民政府' }), 'policy.publish': () => policyDetail() })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<ManagePolicyPage />)
    await type('#policy-issuer input', '市人民政府')
    await tap('#policy-publish')
    expect(await screen.findByText('有未保存的修改：请先保存，再发布')).toBeTruthy()
    expect(sent('policy.publish')).toHaveLength(0)

    await tap('#policy-save')
    await waitFor(() => expect(sent('policy.save')).toHaveLength(1))
    await tap('#policy-publish')
    await waitFor(() => expect(sent('policy.publish')).toEqual([{ id: 'pol-1' }]))
    expect(modal).toHaveBeenCalledTimes(1)
    expect(await screen.findByText(/发布：王科长/)).toBeTruthy()
    expect(document.querySelector('#policy-status')?.textContent).toContain('已发布')
  })
})
