/* eslint-disable @typescript-eslint/no-explicit-any -- the fault-injecting wrapper forwards loosely */
/** Bulk import: good rows in as drafts, bad rows reported, nothing half-imported. */
import Papa from 'papaparse'
import type { Database, Transaction } from '../../../cloudfunctions/api/src/db/port'
import { DbError } from '../../../cloudfunctions/api/src/db/port'
import type { ActionContext } from '../../../cloudfunctions/api/src/domain/context'
import { loadCaller } from '../../../cloudfunctions/api/src/domain/accounts'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { importedPolicyId, importPolicies, WRITE_FAILED } from '../../../cloudfunctions/api/src/domain/policies/import'
import { POLICY_IMPORT_COLUMNS } from '../../../types'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { wordListChecker } from '../../../server/contentCheck/wordListChecker'
import { openBed, seedFixture, type Bed } from '../helpers'
import { fields, ok, policyCount, PX, refused } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const csv = (rows: Array<Record<string, string>>) => Papa.unparse(rows)

const good = (n: number, over: Record<string, string> = {}): Record<string, string> => ({
  title: `导入的政策第${n}条`,
  docNumber: `潭政发〔2026〕${100 + n}号`,
  issuer: '湘潭市人民政府',
  level: '市',
  categories: '财税|金融',
  benefitType: '资金奖补',
  exempt: '否',
  summary: '导入测试用的政策摘要，足够长。',
  bodyHtml: '第一条 支持企业\n第二条 <b>加大</b>投入',
  effectiveFrom: '2026/1/1',
  expiresOn: '2027-12-31',
  applyUntil: '2026-12-31',
  industries: '新材料|智能制造',
  scales: '',
  parkIds: '',
  minYearsFounded: '2',
  requiredTags: '专精特新',
  ...over
})

describe('policy.import', () => {
  it('writes the good rows as drafts and reports every bad row with its reasons', async () => {
    const rows = [
      good(1),
      good(2, { level: '乡镇', summary: '短' }),
      good(3, { effectiveFrom: '2026-06-01', expiresOn: '2026-05-01' }),
      good(4, { minYearsFounded: '两年', exempt: '也许' }),
      good(5),
      good(6, { title: '导入的政策第1条', docNumber: '潭政发〔2026〕101号' }),
      good(7, { parkIds: 'park-nowhere' })
    ]
    const report = await ok(bed, PX.admin, 'policy.import', { format: 'csv', content: csv(rows) })
    expect(report).toMatchObject({ imported: 2, rejected: 5, dryRun: false })
    expect(report.rows).toEqual([
      { row: 1, title: '导入的政策第1条', ok: true, errors: [] },
      { row: 2, title: '导入的政策第2条', ok: false, errors: ['请选择政策层级', '政策摘要至少10个字'] },
      { row: 3, title: '导入的政策第3条', ok: false, errors: ['失效日期不能早于生效日期'] },
      { row: 4, title: '导入的政策第4条', ok: false, errors: ['免申即享应填“是”或“否”', '成立年限应为数字'] },
      { row: 5, title: '导入的政策第5条', ok: true, errors: [] },
      { row: 6, title: '导入的政策第1条', ok: false, errors: ['与第1行重复（标题和文号相同）'] },
      { row: 7, title: '导入的政策第7条', ok: false, errors: ['园区不存在：park-nowhere'] }
    ])
    const list = await ok(bed, PX.admin, 'policy.manageList', { editStatus: 'draft' })
    expect(list.items.map((p: any) => p.title).sort()).toEqual(['导入的政策第1条', '导入的政策第5条'])
    const one = list.items.find((p: any) => p.title === '导入的政策第1条')
    expect(one).toMatchObject({
      categories: ['财税', '金融'],
      effectiveFrom: '2026-01-01',
      bodyHtml: '<p>第一条 支持企业</p><p>第二条 <b>加大</b>投入</p>'.replace(/<\/?b>/g, ''),
      criteria: { industries: ['新材料', '智能制造'], minYearsFounded: 2, requiredTags: ['专精特新'] },
      industries: ['新材料', '智能制造'],
      scales: [],
      lifecycle: { editStatus: 'draft', createdByName: '市级管理员' }
    })
    // importing the same file again: the two are now duplicates of the library
    const again = await ok(bed, PX.admin, 'policy.import', { format: 'csv', content: csv([good(1)]) })
    expect(again).toMatchObject({ imported: 0, rejected: 1, rows: [{ errors: ['已存在标题和文号都相同的政策'] }] })
  })

  it('reads every documented column', async () => {
    const row: Record<string, string> = {
      ...good(1),
      exempt: '是',
      interpretation: '本政策重点支持专精特新企业。',
      interpretationVideoUrl: 'https://video.example.cn/a.mp4',
      applyFrom: '2026-11-01',
      scales: '小型|微型',
      parkIds: PX.parkA,
      maxYearsFounded: '10',
      minEmployees: '5',
      maxEmployees: '300',
      minRevenueWan: '100',
      maxRevenueWan: '20000',
      serviceId: ''
    }
    expect(Object.keys(row).sort()).toEqual(POLICY_IMPORT_COLUMNS.map((c) => c.key).sort())
    expect(await ok(bed, PX.admin, 'policy.import', { format: 'csv', content: '\uFEFF' + csv([row]) })).toMatchObject({ imported: 1, rejected: 0 })
    const [doc] = (await bed.db.collection(COLLECTIONS.policies).get()).data
    expect(doc).toMatchObject({
      exempt: true,
      interpretation: { text: '本政策重点支持专精特新企业。', videoUrl: 'https://video.example.cn/a.mp4' },
      effectiveFrom: '2026-01-01',
      expiresOn: '2027-12-31',
      applyFrom: '2026-11-01',
      applyUntil: '2026-12-31',
      serviceId: null,
      criteria: {
        industries: ['新材料', '智能制造'],
        scales: ['小型', '微型'],
        parkIds: [PX.parkA],
        minYearsFounded: 2,
        maxYearsFounded: 10,
        minEmployees: 5,
        maxEmployees: 300,
        minRevenueWan: 100,
        maxRevenueWan: 20000,
        requiredTags: ['专精特新']
      },
      scales: ['小型', '微型'],
      parkIds: [PX.parkA]
    })
  })

  it('validates only on a dry run', async () => {
    const report = await ok(bed, PX.admin, 'policy.import', { format: 'json', content: JSON.stringify([fields(), fields({ categories: [] }), 42]), dryRun: true })
    expect(report).toMatchObject({ imported: 0, rejected: 2, dryRun: true })
    expect(report.rows.map((r: any) => r.ok)).toEqual([true, false, false])
    expect(report.rows[1].errors).toEqual(['请至少选择一个政策类别'])
    expect(report.rows[2].errors).toEqual(['该行不是政策对象'])
    expect(await policyCount(bed)).toBe(0)
  })

  it('refuses a file it cannot read as a whole, with IMPORT_INVALID', async () => {
    expect(await refused(bed, PX.admin, 'policy.import', { format: 'json', content: '{"title":' })).toMatchObject({ code: 'IMPORT_INVALID' })
    expect(await refused(bed, PX.admin, 'policy.import', { format: 'json', content: '{}' })).toMatchObject({ code: 'IMPORT_INVALID' })
    expect(await refused(bed, PX.admin, 'policy.import', { format: 'csv', content: 'titel,issuer\nx,y' })).toMatchObject({ code: 'IMPORT_INVALID' })
    expect(await refused(bed, PX.admin, 'policy.import', { format: 'csv', content: csv([good(1, { extra: 'x' } as any)]) })).toMatchObject({
      code: 'IMPORT_INVALID',
      message: 'CSV 有无法识别的列：extra（列名见导入说明）'
    })
    expect(await policyCount(bed)).toBe(0)
  })

  it("keeps a park manager's rows in their park", async () => {
    const report = await ok(bed, PX.managerA, 'policy.import', { format: 'csv', content: csv([good(1), good(2, { parkIds: `${PX.parkA}|${PX.parkB}` })]) })
    expect(report.rows.map((r: any) => r.errors)).toEqual([[], ['园区管理员只能面向本园区发布政策']])
    const [doc] = (await bed.db.collection(COLLECTIONS.policies).get()).data
    expect(doc).toMatchObject({ ownerParkId: PX.parkA, parkIds: [PX.parkA], editStatus: 'draft' })
  })

  describe('a failure halfway leaves no partial rows', () => {
    async function ctxFor(db: Database, openid: string): Promise<ActionContext> {
      return { db, caller: await loadCaller(bed.db, openid), clock: bed.clock, devMode: true, messenger: outboxMessenger(bed.db, bed.clock), contentCheck: wordListChecker(), licenseAuthority: { available: false, verify: async () => null }, ip: null }
    }

    it('when the database fails on the third insert (fault injected around the real database)', async () => {
      let adds = 0
      // the real embedded database, except that the third policy insert inside a transaction fails
      const faulty: Database = Object.create(bed.db, {
        runTransaction: {
          value: <T>(fn: (tx: Transaction) => Promise<T>, times?: number) =>
            bed.db.runTransaction((tx) => {
              const wrapped: Transaction = {
                rollback: (r) => tx.rollback(r),
                collection: (name) => {
                  const c = tx.collection(name)
                  return {
                    doc: (id) => c.doc(id),
                    add: async (opts) => {
                      if (name === COLLECTIONS.policies && ++adds === 3) throw new DbError(-1, 'injected fault: disk full')
                      return c.add(opts)
                    }
                  }
                }
              }
              return fn(wrapped)
            }, times)
        }
      })
      const content = JSON.stringify([1, 2, 3, 4, 5].map((n) => fields({ title: `故障注入的政策${n}` })))
      const report = await importPolicies(await ctxFor(faulty, PX.admin), { format: 'json', content, dryRun: false })
      expect(adds).toBe(3)
      expect(report).toMatchObject({ imported: 0, rejected: 5 })
      expect(report.rows.every((r) => !r.ok && r.errors.includes(WRITE_FAILED))).toBe(true)
      expect(await policyCount(bed)).toBe(0)
      expect((await bed.db.collection(COLLECTIONS.audit).where({ action: 'policy.import' }).count()).total).toBe(0)
    })

    it('when a concurrent import wrote one of the rows first (duplicate _id)', async () => {
      const rows = [1, 2, 3, 4].map((n) => fields({ title: `并发导入的政策${n}` }))
      // checks pass for all four; then, before our transaction, someone else lands row 3
      const ctx = await ctxFor(bed.db, PX.admin)
      const realRun = bed.db.runTransaction.bind(bed.db)
      const racing: Database = Object.create(bed.db, {
        runTransaction: {
          value: async <T>(fn: (tx: Transaction) => Promise<T>, times?: number) => {
            await bed.db.collection(COLLECTIONS.policies).add({ data: { _id: importedPolicyId({ title: rows[2].title, docNumber: rows[2].docNumber }), title: rows[2].title } })
            return realRun(fn, times)
          }
        }
      })
      const report = await importPolicies({ ...ctx, db: racing }, { format: 'json', content: JSON.stringify(rows), dryRun: false })
      expect(report.imported).toBe(0)
      expect(report.rows.map((r) => r.errors)).toEqual(rows.map(() => [WRITE_FAILED]))
      // only the other writer's row exists: none of ours
      const { data } = await bed.db.collection(COLLECTIONS.policies).get()
      expect(data.map((d) => d.title)).toEqual([rows[2].title])
    })
  })
})
