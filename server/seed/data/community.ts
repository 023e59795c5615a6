/**
 * Seeds the community sections (管家团队 cards and assignments, 企业商圈, 潭商讲堂) and the
 * delivery of the targeted notices. Runs on a fresh data folder after the people exist,
 * and once on a folder seeded by an older version: it adds what is missing and never
 * undoes what users did since (a card a steward edited, a steward a manager assigned).
 * Everything has a fixed id and is written with set(), so a rerun ends in the same state.
 */
import type { Database } from '../../../cloudfunctions/api/src/db/port'
import { CIRCLE_COLLECTIONS } from '../../../cloudfunctions/api/src/domain/circle/docs'
import { COLLECTIONS, type EnterpriseDoc, type NoticeDoc, type NotificationDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { LECTURE_COLLECTIONS } from '../../../cloudfunctions/api/src/domain/lectures/docs'
import { entrepreneursOf, enterpriseCondition } from '../../../cloudfunctions/api/src/domain/publishing/audience'
import { notificationIdFor } from '../../../cloudfunctions/api/src/domain/publishing/delivery'
import { STEWARD_COLLECTIONS, type AssignmentDoc, type StewardUserDoc } from '../../../cloudfunctions/api/src/domain/stewards/docs'
import { ENTERPRISES } from './enterprises'
import { buildLectures } from './lectures'
import { MEMBERS } from './members'
import { buildScheduledNews } from './newsMore'
import { MORE_NOTICES } from './noticesMore'
import { person, personaUser } from './people'
import { PERSONAS, STEWARD_ASSIGNMENTS } from './personas'
import { buildPosts } from './posts'
import { MORE_STEWARDS, STEWARD_CARDS } from './stewardCards'

/** the first assignment of the demo stewards, this long before seeding */
const FIRST_ASSIGNED_DAYS_AGO = 120

async function put<T extends { _id: string }>(db: Database, collection: string, doc: T): Promise<void> {
  const { _id, ...data } = doc
  await db.collection(collection).doc(_id).set({ data })
}

async function exists(db: Database, collection: string, id: string): Promise<boolean> {
  return !!(await db.collection(collection).doc(id).get()).data
}

/** the extra stewards and the member accounts appear; every steward without a card gets the demo one */
async function seedPeople(db: Database, at: string): Promise<void> {
  for (const p of [...MORE_STEWARDS, ...MEMBERS]) {
    if (!(await exists(db, COLLECTIONS.users, person(p.id).userId))) await put(db, COLLECTIONS.users, personaUser(p, at))
  }
  for (const p of [...PERSONAS, ...MORE_STEWARDS]) {
    const card = STEWARD_CARDS[p.id]
    if (!card) continue
    const ref = db.collection(COLLECTIONS.users).doc(person(p.id).userId)
    const user = (await ref.get()).data as StewardUserDoc | null
    if (user?.role === 'steward' && !user.title) await ref.update({ data: { ...card, updatedAt: at } })
  }
}

/**
 * Every demo enterprise without a steward gets its demo steward; each enterprise that still
 * has its demo steward gets the history record of that first assignment.
 */
async function seedAssignments(db: Database, now: Date): Promise<void> {
  const admin = person('admin-city')
  const long = new Date(now.getTime() - FIRST_ASSIGNED_DAYS_AGO * 86_400_000).toISOString()
  for (const ent of ENTERPRISES) {
    const stewardSeed = STEWARD_ASSIGNMENTS[ent._id]
    if (!stewardSeed) continue
    const steward = person(stewardSeed)
    const ref = db.collection(COLLECTIONS.enterprises).doc(ent._id)
    const doc = (await ref.get()).data as EnterpriseDoc | null
    if (!doc) continue
    let at = long
    if (!doc.stewardId) {
      at = now.toISOString()
      await ref.update({ data: { stewardId: steward.userId } })
    } else if (doc.stewardId !== steward.userId) continue
    const record: AssignmentDoc = {
      _id: `seed-assign-${ent._id}`,
      enterpriseId: ent._id,
      enterpriseName: doc.name,
      parkId: doc.parkId,
      fromStewardId: null,
      fromStewardName: null,
      toStewardId: steward.userId,
      toStewardName: steward.name,
      byId: admin.userId,
      byName: admin.name,
      reason: '首次配备企业管家',
      at
    }
    if (!(await exists(db, STEWARD_COLLECTIONS.assignments, record._id))) await put(db, STEWARD_COLLECTIONS.assignments, record)
  }
}

/**
 * The notifications a finished delivery of the demo notices left: one per enterprise user
 * in the audience, as the users stand now. Members have read about two in three; the
 * personas' are unread, so the notification centre has something new in the demo.
 * No subscribe message is sent for them.
 */
export async function deliverSeedNotices(db: Database, notices: NoticeDoc[] = MORE_NOTICES): Promise<void> {
  const personaIds = new Set(PERSONAS.map((p) => person(p.id).userId))
  for (const notice of notices) {
    const { data } = await db.collection(COLLECTIONS.enterprises).where(enterpriseCondition(db, notice)).orderBy('_id', 'asc').limit(1000).field({ _id: true }).get()
    const users = await entrepreneursOf(db, data.map((e) => e._id))
    for (const [i, userId] of users.entries()) {
      const read = !personaIds.has(userId) && i % 3 !== 2
      const doc: NotificationDoc = {
        _id: notificationIdFor(notice._id, userId),
        userId,
        kind: 'notice',
        title: notice.urgent ? `【紧急】${notice.title}` : notice.title,
        body: notice.body.length <= 60 ? notice.body : notice.body.slice(0, 59) + '…',
        link: `/packages/notice/detail/index?id=${encodeURIComponent(notice._id)}`,
        caseId: null,
        noticeId: notice._id,
        createdAt: notice.publishedAt,
        readAt: read ? new Date(Date.parse(notice.publishedAt) + (i + 1) * 3_600_000).toISOString() : null,
        template: null,
        pushState: 'none'
      }
      await put(db, COLLECTIONS.notifications, doc)
    }
  }
}

export async function seedCommunity(db: Database, now: Date): Promise<void> {
  const at = now.toISOString()
  await seedPeople(db, at)
  await seedAssignments(db, now)
  const { posts, contacts } = buildPosts(now)
  for (const p of posts) await put(db, CIRCLE_COLLECTIONS.posts, p)
  for (const c of contacts) await put(db, CIRCLE_COLLECTIONS.postContacts, c)
  const { lectures, signups } = buildLectures(now)
  for (const l of lectures) await put(db, LECTURE_COLLECTIONS.lectures, l)
  for (const s of signups) await put(db, LECTURE_COLLECTIONS.lectureSignups, s)
  for (const n of buildScheduledNews(now)) await put(db, COLLECTIONS.news, n)
  await deliverSeedNotices(db)
}
