/**
 * `npm run bench`: latency of the local host's hot paths over real HTTP on a seeded
 * temporary database, next to the same action called on the router directly, so the
 * HTTP overhead shows as a ratio. Then the same for the case inboxes with 100,000 cases
 * bulk-generated into a fresh database (BENCH_CASES to change the number). Then policy
 * search over 10,000 generated policies (BENCH_POLICIES), next to the same query on bare
 * SQLite. Prints figures; asserts nothing. BENCH_ONLY=demo|cases|search runs one part.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { INDEXES, SEARCH_INDEXES } from '../cloudfunctions/api/src/db/indexes'
import { charLength, searchWeights } from '../cloudfunctions/api/src/db/search-request'
import { beijingYmd } from '../cloudfunctions/api/src/domain/calendar/beijingDate'
import { COLLECTIONS, type CaseDoc, type CaseEventDoc, type CounterDoc, type EnterpriseDoc, type UserDoc } from '../cloudfunctions/api/src/domain/docs'
import { listKeys } from '../cloudfunctions/api/src/domain/cases/keys'
import { titleOf } from '../cloudfunctions/api/src/domain/cases/views'
import { userIdFor } from '../cloudfunctions/api/src/domain/ids'
import { createRouter, type Router } from '../cloudfunctions/api/src/router'
import { buildApp } from '../server/app'
import { loadConfig } from '../server/config'
import { openSqliteDatabase, type SqliteDatabase } from '../server/db/sqlite'
import { encodeJson } from '../server/db/sqlite/codec'
import { seedDemoData } from '../server/seed'
import { generatePolicy } from './bench-policies'
import { PARKS, PERSONAS } from '../server/seed/data'
import { issueToken } from '../server/session'
import {
  CASE_CATEGORIES,
  CASE_NUMBER_PREFIX,
  OPEN_CASE_STATUSES,
  RATING_LEVELS,
  isBadRating,
  type CaseStatus,
  type CaseType,
  type Role
} from '../types'

const RUNS = Number(process.env.BENCH_RUNS || 500)
const CASES = Number(process.env.BENCH_CASES || 100_000)
const TARGET_MS = 15

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

interface Host {
  port: number
  secret: string
  router: Router
}

type BenchCase = [label: string, action: string, payload: Record<string, unknown>, openid: string]

/** Times each case over HTTP and on the router, prints a row each, answers the p95s. */
async function measure(host: Host, cases: BenchCase[]): Promise<Map<string, { http: number; router: number }>> {
  const out = new Map<string, { http: number; router: number }>()
  console.log('case              http p50   http p95   router p50 router p95  http/router p95')
  for (const [label, action, payload, openid] of cases) {
    const token = issueToken(host.secret, openid)
    const viaHttp = () =>
      fetch(`http://127.0.0.1:${host.port}/api/${action}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ payload })
      }).then((r) => r.json() as Promise<{ ok: boolean; error?: unknown }>)
    // a bench of error answers would measure nothing: say so loudly
    const probe = await viaHttp()
    if (!probe.ok) console.log(`! ${label}: ${action} answered ${JSON.stringify(probe.error)}`)
    const http = await time(viaHttp)
    const direct = await time(() => host.router({ action, payload }, { openid }))
    const f = (n: number) => `${n.toFixed(2)} ms`.padStart(10)
    console.log(`${label.padEnd(16)} ${f(pct(http, 50))} ${f(pct(http, 95))} ${f(pct(direct, 50))} ${f(pct(direct, 95))}   ${(pct(http, 95) / pct(direct, 95)).toFixed(2)}x`)
    out.set(label, { http: pct(http, 95), router: pct(direct, 95) })
  }
  return out
}

async function startHost(db: SqliteDatabase, dir: string) {
  const config = loadConfig({ DATA_DIR: dir, PORT: '0', H5_DIR: join(dir, 'none') })
  const app = await buildApp({ config, db })
  await app.listen({ host: '127.0.0.1', port: 0 })
  const { port } = app.server.address() as { port: number }
  return { app, host: { port, secret: config.sessionSecret, router: createRouter({ db }) } }
}

async function benchDemo(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qsj-bench-'))
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
}

// ---------------------------------------------------------------- 100,000 cases

/** deterministic, so runs compare */
function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const STEWARDS_PER_PARK = 50
const ENTERPRISES_PER_PARK = 1000
const HISTORY_DAYS = 730
const DAY = 86400_000

interface Population {
  enterprises: EnterpriseDoc[]
  stewardsByPark: Map<string, UserDoc[]>
  managerByPark: Map<string, UserDoc>
  ownerByEnterprise: Map<string, UserDoc>
  users: UserDoc[]
}

function person(openid: string, role: Role, name: string, parkId: string | null, enterpriseId: string | null, at: string): UserDoc {
  return { _id: userIdFor(openid), openid, role, name, phone: '13800000000', parkId, enterpriseId, createdAt: at, updatedAt: at }
}

function population(at: string): Population {
  const stewardsByPark = new Map<string, UserDoc[]>()
  const managerByPark = new Map<string, UserDoc>()
  const ownerByEnterprise = new Map<string, UserDoc>()
  const enterprises: EnterpriseDoc[] = []
  const users: UserDoc[] = []
  for (const [p, park] of PARKS.entries()) {
    const stewards = Array.from({ length: STEWARDS_PER_PARK }, (_, i) => person(`bench-steward-${p}-${i}`, 'steward', `管家${p}-${i}`, park._id, null, at))
    stewardsByPark.set(park._id, stewards)
    const manager = person(`bench-manager-${p}`, 'manager', `园区管理员${p}`, park._id, null, at)
    managerByPark.set(park._id, manager)
    users.push(...stewards, manager)
    for (let i = 0; i < ENTERPRISES_PER_PARK; i++) {
      const _id = `bench-ent-${p}-${i}`
      enterprises.push({
        _id,
        name: `示例企业${p}-${i}有限公司`,
        creditCode: `9143030000${String(p).padStart(2, '0')}${String(i).padStart(4, '0')}BB`,
        parkId: park._id,
        industry: '智能制造',
        scale: '小型',
        foundedOn: '2018-01-01',
        stewardId: stewards[i % STEWARDS_PER_PARK]._id
      })
      const owner = person(`bench-owner-${p}-${i}`, 'entrepreneur', `企业主${p}-${i}`, park._id, _id, at)
      ownerByEnterprise.set(_id, owner)
      users.push(owner)
    }
  }
  return { enterprises, stewardsByPark, managerByPark, ownerByEnterprise, users }
}

/** A case's life up to `status`, with the fields the engine keeps in step with it. */
function makeCase(rand: () => number, pop: Population, now: number, seqs: Map<string, number>, i: number): CaseDoc {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]
  // a few enterprises ask a lot, most ask a little
  const ent = pop.enterprises[Math.floor(Math.pow(rand(), 1.5) * pop.enterprises.length)]
  const owner = pop.ownerByEnterprise.get(ent._id)!
  const stewards = pop.stewardsByPark.get(ent.parkId)!
  const manager = pop.managerByPark.get(ent.parkId)!
  const own = stewards.find((s) => s._id === ent.stewardId)!
  const r = rand()
  const type: CaseType = r < 0.6 ? 'consult' : r < 0.85 ? 'complaint' : 'service'
  const aboutSteward = type === 'complaint' && rand() < 0.1
  const handler = type === 'complaint' ? (rand() < 0.5 ? manager : aboutSteward ? stewards[(stewards.indexOf(own) + 1) % stewards.length] : own) : own

  const ageDays = rand() * HISTORY_DAYS
  const created = now - ageDays * DAY
  const s = rand()
  let status: CaseStatus
  if (ageDays < 2) status = s < 0.05 ? 'submitted' : s < 0.5 ? 'assigned' : 'in_progress'
  else if (ageDays < 14) status = s < 0.3 ? 'in_progress' : s < 0.35 ? 'rectifying' : s < 0.6 ? 'resolved' : s < 0.65 ? 'withdrawn' : 'closed'
  else status = s < 0.003 ? 'in_progress' : s < 0.02 ? 'resolved' : s < 0.04 ? 'withdrawn' : s < 0.045 ? 'rated' : 'closed'

  const iso = (t: number) => new Date(Math.min(t, now)).toISOString()
  const responseDue = created + 1.4 * DAY
  const resolveDue = created + (type === 'complaint' ? 14 : 7) * DAY
  const events: CaseEventDoc[] = []
  const ev = (t: number, action: CaseEventDoc['action'], who: UserDoc | null, note: string, visibility: CaseEventDoc['visibility'] = 'all') =>
    events.push({ at: iso(t), action, actorId: who?._id ?? null, actorName: who?.name ?? '系统', actorRole: who?.role ?? 'system', note, attachments: [], visibility })
  ev(created, 'submit', owner, '')
  const assigned = status !== 'submitted'
  if (assigned) ev(created + 60_000, 'assign', null, type === 'complaint' ? '投诉交园区处理' : '交企业管家办理')
  const handled = assigned && status !== 'assigned' && status !== 'withdrawn'
  const firstResponse = created + rand() * 2 * DAY
  if (handled) {
    ev(firstResponse, 'accept', handler, '')
    ev(firstResponse + 3600_000, 'reply', handler, '已收到，正在与相关部门对接，有进展第一时间告知。')
  }
  if (status === 'withdrawn') ev(created + 0.5 * DAY, 'withdraw', owner, '问题已自行解决')
  const done = ['resolved', 'rated', 'rectifying', 'closed'].includes(status)
  const resolvedAt = firstResponse + rand() * 9 * DAY
  if (done) ev(resolvedAt, 'resolve', handler, '已按政策办理完毕，相关材料已反馈企业。')
  const level = done && status !== 'resolved' ? (status === 'rated' || status === 'rectifying' ? pick(RATING_LEVELS.slice(3)) : pick(RATING_LEVELS.slice(0, 3))) : null
  if (level) ev(resolvedAt + DAY, 'rate', owner, level)
  if (status === 'rectifying') ev(resolvedAt + 2 * DAY, 'review_rectify', manager, '答复不够具体，责令整改')

  const rectifyDue = status === 'rectifying' ? resolvedAt + 9 * DAY : null
  const deadline: [number, 'response' | 'resolve' | 'rectify'] | null =
    status === 'submitted' || status === 'assigned' ? [responseDue, 'response'] : status === 'in_progress' ? [resolveDue, 'resolve'] : status === 'rectifying' ? [rectifyDue!, 'rectify'] : null
  const overdue = !!deadline && deadline[0] < now
  const overdueDays = overdue ? (now - deadline![0]) / DAY : 0
  const open = OPEN_CASE_STATUSES.includes(status)

  const prefix = CASE_NUMBER_PREFIX[type] + beijingYmd(new Date(created)).replace(/-/g, '')
  const seq = (seqs.get(prefix) ?? 0) + 1
  seqs.set(prefix, seq)
  const text = `${pick(['请问', '咨询', '反映'])}关于${pick(['高新技术企业认定', '用电增容', '稳岗补贴', '出口退税', '人才公寓', '厂房租金'])}的问题，编号${i}，请尽快答复。`
  return {
    _id: `bench-case-${i}`,
    number: `${prefix}-${String(seq).padStart(4, '0')}`,
    type,
    category: type === 'service' ? '帮代办' : pick(CASE_CATEGORIES[type]),
    title: titleOf(text),
    text,
    attachments: [],
    enterpriseId: ent._id,
    enterpriseName: ent.name,
    parkId: ent.parkId,
    submitterId: owner._id,
    submitterName: owner.name,
    submitterPhone: owner.phone,
    aboutStewardId: aboutSteward ? own._id : null,
    aboutStewardName: aboutSteward ? own.name : null,
    assigneeId: assigned ? handler._id : null,
    assigneeName: assigned ? handler.name : null,
    assigneeRole: assigned ? handler.role : null,
    assignedAt: assigned ? iso(created + 60_000) : null,
    status,
    open,
    ...listKeys({ open, assigneeId: assigned ? handler._id : null, parkId: ent.parkId, status }),
    awaitingInfo: status === 'in_progress' && rand() < 0.1,
    createdAt: iso(created),
    updatedAt: events[events.length - 1].at,
    version: events.length,
    responseDueAt: iso(responseDue),
    resolveDueAt: iso(resolveDue),
    rectifyDueAt: rectifyDue ? iso(rectifyDue) : null,
    firstResponseAt: handled ? iso(firstResponse) : null,
    firstResponderId: handled ? handler._id : null,
    resolvedAt: done ? iso(resolvedAt) : null,
    resolverId: done ? handler._id : null,
    resolvedOnTime: done ? resolvedAt <= resolveDue : null,
    closedAt: status === 'closed' || status === 'withdrawn' ? events[events.length - 1].at : null,
    nextDeadlineAt: deadline ? iso(deadline[0]) : null,
    nextDeadlineKind: deadline ? deadline[1] : null,
    overdue,
    escalationLevel: !overdue ? 0 : overdueDays > 3 ? 3 : overdueDays > 1 ? 2 : 1,
    nextEscalationAt: overdue && overdueDays <= 3 ? iso(now + DAY) : null,
    pressCount: overdue && rand() < 0.3 ? 1 : 0,
    calendarEstimated: false,
    rating: level ? { level, tags: [], comment: '', at: iso(resolvedAt + DAY) } : null,
    firstBadRating: level && isBadRating(level) ? level : null,
    rateReminderAt: status === 'resolved' ? iso(resolvedAt + 3 * DAY) : null,
    review: status === 'rated' ? { state: 'pending', note: '', at: null, byId: null } : status === 'rectifying' ? { state: 'rectify', note: '答复不够具体，责令整改', at: iso(resolvedAt + 2 * DAY), byId: manager._id } : null,
    rectified: null,
    events
  }
}

/**
 * Writes straight into the embedded database's tables in big SQLite transactions (the
 * port would run one transaction per document). Tables are created through the port
 * so their layout is the store's own; indexes come after, when the file is reopened.
 */
async function bulkLoad(file: string, now: Date): Promise<{ pop: Population; counts: Map<string, { open: number; all: number }>; byEnterprise: Map<string, number> }> {
  const db = openSqliteDatabase({ file, indexes: [] })
  await seedDemoData(db, now)
  for (const name of [COLLECTIONS.cases, COLLECTIONS.counters, COLLECTIONS.users, COLLECTIONS.enterprises]) await db.collection(name).count()
  const raw = db.raw
  const { value: rev } = raw.prepare(`UPDATE "$meta" SET value = value + 1 WHERE key = 'rev' RETURNING value`).get() as { value: number }
  const insert = (table: string) => raw.prepare(`INSERT OR REPLACE INTO "${table}" (_id, data, rev) VALUES (?, ?, ?)`)
  const put = <T extends { _id: string }>(stmt: ReturnType<typeof insert>, doc: T) => {
    const { _id, ...data } = doc
    stmt.run(_id, encodeJson(data, now), rev)
  }
  const pop = population(now.toISOString())
  raw.transaction(() => {
    const users = insert(COLLECTIONS.users)
    const ents = insert(COLLECTIONS.enterprises)
    for (const u of pop.users) put(users, u)
    for (const e of pop.enterprises) put(ents, e)
  })()

  const rand = prng(20261120)
  const seqs = new Map<string, number>()
  const counts = new Map<string, { open: number; all: number }>()
  const byEnterprise = new Map<string, number>()
  const cases = insert(COLLECTIONS.cases)
  const BATCH = 5000
  for (let start = 0; start < CASES; start += BATCH) {
    raw.transaction(() => {
      for (let i = start; i < Math.min(CASES, start + BATCH); i++) {
        const doc = makeCase(rand, pop, now.getTime(), seqs, i)
        put(cases, doc)
        if (doc.assigneeId) {
          const c = counts.get(doc.assigneeId) ?? { open: 0, all: 0 }
          c.all++
          if (doc.open) c.open++
          counts.set(doc.assigneeId, c)
        }
        // bench cases are all enterprise cases
        byEnterprise.set(doc.enterpriseId!, (byEnterprise.get(doc.enterpriseId!) ?? 0) + 1)
      }
    })()
  }
  raw.transaction(() => {
    const counters = insert(COLLECTIONS.counters)
    for (const [_id, seq] of seqs) put<CounterDoc>(counters, { _id, seq })
  })()
  db.close()
  return { pop, counts, byEnterprise }
}

async function benchCases(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qsj-bench-cases-'))
  const file = join(dir, 'cases.db')
  const now = new Date()
  const t0 = performance.now()
  const { pop, counts, byEnterprise } = await bulkLoad(file, now)
  const t1 = performance.now()
  const db = openSqliteDatabase({ file, indexes: INDEXES })
  const t2 = performance.now()
  const mem = process.memoryUsage()
  console.log(
    `\n${CASES.toLocaleString('en')} cases generated in ${((t1 - t0) / 1000).toFixed(1)} s, indexes built in ${((t2 - t1) / 1000).toFixed(1)} s ` +
      `(${pop.enterprises.length} enterprises, ${pop.users.filter((u) => u.role === 'steward').length} stewards, rss ${(mem.rss / 1048576).toFixed(0)} MB)`
  )

  const stewards = new Set(pop.users.filter((u) => u.role === 'steward').map((u) => u._id))
  const load = [...counts].filter(([id]) => stewards.has(id)).sort((a, b) => a[1].open - b[1].open)
  const typical = load[Math.floor(load.length / 2)]
  const busiest = load[load.length - 1]
  const ents = [...byEnterprise].sort((a, b) => a[1] - b[1])
  const heaviestEnt = ents[ents.length - 1]
  const typicalEnt = ents[Math.floor(ents.length / 2)]
  const openidOf = (userId: string) => pop.users.find((u) => u._id === userId)!.openid
  const ownerOf = (entId: string) => pop.ownerByEnterprise.get(entId)!.openid
  const busiestPark = pop.enterprises.find((e) => e._id === heaviestEnt[0])!.parkId
  console.log(
    `steward inbox: busiest ${busiest[1].open} open / ${busiest[1].all} ever assigned, median ${typical[1].open} open / ${typical[1].all}; ` +
      `我的办件: heaviest enterprise ${heaviestEnt[1]} cases, median ${typicalEnt[1]}`
  )

  const { app, host } = await startHost(db, dir)
  const p95 = await measure(host, [
    ['inbox busiest', 'case.inbox', { filter: 'all', page: 1, pageSize: 10 }, openidOf(busiest[0])],
    ['inbox median', 'case.inbox', { filter: 'all', page: 1, pageSize: 10 }, openidOf(typical[0])],
    ['inbox overdue', 'case.inbox', { filter: 'overdue', page: 1, pageSize: 10 }, openidOf(busiest[0])],
    ['mine heaviest', 'case.mine', { filter: 'all', page: 1, pageSize: 10 }, ownerOf(heaviestEnt[0])],
    ['mine median', 'case.mine', { filter: 'all', page: 1, pageSize: 10 }, ownerOf(typicalEnt[0])],
    ['mine active', 'case.mine', { filter: 'active', page: 1, pageSize: 10 }, ownerOf(heaviestEnt[0])],
    ['supervise overdue', 'case.supervise', { view: 'overdue', page: 1, pageSize: 10 }, pop.managerByPark.get(busiestPark)!.openid]
  ])
  const verdict = (label: string, what: string) => {
    const r = p95.get(label)!
    console.log(`${what} p95 ${r.http.toFixed(2)} ms over HTTP, ${r.router.toFixed(2)} ms on the router (target ≤ ${TARGET_MS} ms) ${r.http <= TARGET_MS ? 'ok' : 'OVER TARGET'}`)
  }
  verdict('inbox busiest', 'case.inbox (busiest steward)')
  verdict('mine heaviest', 'case.mine (heaviest enterprise)')
  const after = process.memoryUsage()
  console.log(`rss ${(after.rss / 1048576).toFixed(1)} MB, heap used ${(after.heapUsed / 1048576).toFixed(1)} MB`)
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
}

// ---------------------------------------------------------------- 10,000 policies: search

const POLICY_COUNT = Number(process.env.BENCH_POLICIES || 10_000)
const SEARCH_TARGET_MS = 30
/** a mix of 2-, 3- and 4-character queries, as people type them */
const SEARCH_QUERIES = ['人才', '补贴', '融资', '专精特', '高新区', '个转企', '岗位补贴', '知识产权', '首贷续贷']

/** Times `fn` over the queries in turn; samples per query. */
async function timeQueries(fn: (q: string) => unknown): Promise<Map<string, number[]>> {
  for (let i = 0; i < 20; i++) await fn(SEARCH_QUERIES[i % SEARCH_QUERIES.length]) // warm-up
  const out = new Map<string, number[]>(SEARCH_QUERIES.map((q) => [q, []]))
  for (let i = 0; i < RUNS; i++) {
    const q = SEARCH_QUERIES[i % SEARCH_QUERIES.length]
    const t = performance.now()
    await fn(q)
    out.get(q)!.push(performance.now() - t)
  }
  return out
}

/** Bulk-writes generated policies without the search index, as rows that predate it. */
async function loadPolicies(file: string, now: Date): Promise<{ bytes: number; published: number }> {
  const db = openSqliteDatabase({ file, indexes: [] })
  await seedDemoData(db, now)
  await db.collection(COLLECTIONS.policies).count()
  const raw = db.raw
  const { value: rev } = raw.prepare(`UPDATE "$meta" SET value = value + 1 WHERE key = 'rev' RETURNING value`).get() as { value: number }
  const insert = raw.prepare(`INSERT OR REPLACE INTO "${COLLECTIONS.policies}" (_id, data, rev) VALUES (?, ?, ?)`)
  const rand = prng(20260401)
  let bytes = 0
  let published = 0
  raw.transaction(() => {
    for (let i = 0; i < POLICY_COUNT; i++) {
      const { _id, ...data } = generatePolicy(rand, i, now)
      bytes += Buffer.byteLength(data.bodyText)
      if (data.editStatus === 'published') published++
      insert.run(_id, encodeJson(data, now), rev)
    }
  })()
  db.close()
  return { bytes, published }
}

async function benchSearch(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'qsj-bench-search-'))
  const file = join(dir, 'search.db')
  const t0 = performance.now()
  const { bytes, published } = await loadPolicies(file, new Date())
  const t1 = performance.now()
  // opening with SEARCH_INDEXES builds the FTS index over the rows already there
  const db = openSqliteDatabase({ file, indexes: INDEXES, searchIndexes: SEARCH_INDEXES })
  const t2 = performance.now()
  console.log(
    `\n${POLICY_COUNT.toLocaleString('en')} policies generated in ${((t1 - t0) / 1000).toFixed(1)} s (${published} published, ` +
      `bodies ${(bytes / POLICY_COUNT / 1024).toFixed(1)} KB on average), search index built at open in ${((t2 - t1) / 1000).toFixed(1)} s`
  )

  const { app, host } = await startHost(db, dir)
  const openid = PERSONAS.find((p) => p.role === 'entrepreneur')!.openid
  const token = issueToken(host.secret, openid)
  const payload = (q: string) => ({ q, page: 1, pageSize: 10 })
  const viaHttp = (q: string) =>
    fetch(`http://127.0.0.1:${host.port}/api/policy.search`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ payload: payload(q) })
    }).then((r) => r.json() as Promise<{ ok: boolean; data?: { total: number }; error?: unknown }>)
  const viaRouter = (q: string) => host.router({ action: 'policy.search', payload: payload(q) }, { openid })
  const viaPort = (q: string) => db.search(COLLECTIONS.policies, { text: q, where: { editStatus: 'published' }, limit: 10 })

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
  console.log(`queries (matches among published, unexpired): ${hits.join(', ')}; runs per path: ${RUNS}, sequential`)

  const rows: Array<[string, Map<string, number[]>]> = [
    ['policy.search http', await timeQueries(viaHttp)],
    ['policy.search router', await timeQueries(viaRouter)],
    ['db.search (port)', await timeQueries(viaPort)],
    ['bare SQLite', await timeQueries(bare)]
  ]
  const f = (n: number) => `${n.toFixed(2)} ms`.padStart(10)
  const ofLength = (samples: Map<string, number[]>, n: number) => [...samples].filter(([q]) => charLength(q) === n).flatMap(([, s]) => s)
  const all = (samples: Map<string, number[]>) => [...samples.values()].flat()
  console.log('path                     p50        p95   2-char p95 3-char p95 4-char p95')
  for (const [label, samples] of rows) {
    console.log(`${label.padEnd(20)} ${f(pct(all(samples), 50))} ${f(pct(all(samples), 95))} ${[2, 3, 4].map((n) => f(pct(ofLength(samples, n), 95))).join(' ')}`)
  }
  const http95 = pct(all(rows[0][1]), 95)
  const bare95 = pct(all(rows[3][1]), 95)
  console.log(
    `policy.search p95 ${http95.toFixed(1)} ms (target ≤ ${SEARCH_TARGET_MS} ms) ${http95 <= SEARCH_TARGET_MS ? 'ok' : 'OVER TARGET'}; ` +
      `bare SQLite p95 ${bare95.toFixed(1)} ms; ratio ${(http95 / bare95).toFixed(1)}×`
  )
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
}

async function main() {
  const only = process.env.BENCH_ONLY
  if (!only || only === 'demo') {
    await benchDemo()
    const mem = process.memoryUsage()
    console.log(`rss ${(mem.rss / 1048576).toFixed(1)} MB, heap used ${(mem.heapUsed / 1048576).toFixed(1)} MB`)
  }
  if (!only || only === 'cases') await benchCases()
  if (!only || only === 'search') await benchSearch()
}

void main()
