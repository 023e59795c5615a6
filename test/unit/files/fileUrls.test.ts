/**
 * The router's file-URL step, the cloud FileStore's batching, and the client's URL cache.
 */
import { collectFileIDs, withFileUrls } from '../../../cloudfunctions/api/src/fileUrls'
import { cloudFileStore, type WxStorageLike } from '../../../cloudfunctions/api/src/platform/cloudFileStore'
import { cachedFileUrl, clearFileUrls, rememberFileUrls } from '../../../src/services/fileUrls'
import { API_BASE } from '../../../src/services/config'
import { createRouter } from '../../../cloudfunctions/api/src/router'
import type { FileStore } from '../../../cloudfunctions/api/src/domain/context'
import { openBed, type Bed } from '../helpers'
import { CX, seedCases, uid } from '../cases/fixture'

describe('collectFileIDs', () => {
  it('finds every cloud:// fileID once: fields, lists, nested objects and images in HTML', () => {
    const data = {
      items: [
        { cover: 'cloud://env-1/u/ua/202611/a.jpg', images: [{ fileID: 'cloud://env-1/u/ua/202611/b.png', name: 'b' }] },
        { cover: 'cloud://env-1/u/ua/202611/a.jpg', title: '没有文件', url: 'https://example.org/x.pdf' }
      ],
      bodyHtml: '<p>图</p><img src="cloud://env-1/u/um/202611/c.webp" alt="c"><img src=\'cloud://env-1/u/um/202611/d.png\'>',
      n: 3,
      none: null
    }
    expect(collectFileIDs(data)).toEqual([
      'cloud://env-1/u/ua/202611/a.jpg',
      'cloud://env-1/u/ua/202611/b.png',
      'cloud://env-1/u/um/202611/c.webp',
      'cloud://env-1/u/um/202611/d.png'
    ])
  })

  it('is bounded: a deep or huge answer ends the walk instead of the function', () => {
    let deep: unknown = 'cloud://env-1/u/ua/202611/deep.jpg'
    for (let i = 0; i < 100; i++) deep = { cover: deep }
    expect(collectFileIDs(deep)).toEqual([])
    const many = Array.from({ length: 2000 }, (_, i) => ({ fileID: `cloud://env-1/u/ua/202611/${i}.jpg` }))
    expect(collectFileIDs({ items: many })).toHaveLength(500)
  })

  it('ignores fileIDs in free text: pasting one into a consultation buys no link to it', () => {
    const data = {
      text: '请看 cloud://env-1/u/other/202611/secret.png',
      title: 'cloud://env-1/u/other/202611/secret2.png',
      events: [{ note: '<img src="cloud://env-1/u/other/202611/secret3.png">' }],
      attachments: [{ fileID: 'cloud://env-1/u/ua/202611/mine.pdf', name: 'cloud://env-1/u/other/202611/n.pdf' }]
    }
    expect(collectFileIDs(data)).toEqual(['cloud://env-1/u/ua/202611/mine.pdf'])
  })
})

describe('withFileUrls', () => {
  const ok = { ok: true as const, data: { cover: 'cloud://env-1/u/ua/1.jpg', images: [{ fileID: 'cloud://env-1/u/ua/2.jpg' }] } }

  it('asks the store once for every file of the answer', async () => {
    const calls: string[][] = []
    const store: FileStore = { tempUrls: async (ids) => (calls.push(ids), Object.fromEntries(ids.map((id) => [id, `https://t/${id.slice(-5)}`]))) }
    expect(await withFileUrls(ok, store, () => undefined)).toEqual({ ...ok, files: { 'cloud://env-1/u/ua/1.jpg': 'https://t/1.jpg', 'cloud://env-1/u/ua/2.jpg': 'https://t/2.jpg' } })
    expect(calls).toHaveLength(1)
  })

  it('leaves errors, file-less answers and storage failures without URLs (and logs the failure)', async () => {
    const failing: FileStore = { tempUrls: async () => Promise.reject(new Error('storage down')) }
    const errors: string[] = []
    expect(await withFileUrls(ok, failing, (e) => errors.push(e.message))).toEqual(ok)
    expect(errors).toEqual(['storage down'])
    const never: FileStore = { tempUrls: async () => { throw new Error('must not be called') } }
    expect(await withFileUrls({ ok: true, data: { text: '无' } }, never, () => undefined)).toEqual({ ok: true, data: { text: '无' } })
    const refused = { ok: false as const, error: { code: 'NOT_FOUND' as const, message: '无' } }
    expect(await withFileUrls(refused, never, () => undefined)).toBe(refused)
  })
})

describe('the router hands out URLs only with an answer', () => {
  let bed: Bed
  beforeEach(async () => {
    bed = openBed()
    await seedCases(bed)
  })
  afterEach(() => bed.close())

  it('attaches files to a successful answer and none to a refusal', async () => {
    const asked: string[][] = []
    const files: FileStore = { tempUrls: async (ids) => (asked.push(ids), Object.fromEntries(ids.map((id) => [id, `signed:${id}`]))) }
    const route = createRouter({ db: bed.db, clock: bed.clock, devMode: true, files })
    const fileID = `cloud://env-t/u/${uid(CX.ownerA)}/202611/a.png`
    const payload = { type: 'consult', category: '政策咨询', text: '附件是现场照片，请问怎么申请？', attachments: [{ fileID, name: 'a.png', size: 10, kind: 'image' }] }
    const submitted = await route({ action: 'case.submit', payload, requestId: 'files-router-1' }, { openid: CX.ownerA })
    expect(submitted).toMatchObject({ ok: true, files: { [fileID]: `signed:${fileID}` } })
    const id = (submitted as { data: { _id: string } }).data._id
    const stranger = await route({ action: 'case.get', payload: { id } }, { openid: CX.ownerB })
    expect(stranger).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(asked).toEqual([[fileID]])
  })

  it("gives no URL for another user's fileID pasted into a consultation's text", async () => {
    const files: FileStore = { tempUrls: async (ids) => Object.fromEntries(ids.map((id) => [id, `signed:${id}`])) }
    const route = createRouter({ db: bed.db, clock: bed.clock, devMode: true, files })
    const victim = `cloud://env-t/u/${uid(CX.ownerA)}/202611/a.png`
    for (const [i, text] of [`请看 ${victim} 这张图，怎么办理？`, victim].entries()) {
      const answer = await route({ action: 'case.submit', payload: { type: 'consult', category: '政策咨询', text: text.padEnd(12, '。') }, requestId: `files-pasted-${i}0000` }, { openid: CX.ownerB })
      expect(answer).toMatchObject({ ok: true })
      expect((answer as { files?: Record<string, string> }).files?.[victim]).toBeUndefined()
    }
  })
})

describe('cloudFileStore', () => {
  it('asks getTempFileURL in batches of 50 with a 2-hour lifetime and skips files it cannot serve', async () => {
    const batches: number[] = []
    const cloud: WxStorageLike = {
      getTempFileURL: async ({ fileList }) => {
        batches.push(fileList.length)
        expect(fileList.every((f) => f.maxAge === 7200)).toBe(true)
        return { fileList: fileList.map((f, i) => (i === 0 ? { fileID: f.fileID, status: -1, errMsg: 'not found' } : { fileID: f.fileID, status: 0, tempFileURL: `https://tmp/${f.fileID}` })) }
      }
    }
    const ids = Array.from({ length: 120 }, (_, i) => `cloud://env-1/u/ua/${i}.jpg`)
    const urls = await cloudFileStore(cloud).tempUrls(ids)
    expect(batches).toEqual([50, 50, 20])
    expect(Object.keys(urls)).toHaveLength(117)
    expect(urls[ids[0]]).toBeUndefined()
    expect(urls[ids[1]]).toBe(`https://tmp/${ids[1]}`)
  })
})

describe('the client cache of file URLs', () => {
  afterEach(() => clearFileUrls())
  const now = Date.parse('2026-11-20T02:00:00Z')

  it('keeps a URL until shortly before it expires', () => {
    const e = Math.floor(now / 1000) + 7200
    rememberFileUrls({ 'cloud://local-dev.files/u/ua/1.png': `/files/u/ua/1.png?e=${e}&s=abc`, 'cloud://env/u/ua/2.png': 'https://tmp/2.png' }, now)
    // relative URLs of the local host get its address (the weapp in devtools needs it; h5 uses '')
    expect(cachedFileUrl('cloud://local-dev.files/u/ua/1.png', now + 60_000)).toBe(`${API_BASE}/files/u/ua/1.png?e=${e}&s=abc`)
    expect(cachedFileUrl('cloud://env/u/ua/2.png', now + 99 * 60_000)).toBe('https://tmp/2.png')
    expect(cachedFileUrl('cloud://env/u/ua/2.png', now + 101 * 60_000)).toBeNull()
    expect(cachedFileUrl('cloud://unknown/x.png', now)).toBeNull()
  })

  it('believes the expiry a signed URL states over its own default', () => {
    const e = Math.floor(now / 1000) + 20 * 60
    rememberFileUrls({ 'cloud://local-dev.files/u/ua/1.png': `/files/u/ua/1.png?e=${e}&s=abc` }, now)
    expect(cachedFileUrl('cloud://local-dev.files/u/ua/1.png', now + 10 * 60_000)).not.toBeNull()
    expect(cachedFileUrl('cloud://local-dev.files/u/ua/1.png', now + 16 * 60_000)).toBeNull()
  })
})
