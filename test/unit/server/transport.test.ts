/**
 * The app's HTTP transport against the real in-process local host: what the host answers
 * before the router (an oversized import, an unknown path) reaches the user as what it
 * is, not as 网络连接失败. Taro.request is stood in for by fastify's inject, which, like
 * Taro.request, resolves on every HTTP status.
 */
import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { INDEXES } from '../../../cloudfunctions/api/src/db/indexes'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'
import { IMPORT_BODY_LIMIT } from '../../../server/httpErrors'

let app: FastifyInstance
const storage = new Map<string, unknown>()

jest.mock(
  '@tarojs/taro',
  () => ({
    __esModule: true,
    default: {
      getStorageSync: (key: string) => storage.get(key) ?? '',
      setStorageSync: (key: string, value: unknown) => storage.set(key, value),
      removeStorageSync: (key: string) => storage.delete(key),
      request: async (options: { url: string; data: unknown; header?: Record<string, string> }) => {
        const res = await app.inject({ method: 'POST', url: options.url, payload: JSON.stringify(options.data), headers: { 'content-type': 'application/json', ...options.header } })
        let data: unknown = res.body
        try {
          data = JSON.parse(res.body)
        } catch {
          // left as text, as Taro.request does
        }
        return { statusCode: res.statusCode, data, header: res.headers, errMsg: 'request:ok' }
      }
    }
  })
)

// jest hoists the mock above, so this import sees it
import { call } from '../../../src/services/call'

let dir: string
let db: SqliteDatabase
beforeAll(async () => {
  process.env.TARO_ENV = 'h5'
  dir = mkdtempSync(join(tmpdir(), 'qsj-transport-'))
  db = openSqliteDatabase({ file: join(dir, 'app.db'), indexes: INDEXES })
  app = await buildApp({ config: loadConfig({ DATA_DIR: dir, H5_DIR: join(dir, 'no-h5') }), db })
})
afterAll(async () => {
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the app transport against the local host', () => {
  it('shows an oversized import with how large an import may be', async () => {
    const big = { format: 'csv' as const, content: 'x'.repeat(IMPORT_BODY_LIMIT), dryRun: true }
    await expect(call('policy.import', big)).rejects.toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: expect.stringContaining('每次导入的文件不能超过2MB') })
  })

  it('shows an unknown action and a missing sign-in as what they are', async () => {
    await expect(call('no.such' as 'session.me', {})).rejects.toMatchObject({ code: 'UNKNOWN_ACTION', message: '不支持的操作' })
    await expect(call('session.me', {})).rejects.toMatchObject({ code: 'UNAUTHENTICATED', message: '请先登录' })
  })
})
