import { COLLECTIONS, type NewsDoc, type NoticeDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'

let bed: Bed

function notice(id: string, over: Partial<NoticeDoc>): NoticeDoc {
  return { _id: id, title: id, body: '正文', audience: 'city', parkIds: [], urgent: false, publishedAt: '2026-11-01T00:00:00.000Z', publisherName: '中心', status: 'published', ...over }
}

function news(i: number, over: Partial<NewsDoc> = {}): NewsDoc {
  const day = String(1 + i).padStart(2, '0')
  return { _id: `n${i}`, title: `动态${i}`, category: i % 2 ? '典型案例' : '营商动态', summary: '摘要', body: ['第一段'], cover: '', source: '中心', publishedAt: `2026-10-${day}T00:00:00.000Z`, readCount: 10, status: 'published', ...over }
}

beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  const put = async (c: string, { _id, ...data }: { _id: string }) => bed.db.collection(c).doc(_id).set({ data })
  await put(COLLECTIONS.notices, notice('city', { publishedAt: '2026-11-03T00:00:00.000Z' }))
  await put(COLLECTIONS.notices, notice('parkA', { audience: 'parks', parkIds: [FIX.parkA] }))
  await put(COLLECTIONS.notices, notice('parkB-urgent', { audience: 'parks', parkIds: [FIX.parkB], urgent: true }))
  await put(COLLECTIONS.notices, notice('draft', { status: 'draft' }))
  for (let i = 0; i < 25; i++) await put(COLLECTIONS.news, news(i))
  await put(COLLECTIONS.news, news(99, { status: 'draft', title: '草稿' }))
})
afterEach(() => bed.close())

const ids = (r: { ok: boolean; data?: { items: Array<{ _id: string }> } }) => (r.ok ? r.data!.items.map((i) => i._id) : [])

describe('notices reach their audience only', () => {
  it('an entrepreneur sees city-wide and own-park notices', async () => {
    expect(ids(await bed.call(FIX.ownerA, 'notice.list', {}))).toEqual(['city', 'parkA'])
    expect(ids(await bed.call(FIX.ownerB, 'notice.list', {}))).toEqual(['parkB-urgent', 'city'])
  })

  it('a guest sees city-wide notices; the admin sees all published', async () => {
    expect(ids(await bed.call(FIX.guest, 'notice.list', {}))).toEqual(['city'])
    expect(ids(await bed.call(FIX.admin, 'notice.list', {})).sort()).toEqual(['city', 'parkA', 'parkB-urgent'])
  })

  it('another park’s notice is not found by id', async () => {
    expect(await bed.call(FIX.ownerA, 'notice.get', { id: 'parkB-urgent' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(FIX.ownerB, 'notice.get', { id: 'parkB-urgent' })).toMatchObject({ ok: true, data: { urgent: true, parkIds: [FIX.parkB] } })
    expect(await bed.call(FIX.admin, 'notice.get', { id: 'draft' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('home pins urgent notices for their park and lists the latest news', async () => {
    const b = await bed.call(FIX.ownerB, 'home.feed', {})
    expect(b.ok && b.data.urgentNotices.map((n: { _id: string }) => n._id)).toEqual(['parkB-urgent'])
    const a = await bed.call(FIX.ownerA, 'home.feed', {})
    expect(a.ok && a.data.urgentNotices).toEqual([])
    expect(a.ok && a.data.notices.map((n: { _id: string }) => n._id)).toEqual(['city', 'parkA'])
    expect(a.ok && a.data.news.map((n: { _id: string }) => n._id)).toEqual(['n24', 'n23', 'n22', 'n21', 'n20'])
  })
})

describe('news', () => {
  it('pages newest first, by category, without drafts', async () => {
    const p1 = await bed.call(FIX.guest, 'news.list', { page: 1, pageSize: 10 })
    expect(p1).toMatchObject({ ok: true, data: { total: 25, page: 1, pageSize: 10, hasMore: true } })
    expect(ids(p1)[0]).toBe('n24')
    const p3 = await bed.call(FIX.guest, 'news.list', { page: 3, pageSize: 10 })
    expect(p3).toMatchObject({ ok: true, data: { hasMore: false } })
    expect(ids(p3)).toHaveLength(5)
    const cases = await bed.call(FIX.guest, 'news.list', { category: '典型案例', pageSize: 50 })
    expect(cases.ok && cases.data.total).toBe(12)
    expect(await bed.call(FIX.guest, 'news.list', { category: '体育' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'category' } })
  })

  it('opening an item counts a read; drafts are not found', async () => {
    expect(await bed.call(FIX.guest, 'news.get', { id: 'n3' })).toMatchObject({ ok: true, data: { readCount: 11, body: ['第一段'] } })
    expect(await bed.call(FIX.guest, 'news.get', { id: 'n3' })).toMatchObject({ ok: true, data: { readCount: 12 } })
    expect(await bed.call(FIX.guest, 'news.get', { id: 'n99' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('lists the parks', async () => {
    const r = await bed.call(FIX.guest, 'park.list', {})
    expect(r.ok && r.data.map((p: { _id: string }) => p._id)).toEqual([FIX.parkA, FIX.parkB])
  })
})
