import { render, screen } from '@testing-library/react'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import EnterpriseProfilePage from '../../src/packages/enterprise/profile/index'
import { meAs, membershipOf } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
const mockCall = call as jest.MockedFunction<typeof call>

function serve(me: ReturnType<typeof meAs>) {
  mockCall.mockImplementation((async (action: string) => {
    if (action === 'session.me') return me
    throw new ApiCallError({ code: 'NOT_BOUND', message: '您尚未认证为企业成员' })
  }) as unknown as typeof call)
}

beforeEach(() => mockCall.mockReset())

describe('where the enterprise is needed', () => {
  it('tells a 待认证 person their request is under review', async () => {
    serve(meAs('guest', { membership: membershipOf({ status: 'pending', method: null }) }))
    render(<EnterpriseProfilePage />)
    expect(await screen.findByText('企业认证审核中')).toBeTruthy()
    expect(screen.getByText('查看认证进度')).toBeTruthy()
    expect(screen.queryByText('去企业认证')).toBeNull()
  })

  it('asks anyone else to apply', async () => {
    serve(meAs('guest'))
    render(<EnterpriseProfilePage />)
    expect(await screen.findByText('去企业认证')).toBeTruthy()
    expect(screen.getByText('认证为企业成员后可维护企业档案')).toBeTruthy()
  })
})
