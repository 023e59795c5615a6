/** 营商动态 management: drafts, schedules, publish / unpublish, sanitised rich text, older bodies. */
import { COLLECTIONS, type NewsDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, type Bed } from '../helpers'
import { ids, NN, ok, seedContent } from './fixture'
import { newsInput } from './news.fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedContent(bed)
})
afterEach(() => bed.close())

const hoursFromNow = (h: number) => new Date(bed.clock.now().getTime() + h * 3600_000).toISOString()
const stored = async (id: string) => (await bed.db.collection(COLLECTIONS.news).doc(id).get()).data as NewsDoc

async function readerSees(id: string): Promise<{ list: boolean; get: boolean; home: boolean }> {
  const list = ids(await bed.call(NN.ownerA, 'news.list', { pageSize: 50 })).includes(id)
  const get = (await bed.call(NN.ownerA, 'news.get', { id })).ok
  const home = (await ok(bed, NN.ownerA, 'home.feed')).news.some((n: { _id: string }) => n._id === id)
  return { list, get, home }
}

describe('publishing news', () => {
  it('a draft is invisible until published; unpublishing takes it down again', async () => {
    const draft = await ok(bed, NN.managerA, 'news.save', newsInput())
    expect(draft).toMatchObject({ status: 'draft', publishAt: null, authorName: '管理员甲', authorParkId: NN.parkA, editable: true, readCount: 0 })
    expect(await readerSees(draft._id)).toEqual({ list: false, get: false, home: false })

    const published = await ok(bed, NN.managerA, 'news.publish', { id: draft._id })
    expect(published).toMatchObject({ status: 'published', publishAt: bed.clock.now().toISOString() })
    expect(await readerSees(draft._id)).toEqual({ list: true, get: true, home: true })
    // publishing again changes nothing
    expect(await ok(bed, NN.managerA, 'news.publish', { id: draft._id })).toMatchObject({ status: 'published', publishAt: published.publishAt })

    expect(await ok(bed, NN.managerA, 'news.unpublish', { id: draft._id })).toMatchObject({ status: 'unpublished' })
    expect(await readerSees(draft._id)).toEqual({ list: false, get: false, home: false })
    expect((await ok(bed, NN.managerA, 'news.manageList', { status: 'unpublished' })).items.map((n: { _id: string }) => n._id)).toEqual([draft._id])
  })

  it('a scheduled item is invisible before its time and visible after, before the sweep flips it', async () => {
    const item = await ok(bed, NN.admin, 'news.save', newsInput({ publishAt: hoursFromNow(3) }))
    expect(item).toMatchObject({ status: 'scheduled', publishAt: hoursFromNow(3), authorParkId: null })
    expect(await readerSees(item._id)).toEqual({ list: false, get: false, home: false })
    expect((await ok(bed, NN.admin, 'news.manageList', { status: 'scheduled' })).items).toHaveLength(1)

    bed.clock.current = new Date(bed.clock.current.getTime() + 3 * 3600_000 + 1000)
    expect(await readerSees(item._id)).toEqual({ list: true, get: true, home: true })
    expect((await stored(item._id)).status).toBe('scheduled')
    expect((await ok(bed, NN.admin, 'news.manageList', { status: 'published' })).items.map((n: { _id: string }) => n._id)).toEqual([item._id])

    const sweep = () => runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })
    expect(await sweep()).toMatchObject({ newsPublished: 1 })
    expect((await stored(item._id)).status).toBe('published')
    expect(await sweep()).toMatchObject({ newsPublished: 0 })
  })

  it('refuses a schedule in the past, and takes a schedule back to draft when it is cleared', async () => {
    expect(await bed.call(NN.admin, 'news.save', newsInput({ publishAt: hoursFromNow(-1) }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'publishAt' } })
    expect(await bed.call(NN.admin, 'news.save', newsInput({ publishAt: 'tomorrow' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'publishAt' } })
    const item = await ok(bed, NN.admin, 'news.save', newsInput({ publishAt: hoursFromNow(5) }))
    const back = await ok(bed, NN.admin, 'news.save', newsInput({ id: item._id, publishAt: null, title: '高新区举办政企早餐会（修订）' }))
    expect(back).toMatchObject({ status: 'draft', publishAt: null, title: '高新区举办政企早餐会（修订）' })
    const live = await ok(bed, NN.admin, 'news.publish', { id: item._id })
    expect(await bed.call(NN.admin, 'news.save', newsInput({ id: live._id, publishAt: hoursFromNow(5) }))).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
    // editing a published item keeps it published
    expect(await ok(bed, NN.admin, 'news.save', newsInput({ id: live._id, summary: '改过的摘要内容' }))).toMatchObject({ status: 'published', summary: '改过的摘要内容' })
  })
})

describe('news bodies', () => {
  it('removes scripts and event handlers from a rich-text body', async () => {
    const body = '<p>正文第一段</p><script>alert(1)</script><p onclick="steal()">第二段<img src="https://example.com/a.png" onerror="alert(2)"></p><a href="javascript:alert(3)">链接</a>'
    const item = await ok(bed, NN.admin, 'news.save', newsInput({ bodyHtml: body }))
    await ok(bed, NN.admin, 'news.publish', { id: item._id })
    const read = await ok(bed, NN.ownerA, 'news.get', { id: item._id })
    expect(read.bodyHtml).toContain('<p>正文第一段</p>')
    expect(read.bodyHtml).toContain('<img src="https://example.com/a.png">')
    for (const bad of ['<script', 'alert(1)', 'onclick', 'onerror', 'javascript:']) expect(read.bodyHtml).not.toContain(bad)
    expect(read.body).toEqual(['正文第一段', '第二段', '链接'])
  })

  it('refuses a body that is empty once made safe', async () => {
    expect(await bed.call(NN.admin, 'news.save', newsInput({ bodyHtml: '<script>alert(1)</script>' }))).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'bodyHtml' } })
    expect((await bed.db.collection(COLLECTIONS.news).count()).total).toBe(0)
  })

  it('plain text becomes paragraphs; older items without bodyHtml read as their paragraphs', async () => {
    const item = await ok(bed, NN.admin, 'news.save', newsInput({ bodyHtml: '第一段：年收入 < 500 万元\n\n第二段' }))
    expect(item.bodyHtml).toBe('<p>第一段：年收入 &lt; 500 万元</p><p>第二段</p>')
    expect(item.body).toEqual(['第一段：年收入 < 500 万元', '第二段'])
    const old: Omit<NewsDoc, '_id'> = { title: '旧动态', category: '营商动态', summary: '摘要', body: ['旧的第一段', '旧的第二段'], cover: '', source: '中心', publishedAt: '2026-10-01T00:00:00.000Z', readCount: 7, status: 'published' }
    await bed.db.collection(COLLECTIONS.news).doc('old-1').set({ data: old })
    expect(await ok(bed, NN.guest, 'news.get', { id: 'old-1' })).toMatchObject({ body: ['旧的第一段', '旧的第二段'], bodyHtml: null, readCount: 8 })
  })
})
