/**
 * The case lists at scale: cases bulk-generated into a fresh database per size
 * (BENCH_CASES, default 100,000 and 1,000,000), then the steward inbox, 我的办件 and the
 * 督办台 views timed over HTTP and on the router. Whatever the domain and the embedded
 * database on main do is what is measured: the generator writes the fields a case has,
 * plus whatever derived list keys domain/cases/keys.ts still computes, if any.
 */
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { INDEXES } from '../../cloudfunctions/api/src/db/indexes'
import { beijingYmd } from '../../cloudfunctions/api/src/domain/calendar/beijingDate'
import { COLLECTIONS, type CaseDoc, type CaseEventDoc, type CounterDoc, type EnterpriseDoc, type UserDoc } from '../../cloudfunctions/api/src/domain/docs'
import { titleOf } from '../../cloudfunctions/api/src/domain/cases/views'
import { userIdFor } from '../../cloudfunctions/api/src/domain/ids'
import { seedApprovedMember } from '../../cloudfunctions/api/src/domain/membership'
import { openSqliteDatabase } from '../../server/db/sqlite'
import { encodeJson } from '../../server/db/sqlite/codec'
import { indexSql } from '../../server/db/sqlite/indexes'
import { seedDemoData } from '../../server/seed'
import { PARKS, PERSONAS } from '../../server/seed/data'
import {
  CASE_CATEGORIES,
  CASE_NUMBER_PREFIX,
  OPEN_CASE_STATUSES,
  RATING_LEVELS,
  isBadRating,
  type CaseStatus,
  type CaseType,
  type Role
} from '../../types'
import { TARGET_MS, measure, memoryLine, prng, sizes, startHost, tempDir } from './common'

/** the precomputed list keys, while the case document still has them */
type ListKeyField = 'inboxKey' | 'parkOpenKey' | 'statusParkKey'
type GeneratedCase = Omit<CaseDoc, ListKeyField>
type KeysOf = (doc: GeneratedCase) => Record<string, unknown>

/**
 * domain/cases/keys.ts's listKeys when main still has it, else nothing to add. Loaded by a
 * path the type checker does not follow, so the bench builds before and after the keys go.
 */
async function listKeysOnMain(): Promise<KeysOf> {
  const path = '../../cloudfunctions/api/src/domain/cases/keys'
  try {
    const mod = (await import(path)) as { listKeys?: KeysOf }
    if (typeof mod.listKeys === 'function') return mod.listKeys
  } catch {
    // the module is gone: no keys
  }
  return () => ({})
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
function makeCase(rand: () => number, pop: Population, now: number, seqs: Map<string, number>, i: number): GeneratedCase {
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
 * Documents are encoded as the store encodes them (checked on the first ones; these hold
 * no Dates and no marker strings, so plain JSON is the same text and much faster).
 */
async function bulkLoad(file: string, now: Date, count: number) {
  const keysOf = await listKeysOnMain()
  const db = openSqliteDatabase({ file, indexes: [] })
  await seedDemoData(db, now)
  for (const name of [COLLECTIONS.cases, COLLECTIONS.counters, COLLECTIONS.users, COLLECTIONS.enterprises]) await db.collection(name).count()
  const raw = db.raw
  // a throw-away file: no need to wait for the disk
  raw.pragma('synchronous = OFF')
  const { value: rev } = raw.prepare(`UPDATE "$meta" SET value = value + 1 WHERE key = 'rev' RETURNING value`).get() as { value: number }
  const insert = (table: string) => raw.prepare(`INSERT OR REPLACE INTO "${table}" (_id, data, rev) VALUES (?, ?, ?)`)
  let checked = 0
  const encode = (data: unknown): string => {
    const text = JSON.stringify(data)
    if (checked < 1000) {
      checked++
      if (encodeJson(data, now) !== text) throw new Error('bench documents no longer encode as plain JSON: use encodeJson for all')
    }
    return text
  }
  const put = <T extends { _id: string }>(stmt: ReturnType<typeof insert>, doc: T) => {
    const { _id, ...data } = doc
    stmt.run(_id, encode(data), rev)
  }
  const pop = population(now.toISOString())
  raw.transaction(() => {
    const users = insert(COLLECTIONS.users)
    const ents = insert(COLLECTIONS.enterprises)
    for (const u of pop.users) put(users, u)
    for (const e of pop.enterprises) put(ents, e)
  })()
  // the router trusts an entrepreneur only with an approved membership (as the demo seed does it)
  for (const owner of pop.ownerByEnterprise.values()) {
    await seedApprovedMember(db, { userId: owner._id, enterpriseId: owner.enterpriseId!, isAdmin: true, at: owner.createdAt })
  }

  const rand = prng(20261120)
  const seqs = new Map<string, number>()
  const counts = new Map<string, { open: number; all: number }>()
  const byEnterprise = new Map<string, number>()
  const cases = insert(COLLECTIONS.cases)
  const BATCH = 10_000
  for (let start = 0; start < count; start += BATCH) {
    raw.transaction(() => {
      for (let i = start; i < Math.min(count, start + BATCH); i++) {
        const doc = makeCase(rand, pop, now.getTime(), seqs, i)
        put(cases, { ...doc, ...keysOf(doc) })
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
  const generated = performance.now()
  if (FAST_INDEX_BUILD) {
    // The declared indexes, in the store's own words (indexSql), built here where the sorter
    // may use memory and a helper thread; the reopen finds them as declared and keeps them.
    raw.pragma(`cache_size = -${LOAD_CACHE_MB * 1024}`)
    raw.pragma('threads = 2')
    for (const name of new Set(INDEXES.map((i) => i.collection))) await db.collection(name).count()
    for (const spec of INDEXES) raw.exec(indexSql(spec).sql.replace(/^CREATE (UNIQUE )?INDEX /, 'CREATE $1INDEX IF NOT EXISTS '))
  }
  db.close()
  return { pop, counts, byEnterprise, generated }
}

/** BENCH_LOAD=reopen: leave the index build to the reopen, with the store's default settings */
const FAST_INDEX_BUILD = process.env.BENCH_LOAD !== 'reopen'
/** SQLite page cache of the loading connection only (closed before anything is timed) */
const LOAD_CACHE_MB = 256

/** the lists with a target, as the issue names them */
const TARGETS: Array<[label: string, what: string]> = [
  ['inbox busiest', 'steward inbox (busiest steward)'],
  ['mine heaviest', '我的办件 all (heaviest enterprise)'],
  ['mine active', '我的办件 active (heaviest enterprise)'],
  ['supervise overdue', '督办台 overdue (busiest park)'],
  ['city all', '督办台 all, city-wide (admin)']
]

export type CaseFigures = Map<string, { http: number; router: number }>

async function benchCasesAt(count: number): Promise<CaseFigures> {
  const dir = tempDir('qsj-bench-cases-')
  const file = join(dir, 'cases.db')
  const now = new Date()
  const t0 = performance.now()
  const { pop, counts, byEnterprise, generated: t1 } = await bulkLoad(file, now, count)
  const db = openSqliteDatabase({ file, indexes: INDEXES })
  const t2 = performance.now()
  console.log(
    `\n${count.toLocaleString('en')} cases generated in ${((t1 - t0) / 1000).toFixed(1)} s, indexes built in ${((t2 - t1) / 1000).toFixed(1)} s ` +
      `(${pop.enterprises.length} enterprises, ${pop.users.filter((u) => u.role === 'steward').length} stewards); ${memoryLine('loaded')}`
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
  const manager = pop.managerByPark.get(busiestPark)!.openid
  const admin = PERSONAS.find((p) => p.role === 'admin')!.openid
  console.log(
    `steward inbox: busiest ${busiest[1].open} open / ${busiest[1].all} ever assigned, median ${typical[1].open} open / ${typical[1].all}; ` +
      `我的办件: heaviest enterprise ${heaviestEnt[1]} cases, median ${typicalEnt[1]}`
  )

  const { app, host } = await startHost(db, dir)
  const page = { page: 1, pageSize: 10 }
  // the owner must see the enterprise's cases (a guest would time an empty list)
  const seen = await host.router({ action: 'case.mine', payload: { filter: 'all', ...page } }, { openid: ownerOf(heaviestEnt[0]) })
  const total = seen.ok ? (seen.data as { total: number }).total : null
  if (total !== heaviestEnt[1]) console.log(`! case.mine of the heaviest enterprise's owner counts ${total}, not ${heaviestEnt[1]}: the figures below are not 我的办件`)
  const p95 = await measure(host, [
    ['inbox busiest', 'case.inbox', { filter: 'all', ...page }, openidOf(busiest[0])],
    ['inbox median', 'case.inbox', { filter: 'all', ...page }, openidOf(typical[0])],
    ['inbox overdue', 'case.inbox', { filter: 'overdue', ...page }, openidOf(busiest[0])],
    ['mine heaviest', 'case.mine', { filter: 'all', ...page }, ownerOf(heaviestEnt[0])],
    ['mine median', 'case.mine', { filter: 'all', ...page }, ownerOf(typicalEnt[0])],
    ['mine active', 'case.mine', { filter: 'active', ...page }, ownerOf(heaviestEnt[0])],
    ['supervise overdue', 'case.supervise', { view: 'overdue', ...page }, manager],
    ['supervise all', 'case.supervise', { view: 'all', ...page }, manager],
    ['city overdue', 'case.supervise', { view: 'overdue', ...page }, admin],
    ['city all', 'case.supervise', { view: 'all', ...page }, admin]
  ])
  for (const [label, what] of TARGETS) {
    const r = p95.get(label)!
    console.log(`${what.padEnd(36)} p95 ${r.http.toFixed(2)} ms over HTTP, ${r.router.toFixed(2)} ms on the router (target ≤ ${TARGET_MS} ms) ${r.http <= TARGET_MS ? 'ok' : 'OVER TARGET'}`)
  }
  await app.close()
  db.close()
  rmSync(dir, { recursive: true, force: true })
  console.log(memoryLine(`after ${count.toLocaleString('en')} cases`))
  return p95
}

export async function benchCases(): Promise<void> {
  for (const count of sizes('BENCH_CASES', [100_000, 1_000_000])) await benchCasesAt(count)
}
