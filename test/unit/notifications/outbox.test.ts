import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { INDEXES } from '../../../cloudfunctions/api/src/db/indexes'
import { addNotifications } from '../../../cloudfunctions/api/src/domain/notifications'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'
import { seedDemoData } from '../../../server/seed'
import { PERSONAS } from '../../../server/seed/data'
import { issueToken } from '../../../server/session'

let dir: string
let db: SqliteDatabase
let app: FastifyInstance

async function start(env: NodeJS.ProcessEnv = {}) {
  const config = loadConfig({ DATA_DIR: dir, H5_DIR: join(dir, 'no-h5'), ...env })
  app = await buildApp({ config, db })
  return config
}

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'qsj-outbox-'))
  db = openSqliteDatabase({ file: join(dir, 'app.db'), indexes: INDEXES })
  await seedDemoData(db)
})
afterEach(async () => {
  await app?.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('the local subscribe-message outbox', () => {
  it('a write through the local host sends pending messages into the outbox, readable at /dev/outbox', async () => {
    const config = await start()
    const persona = PERSONAS.find((p) => p.role === 'entrepreneur')!
    const token = issueToken(config.sessionSecret, persona.openid)
    await addNotifications(
      db,
      [{ userId: userIdFor(persona.openid), kind: 'case', title: '您的咨询已办结', body: '请对本次服务进行评价', link: '/packages/case/detail/index?id=x', template: 'rateReminder' }],
      new Date()
    )
    const subscribed = await app.inject({
      method: 'POST',
      url: '/api/subscription.record',
      payload: { payload: { accepted: ['rateReminder'] }, requestId: 'outbox-test-0001' },
      headers: { authorization: `Bearer ${token}` }
    })
    expect(subscribed.json()).toMatchObject({ ok: true })

    const r = await app.inject({ url: '/dev/outbox' })
    expect(r.statusCode).toBe(200)
    expect(r.json()).toMatchObject({
      ok: true,
      data: [{ touser: persona.openid, templateKey: 'rateReminder', templateId: 'local-rateReminder', page: 'packages/case/detail/index?id=x', data: { thing1: { value: '您的咨询已办结' } } }]
    })
  })

  it('is not served in production', async () => {
    await start({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })
    const r = await app.inject({ url: '/dev/outbox', headers: { accept: 'text/html' } })
    expect(r.statusCode).toBe(404)
  })
})
