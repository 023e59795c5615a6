/**
 * The hot case lists, as the domain issues them, are answered by a compound index that
 * serves both the equality fields and the sort (EXPLAIN QUERY PLAN): no table scan, no
 * temp b-tree for ORDER BY. The SQL is captured from the real router calls.
 */
import { openBed, type Bed } from '../helpers'
import { CX, ok, seedCases, submitConsult } from '../cases/fixture'

let bed: Bed
let prepared: string[]
let spy: jest.SpyInstance
type Prepare = (this: unknown, sql: string) => { all: (...params: unknown[]) => unknown[] }

beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
  await submitConsult(bed)
  await submitConsult(bed, CX.ownerB)
  const proto = Object.getPrototypeOf(bed.db.raw) as { prepare: Prepare }
  const original = proto.prepare
  prepared = []
  spy = jest.spyOn(proto, 'prepare').mockImplementation(function (this: unknown, sql: string) {
    prepared.push(sql)
    return original.call(this, sql)
  })
})

afterEach(() => {
  spy.mockRestore()
  bed.close()
})

const PAGE = /^SELECT _id, data FROM "cases" WHERE .* ORDER BY /
const COUNT = /^SELECT COUNT\(\*\) AS total FROM "cases" WHERE /

/** the plan of the page query (the SELECT … ORDER BY on cases), or of its count, an action ran */
async function planOf(openid: string, action: string, payload: Record<string, unknown>, which: RegExp = PAGE): Promise<string[]> {
  prepared.length = 0
  await ok(bed, openid, action, payload)
  const page = prepared.filter((sql) => which.test(sql))
  expect(page).toHaveLength(1)
  const sql = page[0]
  const params = new Array<null>((sql.match(/\?/g) ?? []).length).fill(null)
  const rows = bed.db.raw.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as Array<{ detail: string }>
  if (process.env.SHOW_PLANS) console.log(sql.slice(0, 400), rows.map((r) => r.detail))
  return rows.map((r) => r.detail)
}

const HOT: Array<{ name: string; openid: string; action: string; payload: Record<string, unknown>; index: string }> = [
  { name: 'steward inbox', openid: CX.stewardA, action: 'case.inbox', payload: {}, index: 'cases__assigneeId_open_nextDeadlineAt' },
  { name: '我的办件 all', openid: CX.ownerA, action: 'case.mine', payload: {}, index: 'cases__enterpriseId_createdAt_status' },
  { name: '我的办件 active', openid: CX.ownerA, action: 'case.mine', payload: { filter: 'active' }, index: 'cases__enterpriseId_createdAt_status' },
  { name: '督办台 overdue (park)', openid: CX.managerA, action: 'case.supervise', payload: { view: 'overdue' }, index: 'cases__parkId_open_nextDeadlineAt' },
  { name: '督办台 overdue (city)', openid: CX.admin, action: 'case.supervise', payload: { view: 'overdue' }, index: 'cases__open_nextDeadlineAt' },
  { name: '督办台 all (park)', openid: CX.managerA, action: 'case.supervise', payload: { view: 'all' }, index: 'cases__parkId_createdAt' },
  { name: '督办台 all (city)', openid: CX.admin, action: 'case.supervise', payload: { view: 'all' }, index: 'cases__createdAt' },
  { name: '督办台 unassigned (city)', openid: CX.admin, action: 'case.supervise', payload: { view: 'unassigned' }, index: 'cases__status_createdAt' },
  { name: '督办台 unassigned (park)', openid: CX.managerA, action: 'case.supervise', payload: { view: 'unassigned' }, index: 'cases__parkId_status_createdAt' }
]

it.each(HOT)('$name: one compound index serves the filter and the order', async ({ openid, action, payload, index }) => {
  const plan = await planOf(openid, action, payload)
  // e.g. "SEARCH cases USING INDEX cases__assigneeId_open_nextDeadlineAt (<expr>=? AND <expr>=?)"
  const search = plan.find((d) => d.includes(`USING INDEX ${index} `) || d.endsWith(`USING INDEX ${index}`))
  expect({ plan, search }).toEqual({ plan, search: expect.any(String) })
  expect(plan.some((d) => /^SCAN cases$/.test(d))).toBe(false)
  expect(plan.some((d) => d.includes('TEMP B-TREE'))).toBe(false)
})

it('the equality fields of the inbox and the overdue view both reach the index', async () => {
  const inbox = (await planOf(CX.stewardA, 'case.inbox', {})).join('\n')
  expect(inbox).toMatch(/USING INDEX cases__assigneeId_open_nextDeadlineAt \(<expr>=\? AND <expr>=\?\)/)
  const overdue = (await planOf(CX.managerA, 'case.supervise', { view: 'overdue' })).join('\n')
  // the deadline is a range on the indexed expression alone (`>= ''` keeps it to text)
  expect(overdue).toMatch(/USING INDEX cases__parkId_open_nextDeadlineAt \(<expr>=\? AND <expr>=\? AND (<expr>>\? AND )?<expr><\?\)/)
})

// `open` is declared boolean, the deadline is a range on the indexed value: nothing to read from the table
const COUNTS: Array<{ name: string; openid: string; action: string; payload: Record<string, unknown>; index: string }> = [
  { name: '督办台 overdue (park)', openid: CX.managerA, action: 'case.supervise', payload: { view: 'overdue' }, index: 'cases__parkId_open_nextDeadlineAt' },
  { name: '督办台 overdue (city)', openid: CX.admin, action: 'case.supervise', payload: { view: 'overdue' }, index: 'cases__open_nextDeadlineAt' },
  { name: '我的办件 active', openid: CX.ownerA, action: 'case.mine', payload: { filter: 'active' }, index: 'cases__enterpriseId_createdAt_status' }
]

it.each(COUNTS)('$name: the total is counted from the index alone', async ({ openid, action, payload, index }) => {
  const plan = await planOf(openid, action, payload, COUNT)
  expect(plan).toEqual([expect.stringMatching(new RegExp(`^SEARCH cases USING COVERING INDEX ${index} `))])
})
