/**
 * `npm run load`: throughput of the local host under concurrent load. Starts the host
 * in-process on loopback (127.0.0.1, a free port) over a temporary database with the
 * demo seed, then drives it with autocannon from a worker thread (so the load generator
 * does not share the host's event loop), one target at a time, for a bounded time each,
 * and prints req/s and latency p50/p99. Signed in as the demo entrepreneur (周建华) with a
 * development token, as the app would be. Prints figures; asserts nothing.
 *
 * Targets: home.feed, policy.search (q=人才), case.mine (all, page 1).
 *
 * Knobs (environment):
 * - LOAD_DURATION=10       seconds per target
 * - LOAD_CONNECTIONS=10    concurrent connections
 * - LOAD_POLICIES=0        generated policies added to the seed (search over a larger library)
 * - LOAD_ONLY=home.feed    one target, or several separated by commas
 * - LOAD_PROFILE=1         write a CPU profile of the host's thread per target (./load-<target>.cpuprofile)
 */
import autocannon from 'autocannon'
import { rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { Session } from 'node:inspector/promises'
import { INDEXES, SEARCH_INDEXES } from '../cloudfunctions/api/src/db/indexes'
import { COLLECTIONS } from '../cloudfunctions/api/src/domain/docs'
import { openSqliteDatabase } from '../server/db/sqlite'
import { encodeJson } from '../server/db/sqlite/codec'
import { seedDemoData } from '../server/seed'
import { PERSONAS } from '../server/seed/data'
import { issueToken } from '../server/session'
import { httpCall, memoryLine, prng, startHost, tempDir } from './bench/common'
import { generatePolicy } from './bench/policies'

const DURATION = Number(process.env.LOAD_DURATION || 10)
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS || 10)
const POLICIES = Number(process.env.LOAD_POLICIES || 0)
const PROFILE = process.env.LOAD_PROFILE === '1'
/** the issue's bar for home.feed on a 2-core machine */
const FEED_TARGET = { rps: 1000, p99: 50 }

const TARGETS: Array<[action: string, payload: Record<string, unknown>]> = [
  ['home.feed', {}],
  ['policy.search', { q: '人才', page: 1, pageSize: 10 }],
  ['case.mine', { filter: 'all', page: 1, pageSize: 10 }]
]

async function addPolicies(file: string, count: number, now: Date): Promise<void> {
  const db = openSqliteDatabase({ file, indexes: INDEXES, searchIndexes: SEARCH_INDEXES })
  const raw = db.raw
  const { value: rev } = raw.prepare(`UPDATE "$meta" SET value = value + 1 WHERE key = 'rev' RETURNING value`).get() as { value: number }
  const insert = raw.prepare(`INSERT OR REPLACE INTO "${COLLECTIONS.policies}" (_id, data, rev) VALUES (?, ?, ?)`)
  const rand = prng(20260401)
  raw.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { _id, ...data } = generatePolicy(rand, i, now)
      insert.run(_id, encodeJson(data, now), rev)
    }
  })()
  db.close()
}

async function main() {
  const only = (process.env.LOAD_ONLY ?? '').split(',').map((s) => s.trim()).filter(Boolean)
  const dir = tempDir('qsj-load-')
  const file = join(dir, 'load.db')
  const now = new Date()
  const seeded = openSqliteDatabase({ file, indexes: INDEXES, searchIndexes: SEARCH_INDEXES })
  await seedDemoData(seeded, now)
  seeded.close()
  if (POLICIES > 0) await addPolicies(file, POLICIES, now)
  const db = openSqliteDatabase({ file, indexes: INDEXES, searchIndexes: SEARCH_INDEXES })
  const { app, host } = await startHost(db, dir)
  const persona = PERSONAS.find((p) => p.role === 'entrepreneur')!
  const token = issueToken(host.secret, persona.openid)
  const profiler = PROFILE ? new Session() : null
  if (profiler) {
    profiler.connect()
    await profiler.post('Profiler.enable')
  }

  console.log(
    `load: ${CONNECTIONS} connections, ${DURATION} s per target, host on 127.0.0.1:${host.port} (demo seed` +
      `${POLICIES ? ` + ${POLICIES.toLocaleString('en')} generated policies` : ''}), as ${persona.name} (entrepreneur)`
  )
  console.log('target              req/s    p50 ms   p99 ms   max ms   requests  errors  non-2xx')
  for (const [action, payload] of TARGETS) {
    if (only.length && !only.includes(action)) continue
    // a load of error answers would measure nothing: say so loudly
    const probe = await httpCall(host, action, token, payload)
    if (!probe.ok) console.log(`! ${action} answered ${JSON.stringify(probe.error)}`)
    if (profiler) await profiler.post('Profiler.start')
    const result = await autocannon({
      url: `http://127.0.0.1:${host.port}/api/${action}`,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ payload }),
      connections: CONNECTIONS,
      duration: DURATION,
      // the generator runs in its own thread: the host keeps this one to itself
      workers: 1
    })
    if (profiler) {
      const { profile } = await profiler.post('Profiler.stop')
      writeFileSync(`load-${action}.cpuprofile`, JSON.stringify(profile))
    }
    const { requests, latency } = result
    const line = [
      action.padEnd(16),
      requests.average.toFixed(0).padStart(8),
      latency.p50.toFixed(1).padStart(9),
      latency.p99.toFixed(1).padStart(8),
      latency.max.toFixed(1).padStart(8),
      String(requests.total).padStart(10),
      String(result.errors + result.timeouts).padStart(7),
      String(result.non2xx).padStart(8)
    ].join(' ')
    console.log(line)
    if (action === 'home.feed') {
      const ok = requests.average >= FEED_TARGET.rps && latency.p99 <= FEED_TARGET.p99
      console.log(`  home.feed target: ≥ ${FEED_TARGET.rps} req/s with p99 ≤ ${FEED_TARGET.p99} ms ${ok ? 'ok' : 'NOT MET'}`)
    }
  }
  console.log(memoryLine('host after the load'))
  profiler?.disconnect()
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
}

main().catch((e) => {
  console.error(e)
  process.exitCode = 1
})
