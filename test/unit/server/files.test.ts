/* eslint-disable @typescript-eslint/no-explicit-any -- host answers are inspected loosely */
/**
 * Files only the right people see, on the real local host and the real embedded database:
 * uploads are checked by content and land under the uploader; a file is served only with
 * a signature the router handed out with an answer that named it; an attachment may
 * reference only the caller's own upload; security headers on every answer.
 */
import type { FastifyInstance } from 'fastify'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createHash } from 'node:crypto'
import { buildApp } from '../../../server/app'
import { loadConfig, type ServerConfig } from '../../../server/config'
import { issueToken } from '../../../server/session'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, type Bed } from '../helpers'
import { CX, seedCases, uid } from '../cases/fixture'

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n')
/** the DOS header every Windows executable starts with */
const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(62), Buffer.from('PE\0\0'), Buffer.alloc(200, 1)])
const HTML = Buffer.from('<!doctype html><html><body><script>alert(document.cookie)</script></body></html>')
const INLINE_SCRIPT = 'window.__boot=1;'

let bed: Bed
let dir: string
let config: ServerConfig
let app: FastifyInstance

beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
  dir = mkdtempSync(join(tmpdir(), 'qsj-files-'))
  const h5 = join(dir, 'h5')
  mkdirSync(h5)
  writeFileSync(join(h5, 'index.html'), `<!doctype html><html><head><script>${INLINE_SCRIPT}</script><script defer src="/js/app.js"></script></head><body><div id="app"></div></body></html>`)
  config = loadConfig({ DATA_DIR: join(dir, 'data'), H5_DIR: h5, MAX_UPLOAD_MB: '1' })
  app = await buildApp({ config, db: bed.db, clock: bed.clock })
})
afterEach(async () => {
  await app.close()
  bed.close()
  rmSync(dir, { recursive: true, force: true })
})

const auth = (openid: string) => ({ authorization: `Bearer ${issueToken(config.sessionSecret, openid)}` })

function multipart(filename: string, type: string, content: Buffer) {
  const boundary = '----qsjfiles'
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`)
  ])
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

async function upload(openid: string, filename: string, type: string, content: Buffer): Promise<any> {
  const m = multipart(filename, type, content)
  return (await app.inject({ method: 'POST', url: '/files', payload: m.body, headers: { ...m.headers, ...auth(openid) } })).json()
}

let seq = 0
async function api(openid: string | null, action: string, payload: unknown): Promise<any> {
  const body: Record<string, unknown> = { payload, requestId: `files-test-${process.pid}-${++seq}` }
  return (await app.inject({ method: 'POST', url: `/api/${action}`, payload: body, headers: openid ? auth(openid) : {} })).json()
}

/** every stored file under DATA_DIR/files, the folder for uploads in progress included */
function storedFiles(): string[] {
  const root = join(config.dataDir, 'files')
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => join(d.parentPath ?? (d as any).path, d.name))
}

const attachment = (fileID: string, name = '现场照片.png') => ({ fileID, name, size: PNG.length, kind: 'image' as const })

async function submitWithPhoto(owner = CX.ownerA): Promise<{ fileID: string; caseDoc: any; answer: any }> {
  const up = await upload(owner, '现场照片.png', 'image/png', PNG)
  expect(up).toMatchObject({ ok: true })
  const answer = await api(owner, 'case.submit', { type: 'consult', category: '政策咨询', text: '附件里是现场照片，请问这种情况怎么申请补贴？', attachments: [attachment(up.data.fileID)] })
  expect(answer).toMatchObject({ ok: true })
  return { fileID: up.data.fileID, caseDoc: answer.data, answer }
}

describe('uploads', () => {
  it('land under the uploader with a signed URL that serves the file', async () => {
    const up = await upload(CX.ownerA, '营业执照.png', 'image/png', PNG)
    expect(up.data.fileID).toMatch(new RegExp(`^cloud://local-dev\\.files/u/${uid(CX.ownerA)}/202611/[0-9a-f]{24}\\.png$`))
    expect(up.data.url).toMatch(/^\/files\/u\/u[0-9a-f]+\/202611\/[0-9a-f]{24}\.png\?e=\d+&s=[\w-]+$/)
    const served = await app.inject({ url: up.data.url })
    expect(served.statusCode).toBe(200)
    expect(served.rawPayload.equals(PNG)).toBe(true)
    expect(served.headers).toMatchObject({
      'content-type': 'image/png',
      'x-content-type-options': 'nosniff',
      'content-disposition': expect.stringMatching(/^inline; filename="[0-9a-f]{24}\.png"/),
      'cache-control': expect.stringMatching(/^private, max-age=\d+$/)
    })
    const pdf = await upload(CX.ownerA, '说明.pdf', 'application/pdf', PDF)
    expect(pdf).toMatchObject({ ok: true })
    expect((await app.inject({ url: pdf.data.url })).headers['content-disposition']).toMatch(/^inline;/)
  })

  it('refuses an .exe renamed .jpg and an HTML page renamed .pdf by their content, storing nothing', async () => {
    expect(await upload(CX.ownerA, '照片.jpg', 'image/jpeg', EXE)).toMatchObject({ ok: false, error: { code: 'FILE_TYPE', field: 'file' } })
    expect(await upload(CX.ownerA, '通知.pdf', 'application/pdf', HTML)).toMatchObject({ ok: false, error: { code: 'FILE_TYPE', field: 'file' } })
    // a real PNG under a .pdf name is refused too: the content must fit the extension
    expect(await upload(CX.ownerA, '扫描件.pdf', 'application/pdf', PNG)).toMatchObject({ ok: false, error: { code: 'FILE_TYPE' } })
    expect(await upload(CX.ownerA, 'tool.exe', 'application/octet-stream', EXE)).toMatchObject({ ok: false, error: { code: 'FILE_TYPE' } })
    expect(storedFiles()).toEqual([])
  })

  it('refuses anonymous and oversized uploads without leftovers', async () => {
    const m = multipart('a.png', 'image/png', PNG)
    expect((await app.inject({ method: 'POST', url: '/files', payload: m.body, headers: m.headers })).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const big = Buffer.concat([PDF, Buffer.alloc(1024 * 1024 + 10, 0x20)])
    expect(await upload(CX.ownerA, 'big.pdf', 'application/pdf', big)).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: '文件不能超过 1 MB' } })
    expect(storedFiles()).toEqual([])
  })
})

describe('upload limits', () => {
  it('counts uploads per account with the upload class: past the limit RATE_LIMITED, nothing stored', async () => {
    await bed.db.collection(COLLECTIONS.settings).doc('rateLimits').set({ data: { rules: { upload: { perAccount: 2, perIp: 100, windowSeconds: 600 } } } })
    expect(await upload(CX.ownerA, 'a.png', 'image/png', PNG)).toMatchObject({ ok: true })
    expect(await upload(CX.ownerA, 'b.png', 'image/png', PNG)).toMatchObject({ ok: true })
    const third = await upload(CX.ownerA, 'c.png', 'image/png', PNG)
    expect(third).toMatchObject({ ok: false, error: { code: 'RATE_LIMITED', message: expect.stringContaining('后再试') } })
    expect(storedFiles()).toHaveLength(2)
    // another account has its own allowance
    expect(await upload(CX.ownerA2, 'd.png', 'image/png', PNG)).toMatchObject({ ok: true })
  })
})

describe('serving by signed URL only', () => {
  it('hands the owner and the case handler a URL, and another enterprise neither the case nor the file', async () => {
    const { fileID, caseDoc, answer } = await submitWithPhoto()
    const ownerUrl = answer.files?.[fileID]
    expect(ownerUrl).toMatch(/^\/files\/u\//)
    expect((await app.inject({ url: ownerUrl })).statusCode).toBe(200)

    // 管家甲 handles ent-a's cases: the same rule that shows the case gives the URL
    const handler = await api(CX.stewardA, 'case.get', { id: caseDoc._id })
    expect(handler).toMatchObject({ ok: true, data: { attachments: [{ fileID }] } })
    expect((await app.inject({ url: handler.files[fileID] })).statusCode).toBe(200)

    // ent-b's owner: no case, no URL
    const stranger = await api(CX.ownerB, 'case.get', { id: caseDoc._id })
    expect(stranger).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(stranger.files).toBeUndefined()
    expect(JSON.stringify(stranger)).not.toContain(fileID)
  })

  it('refuses the raw path, a forged signature, another file’s signature and an expired one', async () => {
    const { fileID, answer } = await submitWithPhoto()
    const url = new URL(answer.files[fileID], 'http://host')
    const path = url.pathname
    const e = url.searchParams.get('e')!
    const s = url.searchParams.get('s')!
    const refused = async (target: string, status = 403) => {
      const r = await app.inject({ url: target })
      expect(r.statusCode).toBe(status)
      expect(r.json()).toMatchObject({ ok: false, error: { code: status === 403 ? 'FORBIDDEN' : 'NOT_FOUND', message: expect.any(String) } })
      expect(r.headers['x-content-type-options']).toBe('nosniff')
    }
    await refused(path)
    await refused(`${path}?e=${e}`)
    await refused(`${path}?e=${e}&s=${s.slice(0, -2)}${s.endsWith('AA') ? 'BB' : 'AA'}`)
    // a later expiry with the old signature
    await refused(`${path}?e=${Number(e) + 3600}&s=${s}`)
    // the signature of one file does not open another
    const other = await upload(CX.ownerA, '另一张.png', 'image/png', PNG)
    await refused(`${new URL(other.data.url, 'http://host').pathname}?e=${e}&s=${s}`)
    // the session token is no way in either
    const withToken = await app.inject({ url: path, headers: auth(CX.ownerA) })
    expect(withToken.statusCode).toBe(403)
    // the URL still works now, and no longer after its lifetime
    expect((await app.inject({ url: answer.files[fileID] })).statusCode).toBe(200)
    bed.clock.current = new Date(bed.clock.current.getTime() + 3 * 3600_000)
    const expired = await app.inject({ url: answer.files[fileID] })
    expect(expired.statusCode).toBe(403)
    expect(expired.json().error.message).toContain('过期')
    // path tricks never reach the disk
    await refused(`/files/u/../../app.db?e=${e}&s=${s}`, 404)
  })
})

describe('an attachment may reference only the caller’s own upload', () => {
  it('refuses another user’s file in a case, with nothing written', async () => {
    const { fileID } = await submitWithPhoto(CX.ownerA)
    const before = await countsWithoutLimits()
    const theft = await api(CX.ownerA2, 'case.submit', { type: 'consult', category: '政策咨询', text: '借用别人的附件来看看能不能拿到链接。', attachments: [attachment(fileID)] })
    expect(theft).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'attachments.0', message: expect.stringContaining('不是您本人上传的文件') } })
    expect(theft.files).toBeUndefined()
    expect(await countsWithoutLimits()).toEqual(before)
  })

  it('refuses a fileID outside any upload folder and a path that climbs out of one', async () => {
    for (const fileID of [`cloud://local-dev.files/202611/abc.png`, `cloud://local-dev.files/u/${uid(CX.ownerA2)}/../${uid(CX.ownerA)}/202611/abc.png`]) {
      const r = await api(CX.ownerA2, 'case.submit', { type: 'consult', category: '政策咨询', text: '试试引用上传目录以外的文件。', attachments: [attachment(fileID)] })
      expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
  })
})

async function countsWithoutLimits(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const name of Object.values(COLLECTIONS)) {
    // rate-limit counters count attempts, refused ones included: not content
    if (name === 'rateLimits') continue
    out[name] = (await bed.db.collection(name).count()).total
  }
  return out
}

describe('security headers', () => {
  it('carries CSP, frame, referrer and nosniff on the API, the h5 index and files', async () => {
    const apiAnswer = await app.inject({ method: 'POST', url: '/api/session.me', payload: { payload: {} }, headers: auth(CX.ownerA) })
    const index = await app.inject({ url: '/', headers: { accept: 'text/html' } })
    const deepLink = await app.inject({ url: '/pages/mine/index', headers: { accept: 'text/html' } })
    const up = await upload(CX.ownerA, 'a.png', 'image/png', PNG)
    const file = await app.inject({ url: up.data.url })
    const hash = `'sha256-${createHash('sha256').update(INLINE_SCRIPT).digest('base64')}'`
    for (const r of [apiAnswer, index, deepLink, file]) {
      expect(r.statusCode).toBe(200)
      const csp = String(r.headers['content-security-policy'])
      expect(csp).toContain("default-src 'self'")
      expect(csp).toContain("frame-ancestors 'none'")
      expect(csp).toContain("object-src 'none'")
      const scriptSrc = /script-src ([^;]*)/.exec(csp)![1]
      expect(scriptSrc).not.toContain('unsafe-inline')
      expect(scriptSrc).not.toContain('unsafe-eval')
      expect(scriptSrc).toContain(hash)
      expect(r.headers['x-frame-options']).toBe('DENY')
      expect(r.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(r.headers['x-content-type-options']).toBe('nosniff')
    }
    expect(index.body).toContain(INLINE_SCRIPT)
  })
})
