/**
 * The embedded search (FTS5 trigram) and the cloud fallback (regexps through the port)
 * find the same documents for the same request: short and long terms, several terms,
 * Latin case, 文号 punctuation, characters special to FTS or regexps, filters,
 * ordering, paging and the limit rule.
 */
import { DB_ERR, type Doc } from '../../../cloudfunctions/api/src/db/port'
import { dbError } from '../db/support'
import { expectBoth, openSearchBed, orderedIds, sortedIds, type SearchBed } from './support'

export const POLICIES: Doc[] = [
  {
    _id: 'p-talent',
    title: '湘潭市新人才30条实施细则',
    docNumber: '潭政发〔2026〕3号',
    summary: '引进高层次人才给予安家补贴和购房补贴。',
    bodyText: '第一条 对新引进的博士给予每人每月3000元生活补贴，连续发放三年。\n第二条 人才公寓免租入住。',
    category: '人才',
    level: '市',
    publishedAt: '2026-03-01',
    editStatus: 'published'
  },
  {
    _id: 'p-gzq',
    title: '个转企25条扶持措施',
    docNumber: '潭政办发〔2025〕12号',
    summary: '个体工商户转型升级为企业的，给予一次性奖励。',
    bodyText: '转企后三年内，地方留成税收部分给予全额奖励；社保补贴按规定执行。附表编号 axb，评分 xxy。',
    category: '财税',
    level: '市',
    publishedAt: '2025-06-10',
    editStatus: 'published'
  },
  {
    _id: 'p-invest',
    title: '招商引资28条',
    docNumber: '湘政发〔2024〕7号',
    summary: '鼓励重大产业项目落地。',
    bodyText: '对固定资产投资超过1亿元的项目，按实际投资额给予奖励。人才引进另行支持。',
    category: '产业',
    level: '省',
    publishedAt: '2024-09-01',
    editStatus: 'published'
  },
  {
    _id: 'p-ai',
    title: 'AI 产业扶持政策（试行）',
    docNumber: '潭工信发〔2026〕1号',
    summary: 'Supports SaaS and AI start-ups.',
    bodyText: '申报材料见附件 a.b 版；评分公式为 x*y；所称"专精特新"企业按省认定名单。',
    category: '科技创新',
    level: '区县',
    publishedAt: '2026-01-15',
    editStatus: 'published'
  },
  {
    _id: 'p-credit',
    title: '信贷续贷中心服务指引',
    docNumber: '潭金发〔2026〕2号',
    summary: '无还本续贷，降低企业转贷成本。',
    bodyText: '企业可通过续贷中心申请无还本续贷，办理时限(工作日)为3天。',
    category: '金融',
    level: '市',
    publishedAt: '2026-02-01',
    editStatus: 'published'
  },
  {
    _id: 'p-draft',
    title: '人才补贴草稿',
    docNumber: '',
    summary: '草稿',
    bodyText: '人才补贴',
    category: '人才',
    level: '市',
    publishedAt: null,
    editStatus: 'draft'
  },
  // fields missing or not strings: searchable fields that hold no text never match
  { _id: 'p-bare', title: '通知', docNumber: 2026, editStatus: 'published', publishedAt: '2023-01-01' }
]

let bed: SearchBed

beforeEach(async () => {
  bed = openSearchBed()
  for (const p of POLICIES) await bed.db.collection('policies').add({ data: p })
})

afterEach(() => bed.close())

describe('matching: the same documents on both implementations', () => {
  test.each([
    // 1 and 2 characters
    ['人才', ['p-talent', 'p-invest', 'p-draft']],
    ['补贴', ['p-talent', 'p-gzq', 'p-draft']],
    ['通知', ['p-bare']],
    ['补', ['p-talent', 'p-gzq', 'p-draft']],
    // 3 characters and more
    ['30条', ['p-talent']],
    ['续贷中心', ['p-credit']],
    ['安家补贴', ['p-talent']],
    ['不存在的词', []],
    // 文号 with Latin digits and corner brackets
    ['〔2026〕', ['p-talent', 'p-ai', 'p-credit']],
    ['潭政发〔2026〕', ['p-talent']],
    ['2026', ['p-talent', 'p-ai', 'p-credit']],
    // several terms: every one must match, in any field
    ['人才 补贴', ['p-talent', 'p-draft']],
    ['人才 28条', ['p-invest']],
    ['续贷　企业', ['p-credit']], // full-width space separates too
    ['人才  补贴 人才', ['p-talent', 'p-draft']],
    // Latin letters ignore case
    ['saas', ['p-ai']],
    ['SAAS', ['p-ai']],
    ['ai', ['p-ai']],
    ['Ai 扶持', ['p-ai']]
  ])('%s', async (text, expected) => {
    await expectBoth(bed, { text }, expected)
  })

  test.each([
    ['"专精特新"', ['p-ai']],
    ['"', ['p-ai']],
    ['x*y', ['p-ai']],
    ['*', ['p-ai']],
    ['a.b', ['p-ai']],
    ['(工作日)', ['p-credit']],
    ['（试行）', ['p-ai']],
    ['(试行)', []],
    ['人才 OR 补贴', []],
    ['NEAR(人才', []],
    ['^人才', []],
    ['[人才]', []],
    ['\\d', []],
    ['人才 -补贴', []]
  ])('special characters are literal: %s', async (text, expected) => {
    await expectBoth(bed, { text }, expected)
  })

  test('empty text matches every document the filter admits', async () => {
    await expectBoth(bed, { text: '   ' }, POLICIES.map((p) => p._id))
    await expectBoth(bed, { text: '', where: { category: '人才' } }, ['p-talent', 'p-draft'])
  })
})

describe('filters, ordering, paging, projection', () => {
  test('where filters mean what where() means', async () => {
    const _ = bed.db.command
    await expectBoth(bed, { text: '人才', where: { editStatus: 'published' } }, ['p-talent', 'p-invest'])
    await expectBoth(bed, { text: '〔2026〕', where: { publishedAt: _.gte('2026-02-01') } }, ['p-talent', 'p-credit'])
    await expectBoth(bed, { text: '补贴', where: { category: _.in(['财税', '产业']) } }, ['p-gzq'])
    await expectBoth(bed, { text: '企业', where: { level: _.neq('市') } }, ['p-ai'])
    await expectBoth(bed, { text: '人才', where: _.or([{ level: '省' }, { editStatus: 'draft' }]) }, ['p-invest', 'p-draft'])
  })

  test('orderBy a field sorts both implementations the same way', async () => {
    const request = { text: '〔2026〕', orderBy: { field: 'publishedAt', direction: 'desc' as const } }
    const [a, b] = await expectBoth(bed, request, ['p-talent', 'p-ai', 'p-credit'])
    expect(orderedIds(a)).toEqual(['p-talent', 'p-credit', 'p-ai'])
    expect(orderedIds(b)).toEqual(['p-talent', 'p-credit', 'p-ai'])
    const asc = await bed.fts({ ...request, orderBy: { field: 'publishedAt', direction: 'asc' } })
    expect(orderedIds(asc)).toEqual(['p-ai', 'p-credit', 'p-talent'])
  })

  test('by score, a title hit ranks above body hits, and _score is higher for better matches', async () => {
    for (const impl of [bed.fts, bed.regexp]) {
      const r = await impl({ text: '人才', where: { editStatus: 'published' } })
      expect(orderedIds(r)).toEqual(['p-talent', 'p-invest'])
      expect(r.data[0]._score).toBeGreaterThan(r.data[1]._score)
      const long = await impl({ text: '续贷中心' })
      expect(long.data[0]._score).toBeGreaterThan(0)
    }
  })

  test('paging: pages cover every match once, total counts them all', async () => {
    for (const impl of [bed.fts, bed.regexp]) {
      const seen: string[] = []
      for (let skip = 0; skip < 7; skip += 2) {
        const r = await impl({ text: '', skip, limit: 2 })
        expect(r.total).toBe(POLICIES.length)
        seen.push(...orderedIds(r))
      }
      expect(seen.sort()).toEqual(POLICIES.map((p) => p._id).sort())
      const past = await impl({ text: '人才', skip: 10, limit: 5 })
      expect(past).toEqual({ data: [], total: 3 })
    }
  })

  test('projection as in field(), with _score added', async () => {
    for (const impl of [bed.fts, bed.regexp]) {
      const r = await impl({ text: '续贷中心', field: { title: true } })
      expect(r.data).toEqual([{ _id: 'p-credit', title: '信贷续贷中心服务指引', _score: expect.any(Number) }])
      const without = await impl({ text: '续贷中心', field: { bodyText: false, _id: false } })
      expect(without.data[0]).not.toHaveProperty('bodyText')
      expect(without.data[0]).not.toHaveProperty('_id')
      expect(without.data[0].summary).toBe('无还本续贷，降低企业转贷成本。')
    }
  })

  test('limit above 100, bad skip, bad orderBy and an undeclared collection are INVALID_PARAM on both', async () => {
    for (const impl of [bed.fts, bed.regexp]) {
      for (const request of [
        { text: '人才', limit: 101 },
        { text: '人才', limit: 0 },
        { text: '人才', skip: -1 },
        { text: '人才', orderBy: { field: 'title', direction: 'up' as never } }
      ]) {
        const e = await dbError(impl(request))
        expect(e.errCode).toBe(DB_ERR.INVALID_PARAM)
        expect(e.errMsg).toMatch(/^collection\.search:fail -501001 invalid parameters\./)
      }
      expect((await dbError(impl({ text: '人才' }, 'news'))).errCode).toBe(DB_ERR.INVALID_PARAM)
    }
    expect(sortedIds(await bed.fts({ text: '人才', limit: 100 }))).toHaveLength(3)
  })
})
