/* eslint-disable @typescript-eslint/no-explicit-any -- results are inspected loosely with toMatchObject */
/**
 * Test bed: a real embedded database in a temporary file, a router over it with a
 * controllable clock, and a small fixture of parks, enterprises and staff.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { INDEXES, SEARCH_INDEXES } from '../../cloudfunctions/api/src/db/indexes'
import { COLLECTIONS, type EnterpriseDoc, type UserDoc } from '../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../cloudfunctions/api/src/domain/ids'
import { seedApprovedMember } from '../../cloudfunctions/api/src/domain/membership/seed'
import { createRouter, type Logger } from '../../cloudfunctions/api/src/router'
import { openSqliteDatabase, type SqliteDatabase } from '../../server/db/sqlite'
import { outboxMessenger } from '../../server/messenger/outboxMessenger'
import { wordListChecker } from '../../server/contentCheck/wordListChecker'
import { checkCharacter, RATE_LIMIT_CLASSES, WRITE_ACTIONS, type ActionName, type ApiResult, type RateLimitSettings, type Role } from '../../types'
import type { Database } from '../../cloudfunctions/api/src/db/port'
import { loadRateLimits } from '../../cloudfunctions/api/src/limits'
import { recorded, recordingDatabase } from './index-coverage/shapes'

export class TestClock {
  constructor(public current = new Date('2026-11-20T02:00:00.000Z')) {}
  now = (): Date => new Date(this.current)
  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86400_000)
  }
}

export interface Bed {
  db: SqliteDatabase
  clock: TestClock
  logs: Array<{ fields: Record<string, unknown>; message: string }>
  /**
   * call an action as `openid` (null: no identity); a write gets a fresh request id
   * unless one is given (send a raw event with `route` to leave it out)
   */
  call(openid: string | null, action: string, payload?: unknown, requestId?: string, ip?: string): Promise<ApiResult<any>>
  /** raw event, for envelope-level tests */
  route(event: unknown, openid: string | null, ip?: string): Promise<ApiResult<any>>
  close(): void
}

export interface BedOptions {
  /**
   * The admin's rate limits as stored (default: the stored limits × 1000). The test clock
   * stands still, so a whole test falls in one window; only tests of the limits want them
   * as strict as in production.
   */
  strictLimits?: boolean
}

let requestSeq = 0
const freshRequestId = (): string => `bed-${process.pid}-${++requestSeq}`

export function openBed(options: BedOptions = {}): Bed {
  const dir = mkdtempSync(join(tmpdir(), 'qsj-test-'))
  // queries from cloudfunctions/ are recorded for the index-coverage check (index-coverage/setup.ts)
  const db = recordingDatabase(openSqliteDatabase({ file: join(dir, 'test.db'), indexes: INDEXES, searchIndexes: SEARCH_INDEXES }), (s) => recorded.push(s))
  const clock = new TestClock()
  const logs: Bed['logs'] = []
  const logger: Logger = { error: (fields, message) => logs.push({ fields, message }) }
  const rateLimits = options.strictLimits ? undefined : async (d: Database) => relaxed(await loadRateLimits(d))
  const router = createRouter({ db, clock, logger, devMode: true, messenger: outboxMessenger(db, clock), contentCheck: wordListChecker(), rateLimits })
  return {
    db,
    clock,
    logs,
    call: (openid, action, payload = {}, requestId, ip) => {
      const id = requestId ?? (WRITE_ACTIONS.has(action as ActionName) ? freshRequestId() : undefined)
      return router({ action, payload, requestId: id }, { openid, ip })
    },
    route: (event, openid, ip) => router(event, { openid, ip }),
    close: () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    }
  }
}

function relaxed(settings: RateLimitSettings): RateLimitSettings {
  const out = { ...settings }
  for (const cls of RATE_LIMIT_CLASSES) out[cls] = { ...settings[cls], perAccount: settings[cls].perAccount * 1000, perIp: settings[cls].perIp * 1000 }
  return out
}

export const code = (first17: string): string => first17 + checkCharacter(first17)

export const FIX = {
  parkA: 'park-a',
  parkB: 'park-b',
  entA: { _id: 'ent-a', name: '湘潭示例精工（有限）公司', creditCode: code('91430300MA4L00001'), parkId: 'park-a' },
  entA2: { _id: 'ent-a2', name: '湘潭第二示例材料有限公司', creditCode: code('91430300MA4L00002'), parkId: 'park-a' },
  entB: { _id: 'ent-b', name: '岳塘示例物流有限公司', creditCode: code('91430304MA4L00003'), parkId: 'park-b' },
  // openids
  guest: 'oid-guest',
  guest2: 'oid-guest-2',
  ownerA: 'oid-owner-a',
  ownerB: 'oid-owner-b',
  stewardA: 'oid-steward-a',
  managerA: 'oid-manager-a',
  managerB: 'oid-manager-b',
  admin: 'oid-admin'
}

function user(openid: string, role: Role, parkId: string | null, enterpriseId: string | null, name: string): UserDoc {
  return { _id: userIdFor(openid), openid, role, name, phone: '13800000000', parkId, enterpriseId, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }
}

export async function seedFixture(bed: Bed): Promise<void> {
  const { db } = bed
  for (const [id, name] of [[FIX.parkA, '示例高新区'], [FIX.parkB, '示例经开区']]) {
    await db.collection(COLLECTIONS.parks).doc(id).set({ data: { name, district: '示例区', intro: '' } })
  }
  for (const e of [FIX.entA, FIX.entA2, FIX.entB]) {
    const doc: Omit<EnterpriseDoc, '_id'> = { name: e.name, creditCode: e.creditCode, parkId: e.parkId, industry: '智能制造', scale: '小型', foundedOn: '2020-05-01', stewardId: null }
    await db.collection(COLLECTIONS.enterprises).doc(e._id).set({ data: doc })
  }
  const users = [
    user(FIX.ownerA, 'entrepreneur', FIX.parkA, FIX.entA._id, '甲企业主'),
    user(FIX.ownerB, 'entrepreneur', FIX.parkB, FIX.entB._id, '乙企业主'),
    user(FIX.stewardA, 'steward', FIX.parkA, null, '管家甲'),
    user(FIX.managerA, 'manager', FIX.parkA, null, '管理员甲'),
    user(FIX.managerB, 'manager', FIX.parkB, null, '管理员乙'),
    user(FIX.admin, 'admin', null, null, '市级管理员')
  ]
  for (const { _id, ...rest } of users) await db.collection(COLLECTIONS.users).doc(_id).set({ data: rest })
  // the owners are their enterprises' first approved members, hence their 企业管理员
  await approveMember(bed, FIX.ownerA, FIX.entA._id)
  await approveMember(bed, FIX.ownerB, FIX.entB._id)
}

/**
 * Makes an existing user an approved member of an enterprise (membership, roster and the
 * cached role on the user document), as the seed does. A user document that merely says
 * 'entrepreneur' counts as a guest: every fixture of an enterprise user needs this.
 * The first member of an enterprise becomes its admin unless `isAdmin` says otherwise.
 */
export async function approveMember(bed: Bed, openid: string, enterpriseId: string, opts: { isAdmin?: boolean } = {}): Promise<void> {
  await seedApprovedMember(bed.db, { userId: userIdFor(openid), enterpriseId, isAdmin: opts.isAdmin })
}

/**
 * Bookkeeping that write actions leave whatever the domain did: the rate-limit counters (every
 * attempt counts, decision 0012), the answered request records (replayed on a repeat, 0013) and
 * the database's global revision. Proofs that a call changed nothing leave them out; a refused
 * call leaves no request record (test/unit/trust checks every table).
 */
const BOOKKEEPING = new Set<string>([COLLECTIONS.rateLimits, COLLECTIONS.requests, '$meta'])

/** Document count of every collection, to prove that a refused call wrote nothing. */
export async function snapshotCounts(bed: Bed): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const name of [...Object.values(COLLECTIONS), 'meta'].filter((n) => !BOOKKEEPING.has(n))) {
    const { total } = await bed.db.collection(name).count()
    out[name] = total
  }
  return out
}

/**
 * A stable digest of every stored document, to prove that nothing changed at all.
 * Empty tables are left out: a read may create a collection's table, which stores nothing.
 */
export function digest(bed: Bed): string {
  const tables = bed.db.raw.prepare("select name from sqlite_master where type='table' order by name").all() as Array<{ name: string }>
  return tables
    .filter(({ name }) => !BOOKKEEPING.has(name))
    .map(({ name }) => {
      const rows = bed.db.raw.prepare(`select * from "${name}" order by 1`).all()
      return rows.length ? `${name}:${JSON.stringify(rows)}` : ''
    })
    .filter(Boolean)
    .join('\n')
}
