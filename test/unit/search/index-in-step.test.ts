/**
 * The embedded search index follows every write path (add, doc set/update/remove,
 * where().update/remove, transaction commit) and is built at open over rows written
 * before it existed. After every step the cloud fallback, which reads the documents
 * themselves, must agree with the index.
 */
import { expectBoth, openSearchBed, type SearchBed } from './support'

let bed: SearchBed

afterEach(() => bed.close())

const policies = () => bed.db.collection('policies')

/** Both implementations find exactly `ids` for each query. */
async function finds(cases: Record<string, string[]>): Promise<void> {
  for (const [text, ids] of Object.entries(cases)) await expectBoth(bed, { text }, ids)
}

describe('kept in step with writes', () => {
  beforeEach(async () => {
    bed = openSearchBed()
    await policies().add({ data: { _id: 'a', title: '稳岗补贴申领指南', summary: '失业保险稳岗返还', bodyText: '', views: 0 } })
    await policies().add({ data: { _id: 'b', title: '创业担保贷款', summary: '个人创业贷款贴息', bodyText: '最高额度30万元', views: 0 } })
  })

  test('doc().update changes what a document is found by', async () => {
    await finds({ 稳岗: ['a'], 担保贷款: ['b'] })
    await policies().doc('a').update({ data: { title: '技能提升补贴', bodyText: '职业技能等级证书' } })
    await finds({ 稳岗: ['a'], 稳岗补贴: [], 技能提升: ['a'], 证书: ['a'] })
    // a write that leaves the searchable fields alone keeps the document findable
    await policies().doc('a').update({ data: { views: bed.db.command.inc(1) } })
    await finds({ 技能提升: ['a'] })
  })

  test('doc().set replaces, doc().remove removes', async () => {
    await policies().doc('b').set({ data: { title: '首贷续贷', summary: '' } })
    await finds({ 担保贷款: [], 首贷: ['b'], 贷款: [] })
    await policies().doc('c').set({ data: { title: '人才公寓', bodyText: '' } })
    await finds({ 公寓: ['c'] })
    await policies().doc('b').remove()
    await finds({ 首贷: [], 续贷: [] })
  })

  test('where().update and where().remove', async () => {
    await policies().add({ data: { _id: 'c', title: '稳岗扩岗', summary: '', bodyText: '', views: 5 } })
    const _ = bed.db.command
    await policies().where({ views: 0 }).update({ data: { summary: '已归档' } })
    await finds({ 已归档: ['a', 'b'], 稳岗返还: [], 稳岗: ['a', 'c'] })
    await policies().where({ title: _.in(['稳岗补贴申领指南', '稳岗扩岗']) }).remove()
    await finds({ 稳岗: [], 已归档: ['b'] })
  })

  test('a transaction commit adds, updates and removes index entries; a rollback leaves them', async () => {
    await bed.db.runTransaction(async (tx) => {
      await tx.collection('policies').add({ data: { _id: 'c', title: '外贸企业出口信用保险', bodyText: '' } })
      await tx.collection('policies').doc('a').update({ data: { title: '以工代训补贴' } })
      await tx.collection('policies').doc('b').remove()
    })
    await finds({ 出口信用: ['c'], 以工代训: ['a'], 稳岗补贴: [], 创业: [] })
    await expect(
      bed.db.runTransaction(async (tx) => {
        await tx.collection('policies').doc('c').set({ data: { title: '不会写入' } })
        await tx.rollback('no')
      })
    ).rejects.toBe('no')
    await finds({ 出口信用: ['c'], 不会写入: [] })
  })
})

describe('the filter copy (filterFields) follows writes and means what where() means', () => {
  const spec = [{ collection: 'policies', fields: ['title'], filterFields: ['status', 'ends', 'rank', 'tags'] }]
  beforeEach(async () => {
    bed = openSearchBed(spec)
    await policies().add({ data: { _id: 'a', title: '人才政策甲', status: 'draft', ends: null, rank: 2, note: 'x', tags: [] } })
    await policies().add({ data: { _id: 'b', title: '人才政策乙', status: 'published', rank: 1, note: 'y', tags: ['金融', '人才'] } })
    await policies().add({ data: { _id: 'c', title: '人才政策丙', status: 'published', ends: '2026-12-31', rank: 3, note: 'x', tags: ['产业'] } })
  })

  test('null, missing, commands, logic and _id on the copy; other fields on the documents', async () => {
    const _ = bed.db.command
    await expectBoth(bed, { text: '人才', where: { status: 'published' } }, ['b', 'c'])
    await expectBoth(bed, { text: '人才', where: { ends: null } }, ['a', 'b'])
    await expectBoth(bed, { text: '人才', where: { ends: _.exists(false) } }, ['b'])
    await expectBoth(bed, { text: '人才', where: { ends: _.or([_.eq(null), _.gte('2027-01-01')]) } }, ['a', 'b'])
    await expectBoth(bed, { text: '人才', where: _.or([{ rank: _.gt(2) }, { _id: 'a' }]) }, ['a', 'c'])
    await expectBoth(bed, { text: '人才', where: { note: 'x', status: 'published' } }, ['c'])
    // arrays: any element, or the whole value
    await expectBoth(bed, { text: '人才', where: { tags: '人才' } }, ['b'])
    await expectBoth(bed, { text: '人才', where: { tags: _.or([_.in(['产业', '外贸']), _.eq([])]) } }, ['a', 'c'])
    await expectBoth(bed, { text: '人才', where: { tags: ['金融', '人才'] } }, ['b'])
    const byRank = await bed.fts({ text: '政策', orderBy: { field: 'rank', direction: 'desc' } })
    expect(byRank.data.map((d) => d._id)).toEqual(['c', 'a', 'b'])
  })

  test('publishing, bulk updates, removal and transactions change what the filter admits', async () => {
    const published = (expected: string[]) => expectBoth(bed, { text: '政策', where: { status: 'published' } }, expected)
    await published(['b', 'c'])
    await policies().doc('a').update({ data: { status: 'published' } })
    await published(['a', 'b', 'c'])
    await policies().where({ note: 'x' }).update({ data: { status: 'withdrawn' } })
    await published(['b'])
    await bed.db.runTransaction(async (tx) => {
      await tx.collection('policies').doc('c').set({ data: { title: '人才政策丙', status: 'published', rank: 3 } })
      await tx.collection('policies').doc('b').remove()
    })
    await published(['c'])
    await policies().doc('c').update({ data: { status: bed.db.command.remove() } })
    await published([])
    await expectBoth(bed, { text: '政策', where: { status: bed.db.command.exists(false) } }, ['c'])
  })
})

describe('built at open', () => {
  test('a brand-new index is filled from the rows already stored', async () => {
    bed = openSearchBed(null)
    await policies().add({ data: { _id: 'old1', title: '专精特新中小企业认定', bodyText: '' } })
    await policies().add({ data: { _id: 'old2', title: '高新技术企业', bodyText: '研发费用加计扣除' } })
    await expect(bed.db.search('policies', { text: '企业' })).rejects.toMatchObject({ errCode: -501001 })
    bed.reopen([{ collection: 'policies', fields: ['title', 'bodyText'] }])
    await finds({ 企业: ['old1', 'old2'], 专精特新: ['old1'], 加计扣除: ['old2'] })
    await policies().add({ data: { _id: 'new', title: '企业上市奖励' } })
    await finds({ 企业: ['old1', 'old2', 'new'] })
  })

  test('a changed definition rebuilds the index; an unchanged one is kept as is', async () => {
    bed = openSearchBed([{ collection: 'policies', fields: ['title'] }])
    await policies().add({ data: { _id: 'x', title: '知识产权质押融资', bodyText: '专利权' } })
    expect((await bed.db.search('policies', { text: '专利权' })).total).toBe(0)
    bed.reopen([{ collection: 'policies', fields: ['title', 'bodyText'] }])
    expect((await bed.db.search('policies', { text: '专利权' })).total).toBe(1)
    // a marker entry written straight into the index survives only if the index is not rebuilt
    bed.db.raw.prepare(`INSERT INTO "policies$search" (rowid, f0, f1) VALUES (9999, '标记条目', '')`).run()
    const marker = () => bed.db.raw.prepare(`SELECT count(*) AS n FROM "policies$search_vocab" WHERE term = '标记条'`).get()
    expect(marker()).toEqual({ n: 1 })
    bed.reopen([{ collection: 'policies', fields: ['title', 'bodyText'] }])
    expect(marker()).toEqual({ n: 1 })
    bed.reopen([{ collection: 'policies', fields: ['bodyText', 'title'] }])
    expect(marker()).toEqual({ n: 0 })
    expect((await bed.db.search('policies', { text: '质押' })).total).toBe(1)
  })

  test('rows written while the database was opened without search indexes are still indexed (triggers live in the file)', async () => {
    bed = openSearchBed([{ collection: 'policies', fields: ['title'] }])
    bed.reopen(undefined)
    await bed.db.collection('policies').add({ data: { _id: 'y', title: '惠企政策兑现' } })
    bed.reopen([{ collection: 'policies', fields: ['title'] }])
    expect((await bed.db.search('policies', { text: '兑现' })).data.map((d) => d._id)).toEqual(['y'])
  })
})
