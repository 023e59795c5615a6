import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync, existsSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { INDEXES } from '../../../cloudfunctions/api/src/db/indexes'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'
import { seedDemoData } from '../../../server/seed'
import { issueToken } from '../../../server/session'

let dir: string
let db: SqliteDatabase
let app: FastifyInstance

async function start(env: NodeJS.ProcessEnv = {}) {
  const config = loadConfig({ DATA_DIR: dir, H5_DIR: join(dir, 'no-h5'), MAX_UPLOAD_MB: '1', ...env })
  app = await buildApp({ config, db })
  return config
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qsj-app-'))
  db = openSqliteDatabase({ file: join(dir, 'app.db'), indexes: INDEXES })
  await seedDemoData(db)
})
afterEach(async () => {
  await app?.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

const api = (action: string, payload: unknown, token?: string) =>
  app.inject({ method: 'POST', url: `/api/${action}`, payload: { payload }, headers: token ? { authorization: `Bearer ${token}` } : {} })

function multipart(filename: string, type: string, content: Buffer) {
  const boundary = '----qsjtest'
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`)
  ])
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } }
}

describe('local host', () => {
  it('answers health', async () => {
    await start()
    const r = await app.inject({ url: '/health' })
    expect(r.statusCode).toBe(200)
    expect(r.json()).toMatchObject({ ok: true, h5: false })
  })

  it('signs in a persona and serves the router with that identity only', async () => {
    await start()
    expect((await api('session.me', {})).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const personas = (await app.inject({ url: '/dev/personas' })).json()
    expect(personas.ok).toBe(true)
    const manager = personas.data.find((p: { role: string }) => p.role === 'manager')
    expect(manager).toBeDefined()
    const signin = (await app.inject({ method: 'POST', url: '/dev/signin', payload: { personaId: manager.id } })).json()
    const me = (await api('session.me', { openid: 'someone-else' }, signin.data.token)).json()
    expect(me).toMatchObject({ ok: true, data: { account: { role: 'manager', name: manager.name }, devMode: true } })
    expect((await app.inject({ method: 'POST', url: '/dev/signin', payload: { personaId: 'nobody' } })).json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('refuses forged and foreign tokens', async () => {
    const config = await start()
    const good = issueToken(config.sessionSecret, 'dev-openid-x')
    const forged = good.slice(0, -2) + (good.endsWith('AA') ? 'BB' : 'AA')
    expect((await api('session.me', {}, forged)).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await api('session.me', {}, issueToken('another-secret-another-secret-xx', 'dev-openid-x'))).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await api('session.me', {}, good)).json()).toMatchObject({ ok: true })
  })

  it('in production, development sign-in is closed and dev tokens mean nothing', async () => {
    const config = await start({ NODE_ENV: 'production', SESSION_SECRET: 's'.repeat(40) })
    expect((await app.inject({ url: '/dev/personas' })).json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect((await app.inject({ method: 'POST', url: '/dev/signin', payload: { personaId: 'visitor' } })).json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const token = issueToken(config.sessionSecret, 'dev-openid-x')
    expect((await api('session.me', {}, token)).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('stores uploads with a cloud-shaped fileID and refuses bad ones without leftovers', async () => {
    const config = await start()
    const token = issueToken(config.sessionSecret, 'dev-openid-uploader')
    const auth = { authorization: `Bearer ${token}` }
    // a real 1×1 PNG: uploads are checked by content (more in files.test.ts)
    const pngBytes = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')
    const png = multipart('营业执照.png', 'image/png', pngBytes)
    const ok = (await app.inject({ method: 'POST', url: '/files', payload: png.body, headers: { ...png.headers, ...auth } })).json()
    expect(ok).toMatchObject({ ok: true, data: { fileID: expect.stringMatching(/^cloud:\/\/local-dev\.files\/u\/u[0-9a-f]{31}\/\d{6}\/[0-9a-f]{24}\.png$/) } })
    const served = await app.inject({ url: ok.data.url })
    expect(served.statusCode).toBe(200)
    expect(served.rawPayload.length).toBe(pngBytes.length)

    const exe = multipart('a.exe', 'application/octet-stream', Buffer.from('MZ'))
    expect((await app.inject({ method: 'POST', url: '/files', payload: exe.body, headers: { ...exe.headers, ...auth } })).json()).toMatchObject({ ok: false, error: { code: 'FILE_TYPE' } })

    const big = multipart('big.pdf', 'application/pdf', Buffer.alloc(1024 * 1024 + 10, 1))
    expect((await app.inject({ method: 'POST', url: '/files', payload: big.body, headers: { ...big.headers, ...auth } })).json()).toMatchObject({ ok: false, error: { code: 'FILE_TOO_LARGE', message: '文件不能超过 1 MB' } })

    const anonymous = (await app.inject({ method: 'POST', url: '/files', payload: png.body, headers: png.headers })).json()
    expect(anonymous).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const stored = readdirSync(join(dir, 'files'), { recursive: true, withFileTypes: true }).filter((d) => d.isFile())
    expect(stored).toHaveLength(1)
  })

  it('without an h5 build, the root page says how to build it', async () => {
    await start()
    const r = await app.inject({ url: '/', headers: { accept: 'text/html' } })
    expect(r.body).toContain('npm run build:h5')
    expect(existsSync(join(dir, 'no-h5'))).toBe(false)
  })
})
