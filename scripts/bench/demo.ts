/** The demo actions on the seeded demo database, over HTTP and on the router. */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { INDEXES } from '../../cloudfunctions/api/src/db/indexes'
import { openSqliteDatabase } from '../../server/db/sqlite'
import { seedDemoData } from '../../server/seed'
import { PERSONAS } from '../../server/seed/data'
import { RUNS, measure, memoryLine, startHost, tempDir } from './common'

export async function benchDemo(): Promise<void> {
  const dir = tempDir('qsj-bench-')
  const db = openSqliteDatabase({ file: join(dir, 'bench.db'), indexes: INDEXES })
  await seedDemoData(db)
  const { app, host } = await startHost(db, dir)
  const persona = PERSONAS.find((p) => p.role === 'entrepreneur')!
  console.log(`runs per case: ${RUNS} (sequential, one connection)`)
  await measure(host, [
    ['session.me', 'session.me', {}, persona.openid],
    ['home.feed', 'home.feed', {}, persona.openid],
    ['news.list p1', 'news.list', { page: 1, pageSize: 10 }, persona.openid],
    ['notice.list p1', 'notice.list', { page: 1, pageSize: 10 }, persona.openid]
  ])
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
  console.log(memoryLine('after the demo part'))
}
