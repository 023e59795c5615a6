import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import type { ImportReport } from '../../types'
import { call } from '../../src/services'
import { ApiCallError } from '../../src/services/errors'
import ImportPage from '../../src/packages/manage/import/index'
import { pickImportFile, toPicked } from '../../src/packages/manage/import/pickImportFile'
import { meAs } from './fixtures'

jest.mock('../../src/services', () => ({
  ...jest.requireActual('../../src/services'),
  call: jest.fn()
}))
jest.mock('../../src/packages/manage/import/pickImportFile', () => ({
  ...jest.requireActual('../../src/packages/manage/import/pickImportFile'),
  pickImportFile: jest.fn()
}))

const mockCall = call as jest.MockedFunction<typeof call>
const mockPick = pickImportFile as jest.MockedFunction<typeof pickImportFile>
const sent = (action: string) => mockCall.mock.calls.filter(([a]) => a === action).map(([, p]) => p)

const CSV = '\uFEFFtitle,issuer,level,categories,benefitType,summary,bodyHtml\n稳岗返还办法,市人社局,市,就业社保,资金奖补,对不裁员少裁员的企业返还失业保险费。,第一条\n,市人社局,省,就业社保,资金奖补,短,第一条\n'
const rows = (): ImportReport['rows'] => [
  { row: 1, title: '稳岗返还办法', ok: true, errors: [] },
  { row: 2, title: '', ok: false, errors: ['请填写政策标题', '政策摘要至少10个字'] }
]

function serve(handler: (payload: { dryRun?: boolean }) => ImportReport) {
  mockCall.mockImplementation((async (action: string, payload: { dryRun?: boolean }) => {
    if (action === 'session.me') return meAs('manager')
    if (action === 'policy.import') return handler(payload)
    throw new Error(`unexpected ${action}`)
  }) as unknown as typeof call)
}

async function tap(selector: string) {
  const el = await waitFor(() => {
    const found = document.querySelector(selector)
    if (!found) throw new Error(`no ${selector}`)
    return found
  })
  await act(async () => {
    fireEvent.click(el.querySelector('.at-button__text') ?? el)
  })
}

// the app's build sets this up; small buttons with a spinner need it
beforeAll(() => Taro.initPxTransform({ designWidth: 750, deviceRatio: { 750: 1 } }))
beforeEach(() => {
  mockCall.mockReset()
  mockPick.mockReset()
})

describe('批量导入', () => {
  it('checks the file first, shows the report row by row, then imports the good rows', async () => {
    serve(({ dryRun }) => ({ imported: dryRun ? 0 : 1, rejected: 1, dryRun: Boolean(dryRun), rows: rows() }))
    mockPick.mockResolvedValue(toPicked('policies.csv', 2048, CSV))
    render(<ImportPage />)
    expect(await screen.findByText(/第一行为下列英文列名/)).toBeTruthy()
    expect(screen.getByText('minEmployees, maxEmployees')).toBeTruthy()

    await tap('#import-pick')
    await waitFor(() => expect(document.querySelector('#import-file')?.textContent).toBe('policies.csv · CSV · 2 KB'))
    expect(document.querySelector('#import-confirm')).toBeNull()
    await tap('#import-dry-run')

    expect(await screen.findByText('预检完成：共 2 行，1 行可以导入，1 行有误')).toBeTruthy()
    expect(document.querySelector('#import-row-1')?.textContent).toContain('可导入')
    const bad = document.querySelector('#import-row-2')?.textContent ?? ''
    expect(bad).toContain('（无标题）')
    expect(bad).toContain('请填写政策标题')
    expect(bad).toContain('政策摘要至少10个字')
    expect(sent('policy.import')).toEqual([{ format: 'csv', content: CSV.slice(1), dryRun: true }])

    await tap('#import-confirm')
    expect(await screen.findByText('已导入 1 条政策（均为草稿，请检查后发布）；1 行未导入')).toBeTruthy()
    expect(document.querySelector('#import-row-1')?.textContent).toContain('已导入')
    expect(sent('policy.import').at(-1)).toEqual({ format: 'csv', content: CSV.slice(1), dryRun: false })
    expect(document.querySelector('#import-confirm')).toBeNull()
  })

  it('shows why a whole file is refused', async () => {
    mockCall.mockImplementation((async (action: string) => {
      if (action === 'session.me') return meAs('admin')
      throw new ApiCallError({ code: 'IMPORT_INVALID', message: 'CSV 有无法识别的列：titel（列名见导入说明）' })
    }) as unknown as typeof call)
    mockPick.mockResolvedValue(toPicked('policies.csv', 100, 'titel\nx'))
    render(<ImportPage />)
    await tap('#import-pick')
    await tap('#import-dry-run')
    expect(await screen.findByText('CSV 有无法识别的列：titel（列名见导入说明）')).toBeTruthy()
    expect(document.querySelector('#import-report')).toBeNull()
  })

  it('refuses a file that is neither CSV nor JSON before sending it', async () => {
    serve(() => {
      throw new Error('not sent')
    })
    mockPick.mockResolvedValue(toPicked('policies.xlsx', 100, 'PK…'))
    render(<ImportPage />)
    await tap('#import-pick')
    expect(await screen.findByText('“policies.xlsx”不是 CSV 或 JSON 文件，请选择 .csv 或 .json 文件')).toBeTruthy()
    expect(document.querySelector('#import-dry-run')).toBeNull()
    expect(sent('policy.import')).toHaveLength(0)
  })
})
