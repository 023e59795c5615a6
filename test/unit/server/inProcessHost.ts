/**
 * The local host built in-process over a fresh embedded database in a temporary folder,
 * for tests that speak HTTP to it with `inject`. Registers its own beforeAll/afterAll.
 */
import type { FastifyInstance } from 'fastify'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { INDEXES } from '../../../cloudfunctions/api/src/db/indexes'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { openSqliteDatabase, type SqliteDatabase } from '../../../server/db/sqlite'

export interface InProcessHost {
  app: FastifyInstance
  db: SqliteDatabase
  /** another app over the same folder and database (e.g. to add a route) */
  build(): Promise<FastifyInstance>
}

export function useInProcessHost(prefix: string): InProcessHost {
  let dir = ''
  const host = {} as InProcessHost
  host.build = () => buildApp({ config: loadConfig({ DATA_DIR: dir, H5_DIR: join(dir, 'no-h5') }), db: host.db })
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `qsj-${prefix}-`))
    host.db = openSqliteDatabase({ file: join(dir, 'app.db'), indexes: INDEXES })
    host.app = await host.build()
  })
  afterAll(async () => {
    await host.app?.close()
    host.db?.close()
    rmSync(dir, { recursive: true, force: true })
  })
  return host
}
