/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/** policy.search: published only, every filter, hide-expired, both sorts, pages, highlights. */
import { openBed, seedFixture, type Bed } from '../helpers'
import { fields, ok, PX } from './fixture'

let bed: Bed
const ids: Record<string, string> = {}

async function publish(key: string, over: Record<string, unknown>, openid = PX.admin) {
  const draft = await ok(bed, openid, 'policy.save', { fields: fields(over) })
  bed.clock.advanceDays(1)
  await ok(bed, openid, 'policy.publish', { id: draft._id })
  ids[key] = draft._id
}

beforeAll(async () => {
  bed = openBed()
  bed.clock.current = new Date('2026-11-01T02:00:00.000Z')
  await seedFixture(bed)
  await publish('A', {
    title: '科技创新企业研发费用补助办法',
    categories: ['科技创新'],
    scales: undefined,
    criteria: { scales: ['小型', '微型'] },
    summary: '对企业年度研发投入给予一定比例的补助。',
    bodyHtml: '<p>第一条 企业上年度研发费用达到一定规模的，按比例给予补助。</p>'
  })
  await publish('B', {
    title: '中小微企业融资担保贴息政策',
    categories: ['金融'],
    level: '省',
    benefitType: '融资支持',
    exempt: true,
    criteria: { industries: ['新材料'] },
    bodyHtml: '<p>对符合条件的贷款给予贴息。</p>'
  })
  await publish('C', {
    title: '人才引进住房补贴实施细则',
    categories: ['人才'],
    level: '区县',
    benefitType: '人才待遇',
    effectiveFrom: '2025-01-01',
    expiresOn: '2026-11-15',
    bodyHtml: '<p>引进的研发人才可申请住房补贴。</p>'
  })
  await publish(
    'D',
    {
      title: '园区研发平台建设奖励',
      categories: ['科技创新', '产业'],
      level: '园区',
      summary: '鼓励企业在园区建设研发平台，给予一次性奖励。',
      bodyHtml: '<p>对新认定的平台给予奖励，不另行补助。</p>'
    },
    PX.managerA
  )
  // never listed: a draft and a withdrawn policy that both match the query
  await ok(bed, PX.admin, 'policy.save', { fields: fields({ title: '研发中心草稿政策' }) })
  await publish('F', { title: '研发项目已下架政策' })
  await ok(bed, PX.admin, 'policy.withdraw', { id: ids.F, reason: '政策调整' })
  bed.clock.current = new Date('2026-11-20T02:00:00.000Z')
})
afterAll(() => bed.close())

const search = async (payload: Record<string, unknown> = {}, openid = PX.guest) => ok(bed, openid, 'policy.search', payload)
const order = async (payload: Record<string, unknown> = {}) => (await search(payload)).items.map((p: any) => Object.keys(ids).find((k) => ids[k] === p._id))

describe('policy.search', () => {
  it('lists published policies newest first and hides expired ones unless asked', async () => {
    expect(await order()).toEqual(['D', 'B', 'A'])
    expect(await order({ includeExpired: true })).toEqual(['D', 'C', 'B', 'A'])
    const c = (await search({ includeExpired: true })).items.find((p: any) => p._id === ids.C)
    expect(c).toMatchObject({ status: 'expired', expiresOn: '2026-11-15' })
    expect(c).not.toHaveProperty('bodyHtml')
  })

  it('filters on every dimension; empty target lists apply to everyone', async () => {
    expect(await order({ categories: ['科技创新'] })).toEqual(['D', 'A'])
    expect(await order({ categories: ['科技创新', '金融'] })).toEqual(['D', 'B', 'A'])
    expect(await order({ levels: ['省'] })).toEqual(['B'])
    expect(await order({ benefitTypes: ['融资支持', '人才待遇'], includeExpired: true })).toEqual(['C', 'B'])
    expect(await order({ exemptOnly: true })).toEqual(['B'])
    // B lists 新材料; A and D list no industry, so they apply to all
    expect(await order({ industries: ['新材料'] })).toEqual(['D', 'B', 'A'])
    expect(await order({ industries: ['生物医药'] })).toEqual(['D', 'A'])
    expect(await order({ scales: ['中型'] })).toEqual(['D', 'B'])
    expect(await order({ scales: ['微型'] })).toEqual(['D', 'B', 'A'])
    // D targets park A only (a park manager's policy)
    expect(await order({ parkIds: [PX.parkB] })).toEqual(['B', 'A'])
    expect(await order({ parkIds: [PX.parkA], levels: ['园区'] })).toEqual(['D'])
    expect(await order({ categories: [], levels: [], industries: [] })).toEqual(['D', 'B', 'A'])
  })

  it('pages', async () => {
    const p2 = await search({ pageSize: 2, page: 2 })
    expect(p2).toMatchObject({ total: 3, page: 2, pageSize: 2, hasMore: false })
    expect(p2.items.map((p: any) => p._id)).toEqual([ids.A])
    expect(await search({ pageSize: 2 })).toMatchObject({ total: 3, hasMore: true })
  })

  it('finds a 2-character query in titles and bodies, with highlights, never drafts or withdrawn ones', async () => {
    const res = await search({ q: '研发' })
    expect(res.total).toBe(2)
    expect(res.items.map((p: any) => p._id).sort()).toEqual([ids.A, ids.D].sort())
    const a = res.items.find((p: any) => p._id === ids.A)
    expect(a.highlight.title).toEqual([
      { text: '科技创新企业', hit: false },
      { text: '研发', hit: true },
      { text: '费用补助办法', hit: false }
    ])
    expect(a.highlight.snippet.filter((s: any) => s.hit).map((s: any) => s.text)).toEqual(['研发'])
    // D's body does not mention it: the snippet comes from the summary
    const d = res.items.find((p: any) => p._id === ids.D)
    expect(d.highlight.snippet.map((s: any) => s.text).join('')).toContain('建设研发平台')
    expect(await order({ q: '研发', includeExpired: true, sort: 'date' })).toEqual(['D', 'C', 'A'])
    expect(await order({ q: '研发', categories: ['产业'] })).toEqual(['D'])
    expect((await search({ q: '不存在的词语' })).items).toEqual([])
  })

  it('ranks by relevance with a query and falls back to date without one', async () => {
    // A has 补助 in its title, D (newer) only in its body
    expect(await order({ q: '补助', sort: 'relevance' })).toEqual(['A', 'D'])
    expect(await order({ q: '补助', sort: 'date' })).toEqual(['D', 'A'])
    expect(await order({ q: '', sort: 'relevance' })).toEqual(['D', 'B', 'A'])
  })
})
