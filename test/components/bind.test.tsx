import { render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { Attachment, Me } from '../../types'
import { ApiCallError } from '../../src/services/errors'
import { call } from '../../src/services'
import { uploadFile } from '../../src/services/upload'
import MembershipApplyPage from '../../src/packages/account/bind/index'
import { meAs, membershipOf, VALID_CODE, WRONG_CODE } from './fixtures'
import { answerCalls, find, tap, typeInto, type Handler } from './dom'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
jest.mock('../../src/services/upload', () => ({
  ...jest.requireActual('../../src/services/upload'),
  uploadFile: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const mockUpload = uploadFile as jest.MockedFunction<typeof uploadFile>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action)

const NAME = '湘潭恒远机电有限公司'
const uploaded = (name: string): Attachment => ({ fileID: `cloud://local-dev.files/202503/${name}`, name, size: 1000, kind: 'image' })
const pending = (extra: Partial<Me> = {}) => meAs('guest', { membership: membershipOf({ status: 'pending', method: null, decidedAt: null, decidedByName: null }), ...extra })

function serve(me: Me = meAs('guest'), handlers: Record<string, Handler> = {}) {
  answerCalls(mockCall, { 'session.me': () => me, ...handlers })
}

/** Taro's h5 Input is a web component that creates its inner <input> asynchronously. */
async function inputOf(id: string): Promise<HTMLInputElement> {
  return (await find(`#${id} input`)) as HTMLInputElement
}

const type = (id: string, value: string) => typeInto(`#${id}`, value)

/** picks one image in the picker inside `scope` and lets the (mocked) upload finish */
async function attach(scope: string, name: string) {
  jest.spyOn(Taro, 'chooseMedia').mockResolvedValueOnce({
    tempFiles: [{ tempFilePath: `http://tmp/${name}`, size: 2000, fileType: 'image', duration: 0, height: 1, width: 1, thumbTempFilePath: '' }],
    type: 'image',
    errMsg: 'chooseMedia:ok'
  } as never)
  mockUpload.mockResolvedValueOnce(uploaded(name))
  await tap(`${scope} #attach-image`)
  await waitFor(() => expect(document.querySelector(scope)?.textContent).toContain('已上传'))
}

async function fillEnterprise() {
  await type('enterprise-name', NAME)
  await type('credit-code', VALID_CODE)
}

const fieldText = (selector: string) => document.querySelector(selector)?.textContent ?? ''

beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  mockUpload.mockReset()
  localStorage.clear()
})
afterEach(() => jest.restoreAllMocks())

describe('企业认证申请 form', () => {
  it('shows the precise check-character message for a wrong code and does not call the server', async () => {
    serve()
    render(<MembershipApplyPage />)
    await type('enterprise-name', NAME)
    await type('credit-code', WRONG_CODE)

    const expected = `校验位不符：第18位应为“${VALID_CODE[17]}”，您输入的是“${WRONG_CODE[17]}”，请核对是否有错字`
    expect(await screen.findByText(expected)).toBeTruthy()
    await tap('#apply-submit')
    expect(screen.getByText(expected)).toBeTruthy()
    expect(sent('membership.apply')).toHaveLength(0)
  })

  it('names a forbidden letter while the code is typed', async () => {
    serve()
    render(<MembershipApplyPage />)
    await type('credit-code', `${VALID_CODE.slice(0, 13)}O${VALID_CODE.slice(14)}`)
    expect(await screen.findByText('第14位字符“O”无效（代码中不使用字母 I、O、S、V、Z）')).toBeTruthy()
  })

  it('says everything that is missing at once, each under its field, without calling the server', async () => {
    serve()
    render(<MembershipApplyPage />)
    await find('#apply-submit')
    await tap('#apply-submit')

    expect(await screen.findByText('请填写企业名称')).toBeTruthy()
    expect(fieldText('#apply-licence')).toContain('请上传营业执照照片')
    expect(screen.getByText('请选择申请身份')).toBeTruthy()
    // no 授权委托书 box until the applicant says they act on the enterprise's behalf
    expect(document.querySelector('#apply-authorisation')).toBeNull()
    expect(sent('membership.apply')).toHaveLength(0)
  })

  it('asks for the 授权委托书 only when the applicant is not the 法定代表人', async () => {
    serve()
    render(<MembershipApplyPage />)
    await fillEnterprise()
    await tap('#apply-capacity-authorised')
    await attach('#apply-licence', '营业执照.jpg')
    await tap('#apply-submit')
    expect(fieldText('#apply-authorisation')).toContain('请上传加盖公章的授权委托书')
    expect(sent('membership.apply')).toHaveLength(0)

    await tap('#apply-capacity-legalRep')
    expect(document.querySelector('#apply-authorisation')).toBeNull()
    expect(screen.queryByText('请上传加盖公章的授权委托书')).toBeNull()
  })

  it('uploads the papers, submits, and shows the request as 待认证', async () => {
    const after = pending()
    serve(meAs('guest'), { 'membership.apply': () => after })
    render(<MembershipApplyPage />)
    expect(await screen.findByText('提交后会怎样')).toBeTruthy()
    await fillEnterprise()
    await tap('#apply-capacity-authorised')
    await attach('#apply-licence', '营业执照.jpg')
    await attach('#apply-authorisation', '授权委托书.jpg')
    await tap('#apply-submit')

    await waitFor(() => expect(sent('membership.apply')).toHaveLength(1))
    expect(sent('membership.apply')[0]).toEqual([
      'membership.apply',
      { name: NAME, creditCode: VALID_CODE, capacity: 'authorised', licence: uploaded('营业执照.jpg'), authorisation: uploaded('授权委托书.jpg') },
      { requestId: expect.any(String) }
    ])
    expect(await screen.findByText('认证审核中')).toBeTruthy()
    expect(fieldText('#membership-status')).toContain('待认证')
    expect(fieldText('#membership-status')).toContain(NAME)
    // the draft is gone once the request is filed
    expect(Object.keys(localStorage).filter((k) => k.includes('membershipApply'))).toEqual([])
  })

  it('shows a server error under the field it concerns', async () => {
    const message = '未找到该统一社会信用代码对应的企业，请核对或联系园区登记'
    serve(meAs('guest'), {
      'membership.apply': () => {
        throw new ApiCallError({ code: 'ENTERPRISE_NOT_FOUND', message, field: 'creditCode' })
      }
    })
    render(<MembershipApplyPage />)
    await fillEnterprise()
    await tap('#apply-capacity-legalRep')
    await attach('#apply-licence', '营业执照.jpg')
    await tap('#apply-submit')

    expect(await screen.findAllByText(message)).toBeTruthy()
    expect(document.querySelector('#credit-code')?.parentElement?.textContent).toContain(message)
  })

  it('keeps the draft when the page is left and opened again', async () => {
    serve()
    const first = render(<MembershipApplyPage />)
    await type('enterprise-name', NAME)
    await type('credit-code', VALID_CODE.slice(0, 10))
    await tap('#apply-capacity-legalRep')
    first.unmount()

    render(<MembershipApplyPage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    await waitFor(async () => expect((await inputOf('credit-code')).value).toBe(VALID_CODE.slice(0, 10)))
    expect((await inputOf('enterprise-name')).value).toBe(NAME)
    expect(document.querySelector('#apply-capacity-legalRep')?.getAttribute('aria-pressed')).toBe('true')
  })
})

describe('企业认证 status', () => {
  it('shows a pending request, and withdraws it after confirmation', async () => {
    serve(pending(), { 'membership.withdraw': () => meAs('guest', { membership: membershipOf({ status: 'withdrawn', method: null }) }) })
    const modal = jest.spyOn(Taro, 'showModal').mockResolvedValue({ confirm: true, cancel: false, errMsg: 'showModal:ok' })
    render(<MembershipApplyPage />)

    expect(await screen.findByText('认证审核中')).toBeTruthy()
    const status = fieldText('#membership-status')
    expect(status).toContain('待认证')
    expect(status).toContain(NAME)
    expect(status).toContain('2025-03-07 09:30')
    expect(document.querySelector('#apply-submit')).toBeNull()

    await tap('#membership-withdraw')
    await waitFor(() => expect(sent('membership.withdraw')).toHaveLength(1))
    expect(modal.mock.calls[0][0]?.content).toContain(NAME)
    // withdrawn: the form is back
    expect(await find('#apply-submit')).toBeTruthy()
  })

  it('shows why a request was rejected and lets the applicant apply again', async () => {
    const reason = '营业执照照片不清晰，请重新拍摄'
    serve(meAs('guest', { membership: membershipOf({ status: 'rejected', method: null, reason }) }))
    render(<MembershipApplyPage />)

    expect(await screen.findByText('认证申请未通过')).toBeTruthy()
    expect(fieldText('#membership-reason')).toContain(reason)
    expect(fieldText('#membership-status')).toContain('未通过')
    // the form starts from the enterprise of the last request
    await waitFor(async () => expect((await inputOf('enterprise-name')).value).toBe(NAME))
    expect(await find('#apply-submit')).toBeTruthy()
    expect(await find('#way-invite')).toBeTruthy()
  })

  it('labels the licence stand-in as development-only and points elsewhere when it is unavailable', async () => {
    const message = '电子营业执照授权暂不可用，请改用园区审核或企业邀请'
    serve(meAs('guest', { devMode: true }), {
      'membership.licenseAuth': () => {
        throw new ApiCallError({ code: 'LICENSE_AUTH_UNAVAILABLE', message })
      }
    })
    render(<MembershipApplyPage />)
    expect(fieldText('#way-license')).toBe('')
    await waitFor(() => expect(fieldText('#way-license')).toContain('仅供开发环境'))

    // the authorisation needs to know the enterprise first
    await tap('#way-license .at-button')
    expect(fieldText('#license-auth-error')).toContain('请先在上方填写企业信息')
    expect(sent('membership.licenseAuth')).toHaveLength(0)

    await fillEnterprise()
    await tap('#apply-capacity-legalRep')
    await tap('#way-license .at-button')
    await waitFor(() => expect(fieldText('#license-auth-error')).toContain(message))
    expect(fieldText('#license-auth-error')).toContain('使用企业邀请码加入')
  })

  it('tells staff they review requests instead', async () => {
    serve(meAs('steward'))
    render(<MembershipApplyPage />)
    expect(await screen.findByText('工作人员账号不能申请企业认证')).toBeTruthy()
  })
})
