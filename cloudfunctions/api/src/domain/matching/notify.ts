/**
 * Tells an enterprise's users when a policy becomes one they are eligible for, once.
 * The verdict recorded in matchStates is what they were last told; the record and the
 * notifications are written in one transaction, so two runs at once still notify once.
 */
import type { EnterpriseProfile, MatchVerdict } from '../../../../../types'
import type { Database } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import { COLLECTIONS, type EnterpriseDoc, type PolicyDoc } from '../docs'
import { loadProfile, toProfile } from '../enterprises/profile'
import { addNotifications } from '../notifications'
// the files, not the index: domain/policies imports matching back
import { loadPolicy, loadPublishedPolicies } from '../policies/load'
import { matchStateId, type MatchStateDoc } from './docs'
import { matchPolicy } from './match'
import { forEachBatch, readAll } from '../paging'

const BATCH = 1000

type MatchablePolicy = Pick<PolicyDoc, '_id' | 'title' | 'criteria' | 'exempt' | 'expiresOn' | 'editStatus'>
const POLICY_FIELDS = { title: true, criteria: true, exempt: true, expiresOn: true, editStatus: true }

export interface EligibilityScope {
  enterpriseId?: string
  policyId?: string
}


const isLive = (p: MatchablePolicy, today: string) => p.editStatus === 'published' && !(p.expiresOn && p.expiresOn < today)

/** the entrepreneurs bound to each enterprise, looked up once per run */
function recipientsCache(db: Database): (enterpriseId: string) => Promise<string[]> {
  const cache = new Map<string, Promise<string[]>>()
  return (enterpriseId) => {
    let found = cache.get(enterpriseId)
    if (!found) {
      found = db
        .collection(COLLECTIONS.users)
        .where({ enterpriseId, role: 'entrepreneur' })
        .limit(BATCH)
        .get()
        .then(({ data }) => data.map((u) => u._id))
      cache.set(enterpriseId, found)
    }
    return found
  }
}

interface Settle {
  enterpriseId: string
  policy: MatchablePolicy
  verdict: MatchVerdict
  /** the verdict recorded when this run read the states (undefined: none) */
  stored: MatchVerdict | undefined
  /** what to assume when there is no record (null: not eligible) */
  fallback: MatchVerdict | null
}

/** records a changed verdict; true when it became eligible and the users were told */
async function settle(db: Database, s: Settle, now: Date, recipients: (id: string) => Promise<string[]>): Promise<boolean> {
  // absent and still not eligible: nothing to remember
  if (s.stored === s.verdict || (s.stored === undefined && s.verdict !== 'eligible')) return false
  const userIds = s.verdict === 'eligible' ? await recipients(s.enterpriseId) : []
  const { policy } = s
  return db.runTransaction(async (tx) => {
    const ref = tx.collection(COLLECTIONS.matchStates).doc(matchStateId(s.enterpriseId, policy._id))
    const { data } = await ref.get()
    const current = data as MatchStateDoc | null
    if (current?.verdict === s.verdict) return false
    const state: Omit<MatchStateDoc, '_id'> = { enterpriseId: s.enterpriseId, policyId: policy._id, verdict: s.verdict, updatedAt: now.toISOString() }
    await ref.set({ data: state })
    const was = current?.verdict ?? s.fallback
    if (s.verdict !== 'eligible' || was === 'eligible') return false
    const body = policy.exempt
      ? '根据企业档案，您的企业已符合该政策的条件，免申即享，无需另行申请。'
      : '根据企业档案，您的企业已符合该政策的全部条件，可查看详情并申报。'
    const link = `/packages/policy/detail/index?id=${policy._id}`
    await addNotifications(tx, userIds.map((userId) => ({ userId, kind: 'system' as const, title: `新的适用政策：${policy.title}`, body, link })), now)
    return true
  })
}

async function forEnterprise(db: Database, enterpriseId: string, now: Date, baseline?: EnterpriseProfile, onlyPolicyId?: string): Promise<number> {
  const profile = await loadProfile(db, enterpriseId)
  if (!profile) return 0
  const today = beijingYmd(now)
  const [policies, states] = await Promise.all([
    loadPublishedPolicies(db, POLICY_FIELDS),
    readAll(db, COLLECTIONS.matchStates, { enterpriseId })
  ])
  const stored = new Map(states.map((s) => [s.policyId as string, s.verdict as MatchVerdict]))
  const recipients = recipientsCache(db)
  let told = 0
  for (const policy of policies as MatchablePolicy[]) {
    if (!isLive(policy, today) || (onlyPolicyId && policy._id !== onlyPolicyId)) continue
    const verdict = matchPolicy(profile, policy.criteria, today).verdict
    const fallback = baseline ? matchPolicy(baseline, policy.criteria, today).verdict : null
    if (await settle(db, { enterpriseId, policy, verdict, stored: stored.get(policy._id), fallback }, now, recipients)) told++
  }
  return told
}

async function forPolicy(db: Database, policyId: string, now: Date): Promise<number> {
  const policy = (await loadPolicy(db, policyId)) as MatchablePolicy | null
  const today = beijingYmd(now)
  if (!policy || !isLive(policy, today)) return 0
  const states = await readAll(db, COLLECTIONS.matchStates, { policyId })
  const stored = new Map(states.map((s) => [s.enterpriseId as string, s.verdict as MatchVerdict]))
  const recipients = recipientsCache(db)
  let told = 0
  await forEachBatch(db, COLLECTIONS.enterprises, {}, async (data) => {
    for (const doc of data as EnterpriseDoc[]) {
      const verdict = matchPolicy(toProfile(doc), policy.criteria, today).verdict
      if (await settle(db, { enterpriseId: doc._id, policy, verdict, stored: stored.get(doc._id), fallback: null }, now, recipients)) told++
    }
  })
  return told
}

/**
 * Compares current verdicts with the recorded ones — for one enterprise × every live
 * published policy, one policy × every enterprise, or (both given) that one pair —
 * notifies the bound users of each pair that became eligible, once, and records the new
 * verdicts. Returns how many enterprise–policy pairs became eligible.
 *
 * `baseline` (enterprise scope) is the profile before an edit: a pair with no record is
 * judged against it, so an edit announces only what it changed, not policies the
 * enterprise already qualified for.
 */
export async function notifyNewlyEligible(db: Database, scope: EligibilityScope, now: Date, baseline?: EnterpriseProfile): Promise<number> {
  if (scope.enterpriseId) return forEnterprise(db, scope.enterpriseId, now, baseline, scope.policyId)
  if (scope.policyId) return forPolicy(db, scope.policyId, now)
  return 0
}
