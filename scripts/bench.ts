/**
 * `npm run bench`: latency of the local host's hot paths over real HTTP on a seeded
 * temporary database, next to the same action called on the router directly, so the
 * HTTP overhead shows as a ratio. Prints figures; asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { INDEXES } from '../cloudfunctions/api/src/db/indexes'
import { createRouter } from '../cloudfunctions/api/src/router'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { openSqliteDatabase } from '../server/db/sqlite'
import { seedDemoData } from '../server/seed'
import { PERSONAS } from '../server/seed/data'
import { issueToken } from '../server/session'

const RUNS = Number(process.env.BENCH_RUNS || 500)

function pct(samples: number[], p: number): number {
  const s = [...samples].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 20; i++) await fn() // warm-up
  const out: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn()
    out.push(performance.now() - t)
  }
  return out
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'qsj-bench-'))
  const db = openSqliteDatabase({ file: join(dir, 'bench.db'), indexes: INDEXES })
  await seedDemoData(db)
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', H5_DIR: join(dir, 'none') })
  const app = await buildApp({ config, db })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  const persona = PERSONAS.find((p) => p.role === 'entrepreneur')!
  const token = issueToken(config.sessionSecret, persona.openid)
  const router = createRouter({ db })

  const cases: Array<[string, string, Record<string, unknown>]> = [
    ['session.me', 'session.me', {}],
    ['home.feed', 'home.feed', {}],
    ['news.list p1', 'news.list', { page: 1, pageSize: 10 }],
    ['notice.list p1', 'notice.list', { page: 1, pageSize: 10 }]
  ]
  console.log(`runs per case: ${RUNS} (sequential, one connection)`)
  console.log('case              http p50   http p95   router p50 router p95  http/router p95')
  for (const [label, action, payload] of cases) {
    const http = await time(() =>
      fetch(`http://127.0.0.1:${port}/api/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ payload })
      }).then((r) => r.json())
    )
    const direct = await time(() => router({ action, payload }, { openid: persona.openid }))
    const f = (n: number) => `${n.toFixed(2)} ms`.padStart(10)
    console.log(`${label.padEnd(16)} ${f(pct(http, 50))} ${f(pct(http, 95))} ${f(pct(direct, 50))} ${f(pct(direct, 95))}   ${(pct(http, 95) / pct(direct, 95)).toFixed(2)}x`)
  }
  const mem = process.memoryUsage()
  console.log(`rss ${(mem.rss / 1048576).toFixed(1)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(1)} MB`)
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
}

void main()
