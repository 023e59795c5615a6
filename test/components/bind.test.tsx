import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { ApiCallError } from '../../src/services/errors'
import Taro from '@tarojs/taro'
import { call } from '../../src/services'
import BindEnterprisePage from '../../src/packages/account/bind/index'
import { meAs, VALID_CODE, WRONG_CODE } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>

/** Taro's h5 Input is a web component that creates its inner <input> asynchronously. */
async function inputOf(id: string): Promise<HTMLInputElement> {
  return waitFor(() => {
    const el = document.querySelector<HTMLInputElement>(`#${id} input`)
    if (!el) throw new Error(`no input in #${id} yet`)
    return el
  })
}

async function type(id: string, value: string) {
  const el = await inputOf(id)
  await act(async () => {
    fireEvent.input(el, { target: { value } })
  })
}

async function submit() {
  await act(async () => {
    fireEvent.click(screen.getByText('绑定企业'))
  })
}

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
})

describe('bind enterprise form', () => {
  it('shows the precise check-character message for a wrong code and does not call the server', async () => {
    render(<BindEnterprisePage />)
    await type('enterprise-name', '湘潭恒远机电有限公司')
    await type('credit-code', WRONG_CODE)

    const expected = `校验位不符：第18位应为“${VALID_CODE[17]}”，您输入的是“${WRONG_CODE[17]}”，请核对是否有错字`
    expect(await screen.findByText(expected)).toBeTruthy()

    await submit()
    expect(screen.getByText(expected)).toBeTruthy()
    expect(mockCall).not.toHaveBeenCalled()
  })

  it('names a forbidden letter while the code is typed', async () => {
    render(<BindEnterprisePage />)
    await type('credit-code', `${VALID_CODE.slice(0, 13)}O${VALID_CODE.slice(14)}`)
    expect(await screen.findByText('第14位字符“O”无效（代码中不使用字母 I、O、S、V、Z）')).toBeTruthy()
  })

  it('asks for the name before calling the server', async () => {
    render(<BindEnterprisePage />)
    await type('credit-code', VALID_CODE)
    await submit()
    expect(await screen.findByText('请填写企业名称')).toBeTruthy()
    expect(mockCall).not.toHaveBeenCalled()
  })

  it('calls account.bindEnterprise with a valid code', async () => {
    mockCall.mockResolvedValue(meAs('entrepreneur'))
    render(<BindEnterprisePage />)
    await type('enterprise-name', '湘潭恒远机电有限公司')
    await type('credit-code', VALID_CODE)
    expect(screen.queryByText(/校验位不符/)).toBeNull()

    await submit()
    await waitFor(() => expect(mockCall).toHaveBeenCalledTimes(1))
    expect(mockCall).toHaveBeenCalledWith(
      'account.bindEnterprise',
      { name: '湘潭恒远机电有限公司', creditCode: VALID_CODE },
      { requestId: expect.any(String) }
    )
    // success: the draft is gone and the app restarts on the home page
    const reLaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    await waitFor(() => expect(reLaunch).toHaveBeenCalledWith({ url: '/pages/index/index' }), { timeout: 3000 })
    expect(localStorage.length).toBe(0)
    reLaunch.mockRestore()
  })

  it('shows a server error under the field it concerns', async () => {
    const message = '未找到该统一社会信用代码对应的企业，请核对或联系园区登记'
    mockCall.mockRejectedValue(new ApiCallError({ code: 'ENTERPRISE_NOT_FOUND', message, field: 'creditCode' }))
    render(<BindEnterprisePage />)
    await type('enterprise-name', '湘潭恒远机电有限公司')
    await type('credit-code', VALID_CODE)
    await submit()

    expect(await screen.findByText(message)).toBeTruthy()
    const field = document.querySelector('#credit-code')?.parentElement
    expect(field?.textContent).toContain(message)
  })

  it('keeps the draft when the page is left and opened again', async () => {
    const first = render(<BindEnterprisePage />)
    await type('enterprise-name', '湘潭恒远机电有限公司')
    await type('credit-code', VALID_CODE.slice(0, 10))
    first.unmount()

    render(<BindEnterprisePage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    await waitFor(async () => expect((await inputOf('credit-code')).value).toBe(VALID_CODE.slice(0, 10)))
    expect((await inputOf('enterprise-name')).value).toBe('湘潭恒远机电有限公司')
  })
})
