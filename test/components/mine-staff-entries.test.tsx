import { render, screen } from '@testing-library/react'
import { call } from '../../src/services'
import MinePage from '../../src/pages/mine/index'
import { meAs } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const ENTRIES = ['#action-workbench', '#action-supervise', '#action-deadlines']
const shown = () => ENTRIES.filter((s) => document.querySelector(s))

beforeEach(() => mockCall.mockReset())

describe('mine page: staff entries of the closed loop', () => {
  it.each([
    ['steward', ['#action-workbench']],
    ['manager', ENTRIES],
    ['admin', ['#action-supervise', '#action-deadlines']],
    ['entrepreneur', []],
    ['guest', []]
  ] as const)('%s sees %j', async (role, expected) => {
    mockCall.mockResolvedValue(meAs(role))
    render(<MinePage />)
    await screen.findByText('编辑资料')
    expect(shown()).toEqual(expected)
  })
})
