/**
 * A steward's public record, from real cases: how fast they first respond, how often
 * they resolve on time, and how satisfied enterprises were.
 */
import { RATING_LEVELS, type StewardRecord } from '../../../../../types'
import type { Database } from '../../db/port'
import { COLLECTIONS, type CaseDoc, type ParkDoc, type UserDoc } from '../docs'
import { fail } from '../errors'

/** the median covers the most recent responses; older ones say less about the steward today */
const MEDIAN_SAMPLE = 1000
const GOOD_LEVELS = RATING_LEVELS.slice(0, 3) as string[]

export function median(values: number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

const share = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole)

export async function stewardRecord(db: Database, stewardId: string): Promise<StewardRecord> {
  const { data } = await db.collection(COLLECTIONS.users).doc(stewardId).get()
  const steward = data as UserDoc | null
  if (!steward || steward.role !== 'steward') fail('NOT_FOUND', '未找到该企业管家')
  const _ = db.command
  const cases = db.collection(COLLECTIONS.cases)
  const [park, responses, resolved, onTime, rated, good] = await Promise.all([
    steward.parkId ? db.collection(COLLECTIONS.parks).doc(steward.parkId).get() : Promise.resolve({ data: null }),
    cases.where({ firstResponderId: stewardId }).orderBy('firstResponseAt', 'desc').field({ createdAt: true, firstResponseAt: true }).limit(MEDIAN_SAMPLE).get(),
    cases.where({ resolverId: stewardId }).count(),
    cases.where({ resolverId: stewardId, resolvedOnTime: true }).count(),
    cases.where({ resolverId: stewardId, 'rating.level': _.in([...RATING_LEVELS]) }).count(),
    cases.where({ resolverId: stewardId, 'rating.level': _.in(GOOD_LEVELS) }).count()
  ])
  const minutes = (responses.data as unknown as Array<Pick<CaseDoc, 'createdAt' | 'firstResponseAt'>>)
    .filter((c) => c.firstResponseAt)
    .map((c) => Math.max(0, (Date.parse(c.firstResponseAt as string) - Date.parse(c.createdAt)) / 60_000))
  const med = median(minutes)
  return {
    stewardId,
    name: steward.name,
    parkName: (park.data as ParkDoc | null)?.name ?? '',
    resolvedCount: resolved.total,
    medianFirstResponseMinutes: med === null ? null : Math.round(med),
    onTimeRate: share(onTime.total, resolved.total),
    satisfaction: share(good.total, rated.total),
    ratedCount: rated.total
  }
}
