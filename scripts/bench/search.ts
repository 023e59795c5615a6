/**
 * Policy search at scale: policies generated per size (BENCH_POLICIES, default 10,000 and
 * 100,000), then `policy.search` timed over HTTP, on the router, on the port, and the same
 * query on bare SQLite (what the index alone costs).
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { INDEXES, SEARCH_INDEXES } from '../../cloudfunctions/api/src/db/indexes'
import { charLength, searchWeights } from '../../cloudfunctions/api/src/db/search-request'
import * as v from 'valibot'
import { beijingYmd } from '../../cloudfunctions/api/src/domain/calendar/beijingDate'
import { COLLECTIONS } from '../../cloudfunctions/api/src/domain/docs'
import { SEARCH_FIELDS, searchWhere } from '../../cloudfunctions/api/src/domain/policies/search'
import { schemas, type ParsedRequest } from '../../types'
import { openSqliteDatabase } from '../../server/db/sqlite'
import { encodeJson } from '../../server/db/sqlite/codec'
import { seedDemoData } from '../../server/seed'
import { PERSONAS } from '../../server/seed/data'
import { issueToken } from '../../server/session'
import { RUNS, TARGET_MS, httpCall, memoryLine, ms, pct, prng, sizes, startHost, tempDir } from './common'
import { generatePolicy } from './policies'

/** how much slower than the bare query the whole answer over HTTP may be */
const RATIO_TARGET = 1.5
/** a mix of 2-, 3- and 4-character queries, as people type them */
const SEARCH_QUERIES = ['人才', '补贴', '融资', '专精特', '高新区', '个转企', '岗位补贴', '知识产权', '首贷续贷']

/** Times `fn` over the queries in turn; samples per query. */
async function timeQueries(fn: (q: string) => unknown, runs: number): Promise<Map<string, number[]>> {
  for (let i = 0; i < 20; i++) await fn(SEARCH_QUERIES[i % SEARCH_QUERIES.length]) // warm-up
  const out = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]))
  for (let i = 0; i < runs; i++) {
    const q = SEARCH_QUERIES[i % SEARCH_QUERIES.length]
    const t = performance.now()
    await fn(q)
    out.get(q)!.push(performance.now() - t)
  }
  return out
}

/** Bulk-writes generated policies without the search index, as rows that predate it. */
async function loadPolicies(file: string, now: Date, count: number): Promise<{ bytes: number; published: number }> {
  const db = openSqliteDatabase({ file, indexes: [] })
  await seedDemoData(db, now)
  await db.collection(COLLECTIONS.policies).count()
  const raw = db.raw
  raw.pragma('synchronous = OFF')
  const { value: rev } = raw.prepare(`UPDATE "$meta" SET value = value + 1 WHERE key = 'rev' RETURNING value`).get() as { value: number }
  const insert = raw.prepare(`INSERT OR REPLACE INTO "${COLLECTIONS.policies}" (_id, data, rev) VALUES (?, ?, ?)`)
  const rand = prng(20260401)
  let bytes = 0
  let published = 0
  raw.transaction(() => {
    for (let i = 0; i < count; i++) {
      const { _id, ...data } = generatePolicy(rand, i, now)
      bytes += Buffer.byteLength(data.bodyText)
      if (data.editStatus === 'published') published++
      insert.run(_id, encodeJson(data, now), rev)
    }
  })()
  db.close()
  return { bytes, published }
}

export interface SearchFigures {
  http: number
  router: number
  port: number
  bare: number
}

async function benchSearchAt(count: number): Promise<SearchFigures> {
  // the larger sets take longer a query: fewer runs keep the part bounded
  const runs = count <= 10_000 ? RUNS : Math.max(100, Math.round((RUNS * 10_000) / count) * 2)
  const dir = tempDir('qsj-bench-search-')
  const file = join(dir, 'search.db')
  const t0 = performance.now()
  const { bytes, published } = await loadPolicies(file, new Date(), count)
  const t1 = performance.now()
  // opening with SEARCH_INDEXES builds the FTS index over the rows already there
  const db = openSqliteDatabase({ file, indexes: INDEXES, searchIndexes: SEARCH_INDEXES })
  const t2 = performance.now()
  console.log(
    `\n${count.toLocaleString('en')} policies generated in ${((t1 - t0) / 1000).toFixed(1)} s (${published} published, ` +
      `bodies ${(bytes / count / 1024).toFixed(1)} KB on average), search index built at open in ${((t2 - t1) / 1000).toFixed(1)} s`
  )

  const { app, host } = await startHost(db, dir)
  const openid = PERSONAS.find((p) => p.role === 'entrepreneur')!.openid
  const token = issueToken(host.secret, openid)
  const payload = (q: string) => ({ q, page: 1, pageSize: 10 })
  const viaHttp = (q: string) => httpCall<{ ok: boolean; data?: { total: number }; error?: unknown }>(host, 'policy.search', token, payload(q))
  const viaRouter = (q: string) => host.router({ action: 'policy.search', payload: payload(q) }, { openid })
  // the port asked exactly what policy.search asks it: the published, unexpired filter, the projection
  const today = beijingYmd(new Date())
  const where = searchWhere(db, v.parse(schemas['policy.search'], payload('')) as ParsedRequest<'policy.search'>, today)
  const viaPort = (q: string) => db.search(COLLECTIONS.policies, { text: q, where, orderBy: 'score', skip: 0, limit: 10, field: SEARCH_FIELDS })

  // The same search on bare SQLite: one FTS5 MATCH ranked by bm25, plus the count; a 1–2
  // character term is first expanded to the trigrams it starts, as the port does. No
  // filters, no documents read, no JSON.
  const weights = searchWeights(SEARCH_INDEXES.find((s) => s.collection === COLLECTIONS.policies)!)
  const fts = `"${COLLECTIONS.policies}$search"`
  const match = db.raw.prepare(
    `WITH m AS MATERIALIZED (SELECT rowid, -bm25(${fts}, ${weights.join(', ')}) AS score FROM ${fts} WHERE ${fts} MATCH ?) ` +
      `SELECT rowid, score, (SELECT count(*) FROM m) AS total FROM m ORDER BY score DESC LIMIT 10`
  )
  const grams = db.raw.prepare(`SELECT term FROM "${COLLECTIONS.policies}$search_vocab" WHERE term >= ? AND term < ?`)
  const quote = (s: string) => `"${s.replace(/"/g, '""')}"`
  const bare = (q: string) => {
    if (charLength(q) >= 3) return match.all(quote(q))
    const terms = (grams.all(q, `${q}\u{10FFFF}`) as Array<{ term: string }>).map((g) => quote(g.term))
    return terms.length ? match.all(terms.join(' OR ')) : []
  }

  const hits: string[] = []
  for (const q of SEARCH_QUERIES) {
    const probe = await viaHttp(q)
    if (!probe.ok) console.log(`! policy.search '${q}' answered ${JSON.stringify(probe.error)}`)
    hits.push(`${q} ${probe.data?.total ?? '?'}`)
  }
  console.log(`queries (matches among published, unexpired): ${hits.join(', ')}; runs per path: ${runs}, sequential`)

  const rows: Array<[string, Map<string, number[]>]> = [
    ['policy.search http', await timeQueries(viaHttp, runs)],
    ['policy.search router', await timeQueries(viaRouter, runs)],
    ['db.search (port)', await timeQueries(viaPort, runs)],
    ['bare SQLite', await timeQueries(bare, runs)]
  ]
  const ofLength = (samples: Map<string, number[]>, n: number) => [...samples].filter(([q]) => charLength(q) === n).flatMap(([, s]) => s)
  const all = (samples: Map<string, number[]>) => [...samples.values()].flat()
  console.log('path                     p50        p95   2-char p95 3-char p95 4-char p95')
  for (const [label, samples] of rows) {
    console.log(`${label.padEnd(20)} ${ms(pct(all(samples), 50))} ${ms(pct(all(samples), 95))} ${[2, 3, 4].map((n) => ms(pct(ofLength(samples, n), 95))).join(' ')}`)
  }
  const [http, router, port, bareP95] = rows.map(([, s]) => pct(all(s), 95))
  const ratio = http / bareP95
  console.log(
    `policy.search at ${count.toLocaleString('en')}: p95 ${http.toFixed(1)} ms over HTTP (target ≤ ${TARGET_MS} ms) ${http <= TARGET_MS ? 'ok' : 'OVER TARGET'}; ` +
      `bare SQLite p95 ${bareP95.toFixed(1)} ms; ratio ${ratio.toFixed(2)}× (target ≤ ${RATIO_TARGET}×) ${ratio <= RATIO_TARGET ? 'ok' : 'OVER TARGET'}`
  )
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
  console.log(memoryLine(`after ${count.toLocaleString('en')} policies`))
  return { http, router, port, bare: bareP95 }
}

export async function benchSearch(): Promise<void> {
  for (const count of sizes('BENCH_POLICIES', [10_000, 100_000])) await benchSearchAt(count)
}
