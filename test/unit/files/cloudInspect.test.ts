/**
 * In the cloud the client writes to storage itself: before a write names a file, `api`
 * reads its first bytes (Range request on a temp URL) and refuses a disguised one.
 */
import { cloudFileStore, type ReadHead, type WxStorageLike } from '../../../cloudfunctions/api/src/platform/cloudFileStore'
import { createRouter } from '../../../cloudfunctions/api/src/router'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, type Bed } from '../helpers'
import { CX, seedCases, uid } from '../cases/fixture'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\n%%EOF\n')
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)])
const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>')

/** a bucket of named files, served through fake temp URLs */
function fakeCloud(files: Record<string, Buffer>): { cloud: WxStorageLike; readHead: ReadHead; reads: number[] } {
  const reads: number[] = []
  const cloud: WxStorageLike = {
    getTempFileURL: async ({ fileList }) => ({
      fileList: fileList.map(({ fileID }) => (files[fileID] ? { fileID, status: 0, tempFileURL: `https://tmp/${encodeURIComponent(fileID)}` } : { fileID, status: 1, errMsg: 'not found' }))
    })
  }
  const readHead: ReadHead = async (url, bytes) => {
    reads.push(bytes)
    return files[decodeURIComponent(url.slice('https://tmp/'.length))].subarray(0, bytes)
  }
  return { cloud, readHead, reads }
}

const own = (name: string) => `cloud://prod-1.bucket/u/${uid(CX.ownerA)}/202611/${name}`

describe('cloudFileStore.inspect', () => {
  it('says which files fit their extension, reading only the first bytes', async () => {
    const { cloud, readHead, reads } = fakeCloud({ [own('a.png')]: PNG, [own('b.pdf')]: PDF, [own('c.jpg')]: EXE, [own('d.pdf')]: HTML })
    const verdicts = await cloudFileStore(cloud, readHead).inspect!([own('a.png'), own('b.pdf'), own('c.jpg'), own('d.pdf'), own('gone.png')])
    expect(verdicts).toEqual({ [own('a.png')]: 'fits', [own('b.pdf')]: 'fits', [own('c.jpg')]: 'mismatch', [own('d.pdf')]: 'mismatch', [own('gone.png')]: 'missing' })
    expect(reads.every((n) => n === 4100)).toBe(true)
  })
})

describe('the router with a cloud FileStore', () => {
  let bed: Bed
  beforeEach(async () => {
    bed = openBed()
    await seedCases(bed)
  })
  afterEach(() => bed.close())

  it('refuses a case naming an .exe renamed .jpg with FILE_TYPE, writing no case; a real photo passes', async () => {
    const { cloud, readHead } = fakeCloud({ [own('tool.jpg')]: EXE, [own('photo.png')]: PNG })
    const route = createRouter({ db: bed.db, clock: bed.clock, devMode: true, files: cloudFileStore(cloud, readHead) })
    const submit = (fileID: string, requestId: string) =>
      route(
        { action: 'case.submit', payload: { type: 'consult', category: '政策咨询', text: '附件是现场照片，请问怎么申请补贴？', attachments: [{ fileID, name: '照片.jpg', size: 300, kind: 'image' }] }, requestId },
        { openid: CX.ownerA }
      )
    const refused = await submit(own('tool.jpg'), 'inspect-1')
    expect(refused).toMatchObject({ ok: false, error: { code: 'FILE_TYPE', message: expect.stringContaining('文件内容与扩展名不符') } })
    expect((await bed.db.collection(COLLECTIONS.cases).count()).total).toBe(0)
    const passed = await submit(own('photo.png'), 'inspect-2')
    expect(passed).toMatchObject({ ok: true, files: { [own('photo.png')]: `https://tmp/${encodeURIComponent(own('photo.png'))}` } })
    expect((await bed.db.collection(COLLECTIONS.cases).count()).total).toBe(1)
  })
})
