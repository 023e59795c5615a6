import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ActionName, EnterpriseProfile, ProfileChange } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import EnterpriseProfilePage from '../../src/packages/enterprise/profile/index'
import MineActions from '../../src/pages/mine/components/MineActions'
import { meAs } from './fixtures'
import { pageOf, profile } from './policyFixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

const CHANGE: ProfileChange = {
  at: '2025-03-06T02:00:00.000Z',
  byName: '周建华',
  changes: [{ field: 'employees', label: '员工人数', before: '', after: '25' }]
}

let current: EnterpriseProfile
function answer() {
  mockCall.mockImplementation(async (action: ActionName, payload?: unknown) => {
    if (action === 'enterprise.profile') return current as never
    if (action === 'enterprise.profileHistory') return pageOf([CHANGE]) as never
    if (action === 'enterprise.updateProfile') {
      const p = payload as Omit<EnterpriseProfile, 'enterpriseId' | 'name' | 'parkId' | 'updatedAt' | 'updatedByName'>
      current = { ...current, ...p, updatedAt: '2025-03-07T01:30:00.000Z', updatedByName: '周建华' }
      return current as never
    }
    throw new Error(`unexpected ${action}`)
  })
}

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

async function typeEmployees(value: string) {
  const input = (await el('#profile-employees input')) as HTMLInputElement
  await act(async () => {
    fireEvent.input(input, { target: { value } })
  })
}

const save = () => tap('#profile-save .at-button')
const updates = () => mockCall.mock.calls.filter(([a]) => a === 'enterprise.updateProfile')

beforeEach(() => {
  mockCall.mockReset()
  localStorage.clear()
  current = profile()
  answer()
  jest.spyOn(Taro, 'getCurrentPages').mockReturnValue([])
})
afterEach(() => jest.restoreAllMocks())

describe('企业档案 (一企一档)', () => {
  it('opens with the stored facts and lists who changed what', async () => {
    render(<EnterpriseProfilePage />)
    await waitFor(async () => expect((await el('#profile-industry-智能制造')).getAttribute('aria-pressed')).toBe('true'))
    expect((await el('#profile-scale-小型')).getAttribute('aria-pressed')).toBe('true')
    expect((await el('#profile-revenue-r1')).getAttribute('aria-pressed')).toBe('true')
    expect((await el('#profile-tags-科技型中小企业')).getAttribute('aria-pressed')).toBe('true')
    expect((await el('#profile-founded')).textContent).toContain('2016-05-20')
    expect(((await el('#profile-employees input')) as HTMLInputElement).value).toBe('')

    const history = await el('#profile-history')
    await waitFor(() => expect(history.textContent).toContain('员工人数：未填写 → 25'))
    expect(history.textContent).toContain('周建华')
    expect(history.textContent).toContain('2025-03-06 10:00')
  })

  it('shows the shared schema message and sends nothing while invalid', async () => {
    render(<EnterpriseProfilePage />)
    await el('#profile-industry-智能制造')
    await typeEmployees('12.5')
    await save()
    expect(await screen.findByText('员工人数应为整数')).toBeTruthy()
    expect(updates()).toHaveLength(0)
  })

  it('sends the typed payload, says the policies were matched again, and goes back', async () => {
    const toast = jest.spyOn(Taro, 'showToast').mockResolvedValue({ errMsg: 'showToast:ok' })
    const relaunch = jest.spyOn(Taro, 'reLaunch').mockResolvedValue({ errMsg: 'reLaunch:ok' })
    render(<EnterpriseProfilePage />)
    await waitFor(async () => expect((await el('#profile-industry-智能制造')).getAttribute('aria-pressed')).toBe('true'))
    await typeEmployees('25')
    await tap('#profile-tags-专精特新')
    await tap('#profile-revenue-r1')
    await save()

    await waitFor(() => expect(updates()).toHaveLength(1))
    expect(updates()[0][1]).toEqual({
      industry: '智能制造',
      scale: '小型',
      foundedOn: '2016-05-20',
      employees: 25,
      revenueBand: null,
      tags: ['科技型中小企业', '专精特新']
    })
    await waitFor(() => expect(toast).toHaveBeenCalledWith(expect.objectContaining({ title: '档案已更新，适用政策已重新匹配' })))
    await waitFor(() => expect(relaunch).toHaveBeenCalledWith({ url: '/pages/mine/index' }), { timeout: 3000 })
    // the saved facts are shown, and the draft is gone
    expect(((await el('#profile-employees input')) as HTMLInputElement).value).toBe('25')
    expect(localStorage.getItem('qsj.draft.enterpriseProfile.ent-1')).toBeNull()
    // the history is asked again after the save
    expect(mockCall.mock.calls.filter(([a]) => a === 'enterprise.profileHistory').length).toBe(2)
  })

  it('keeps unsaved edits as a draft, and 清空 returns to the stored facts', async () => {
    const first = render(<EnterpriseProfilePage />)
    await el('#profile-industry-智能制造')
    await typeEmployees('30')
    await tap('#profile-scale-中型')
    first.unmount()

    render(<EnterpriseProfilePage />)
    expect(await screen.findByText('已恢复上次未提交的内容。')).toBeTruthy()
    expect(((await el('#profile-employees input')) as HTMLInputElement).value).toBe('30')
    expect((await el('#profile-scale-中型')).getAttribute('aria-pressed')).toBe('true')

    await act(async () => {
      fireEvent.click(screen.getByText('清空'))
    })
    await waitFor(async () => expect((await el('#profile-scale-小型')).getAttribute('aria-pressed')).toBe('true'))
    expect(((await el('#profile-employees input')) as HTMLInputElement).value).toBe('')
  })

  it('asks an unbound user to bind first', async () => {
    mockCall.mockRejectedValue(new ApiCallError({ code: 'NOT_BOUND', message: '您尚未认证为企业成员' }))
    render(<EnterpriseProfilePage />)
    expect((await el('#bind-prompt')).textContent).toContain('认证为企业成员后可维护企业档案')
  })

  it('is reached from 我的 by a bound entrepreneur only', async () => {
    const navigate = jest.spyOn(Taro, 'navigateTo').mockResolvedValue({ errMsg: 'navigateTo:ok' })
    const first = render(<MineActions me={meAs('entrepreneur')} onChanged={() => undefined} />)
    await tap('#action-enterprise-profile')
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/enterprise/profile/index' })
    first.unmount()
    render(<MineActions me={meAs('guest')} onChanged={() => undefined} />)
    expect(document.querySelector('#action-enterprise-profile')).toBeNull()
  })
})
