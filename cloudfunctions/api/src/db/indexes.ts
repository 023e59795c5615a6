import type { IndexSpec, SearchIndexSpec } from './port'

/**
 * Every index the app relies on, declared once. The embedded database creates them at
 * open; `npm run build:functions` writes them to `dist/cloud-indexes.json` for the
 * cloud console (see README, "Deploying").
 */
export const INDEXES: IndexSpec[] = [
  { collection: 'enterprises', name: 'creditCode_unique', fields: [{ field: 'creditCode', direction: 'asc' }], unique: true },
  { collection: 'enterprises', name: 'parkId_id', fields: [{ field: 'parkId', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'users', name: 'openid_unique', fields: [{ field: 'openid', direction: 'asc' }], unique: true },
  { collection: 'users', name: 'role_parkId_name', fields: [{ field: 'role', direction: 'asc' }, { field: 'parkId', direction: 'asc' }, { field: 'name', direction: 'asc' }] },
  { collection: 'invites', name: 'parkId_createdAt', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'news', name: 'status_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'news', name: 'category_publishedAt', fields: [{ field: 'category', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'notices', name: 'status_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notifications', name: 'userId_createdAt', fields: [{ field: 'userId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'notifications', name: 'userId_readAt_createdAt', fields: [{ field: 'userId', direction: 'asc' }, { field: 'readAt', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'notifications', name: 'pushState_createdAt', fields: [{ field: 'pushState', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }] },
  // cases: every list has a compound index with its equality fields, then its sort key and
  // _id (the cursor's tie-break, domain/paging.ts), in the list's direction
  // 我的办件: status after the sort, so the active/done filters (status in [...]) and their counts
  // are read off the index, in createdAt order, without reading every case of the enterprise
  { collection: 'cases', name: 'enterpriseId_createdAt_status', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }, { field: 'status', direction: 'asc' }] },
  { collection: 'cases', name: 'assigneeId_open_nextDeadlineAt', fields: [{ field: 'assigneeId', direction: 'asc' }, { field: 'open', direction: 'asc', boolean: true }, { field: 'nextDeadlineAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'cases', name: 'parkId_open_nextDeadlineAt', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'open', direction: 'asc', boolean: true }, { field: 'nextDeadlineAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'cases', name: 'open_nextDeadlineAt', fields: [{ field: 'open', direction: 'asc', boolean: true }, { field: 'nextDeadlineAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'cases', name: 'parkId_status_createdAt', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'cases', name: 'status_createdAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'cases', name: 'parkId_createdAt', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'cases', name: 'createdAt', fields: [{ field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'cases', name: 'nextDeadlineAt', fields: [{ field: 'nextDeadlineAt', direction: 'asc' }] },
  { collection: 'cases', name: 'nextEscalationAt', fields: [{ field: 'nextEscalationAt', direction: 'asc' }] },
  { collection: 'cases', name: 'rateReminderAt', fields: [{ field: 'rateReminderAt', direction: 'asc' }] },
  { collection: 'cases', name: 'firstResponderId_firstResponseAt', fields: [{ field: 'firstResponderId', direction: 'asc' }, { field: 'firstResponseAt', direction: 'desc' }] },
  { collection: 'cases', name: 'resolverId', fields: [{ field: 'resolverId', direction: 'asc' }] },
  { collection: 'cases', name: 'rectified_at', fields: [{ field: 'rectified.at', direction: 'desc' }] },
  // 惠企服务 catalogue and appointments (domain/services, domain/appointments)
  { collection: 'services', name: 'active_categoryRank_name', fields: [{ field: 'active', direction: 'asc' }, { field: 'categoryRank', direction: 'asc' }, { field: 'name', direction: 'asc' }] },
  { collection: 'slots', name: 'endsAt_startsAt', fields: [{ field: 'endsAt', direction: 'asc' }, { field: 'startsAt', direction: 'asc' }] },
  { collection: 'slots', name: 'kind_endsAt', fields: [{ field: 'kind', direction: 'asc' }, { field: 'endsAt', direction: 'asc' }] },
  { collection: 'bookings', name: 'enterpriseId_slotId', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'slotId', direction: 'asc' }] },
  // 一企一档 and matching (domain/enterprises, domain/matching)
  { collection: 'profileChanges', name: 'enterpriseId_at', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'at', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'matchStates', name: 'enterpriseId_id', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'matchStates', name: 'policyId_id', fields: [{ field: 'policyId', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'users', name: 'enterpriseId_role_id', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'role', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  // 涉企政策 library (domain/policies): lists, manager console, favourites, reminders
  { collection: 'policies', name: 'editStatus_publishedAt', fields: [{ field: 'editStatus', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'policies', name: 'editStatus_applyUntil', fields: [{ field: 'editStatus', direction: 'asc' }, { field: 'applyUntil', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'policies', name: 'ownerParkId_updatedAt', fields: [{ field: 'ownerParkId', direction: 'asc' }, { field: 'updatedAt', direction: 'desc' }] },
  { collection: 'policies', name: 'title', fields: [{ field: 'title', direction: 'asc' }] },
  { collection: 'favourites', name: 'userId_createdAt', fields: [{ field: 'userId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'favourites', name: 'policyId_id', fields: [{ field: 'policyId', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  // 管家团队 (domain/stewards): enterprises in a steward's care, the assignment history
  { collection: 'enterprises', name: 'stewardId_name', fields: [{ field: 'stewardId', direction: 'asc' }, { field: 'name', direction: 'asc' }] },
  { collection: 'stewardAssignments', name: 'parkId_at', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'at', direction: 'desc' }] },
  { collection: 'stewardAssignments', name: 'enterpriseId_at', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'at', direction: 'desc' }] },
  { collection: 'stewardAssignments', name: 'toStewardId_at', fields: [{ field: 'toStewardId', direction: 'asc' }, { field: 'at', direction: 'desc' }] },
  { collection: 'stewardAssignments', name: 'fromStewardId_at', fields: [{ field: 'fromStewardId', direction: 'asc' }, { field: 'at', direction: 'desc' }] },
  { collection: 'stewardAssignments', name: 'at', fields: [{ field: 'at', direction: 'desc' }] },
  // 潭商讲堂 (domain/lectures): upcoming/past lists, the reminder window, sign-up lists, my sign-ups
  { collection: 'lectures', name: 'endsAt_startsAt', fields: [{ field: 'endsAt', direction: 'asc' }, { field: 'startsAt', direction: 'asc' }] },
  { collection: 'lectures', name: 'startsAt_id', fields: [{ field: 'startsAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'lectureSignups', name: 'lectureId_signedUpAt', fields: [{ field: 'lectureId', direction: 'asc' }, { field: 'signedUpAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'lectureSignups', name: 'userId_lectureId', fields: [{ field: 'userId', direction: 'asc' }, { field: 'lectureId', direction: 'asc' }] },
  // 企业商圈 (domain/circle): public list, 我的发布, moderation queue, contact requests
  { collection: 'posts', name: 'status_createdAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'posts', name: 'enterpriseId_createdAt', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'posts', name: 'status_updatedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'updatedAt', direction: 'asc' }] },
  { collection: 'postContacts', name: 'posterEnterpriseId_createdAt', fields: [{ field: 'posterEnterpriseId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  // rate-limit windows that ended (limits/) and due outbox effects (domain/effects), for the sweep
  { collection: 'rateLimits', name: 'expiresAt', fields: [{ field: 'expiresAt', direction: 'asc' }] },
  { collection: 'effects', name: 'state_dueAt', fields: [{ field: 'state', direction: 'asc' }, { field: 'dueAt', direction: 'asc' }] },
  // 营商动态 and 通知发布, manager side (domain/publishing): consoles, the schedule sweep, delivery and 已读 counts
  { collection: 'news', name: 'authorParkId_updatedAt', fields: [{ field: 'authorParkId', direction: 'asc' }, { field: 'updatedAt', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notices', name: 'ownerParkId_updatedAt', fields: [{ field: 'ownerParkId', direction: 'asc' }, { field: 'updatedAt', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notices', name: 'delivery_state', fields: [{ field: 'delivery.state', direction: 'asc' }] },
  { collection: 'notifications', name: 'noticeId_readAt', fields: [{ field: 'noticeId', direction: 'asc' }, { field: 'readAt', direction: 'asc' }] },
  { collection: 'enterprises', name: 'industry_parkId', fields: [{ field: 'industry', direction: 'asc' }, { field: 'parkId', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  // 企业认证 (domain/membership): the park queue by key, a steward's enterprises, members, invites;
  // individual consults of 待认证 users (case.mine without an enterprise)
  { collection: 'memberships', name: 'queueKey_createdAt', fields: [{ field: 'queueKey', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'memberships', name: 'enterpriseId_status_createdAt', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'memberInvites', name: 'enterpriseId_createdAt', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'cases', name: 'submitterId_createdAt', fields: [{ field: 'submitterId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  // found by the index-coverage check (test/unit/index-coverage): walks in _id order, consoles, the city-wide views
  { collection: 'cases', name: 'type_createdAt', fields: [{ field: 'type', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }, { field: '_id', direction: 'desc' }] },
  { collection: 'enterprises', name: 'industry_id', fields: [{ field: 'industry', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'enterprises', name: 'parkId_name', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'name', direction: 'asc' }] },
  { collection: 'enterprises', name: 'name', fields: [{ field: 'name', direction: 'asc' }] },
  { collection: 'follows', name: 'categories_id', fields: [{ field: 'categories', direction: 'asc', array: true }, { field: '_id', direction: 'asc' }] },
  { collection: 'lectureSignups', name: 'lectureId_state_id', fields: [{ field: 'lectureId', direction: 'asc' }, { field: 'state', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'memberships', name: 'status_createdAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'news', name: 'updatedAt_publishedAt', fields: [{ field: 'updatedAt', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'news', name: 'status_updatedAt_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'updatedAt', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notices', name: 'updatedAt_publishedAt', fields: [{ field: 'updatedAt', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notices', name: 'status_urgent_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'urgent', direction: 'desc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'invites', name: 'createdAt', fields: [{ field: 'createdAt', direction: 'desc' }] },
  { collection: 'policies', name: 'updatedAt', fields: [{ field: 'updatedAt', direction: 'desc' }] },
  { collection: 'policies', name: 'editStatus_updatedAt', fields: [{ field: 'editStatus', direction: 'asc' }, { field: 'updatedAt', direction: 'desc' }] },
  { collection: 'requests', name: 'createdAt', fields: [{ field: 'createdAt', direction: 'asc' }] },
  { collection: 'slots', name: 'startsAt_id', fields: [{ field: 'startsAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] },
  { collection: 'slots', name: 'kind_startsAt_id', fields: [{ field: 'kind', direction: 'asc' }, { field: 'startsAt', direction: 'asc' }, { field: '_id', direction: 'asc' }] }
]

/**
 * Collections read whole or sorted without an index: each holds a few dozen documents at
 * most (parks, the holiday calendars, the 惠企服务 catalogue), so the cloud needs none.
 * The index-coverage check (test/unit/index-coverage) accepts any query on them.
 */
export const SMALL_COLLECTIONS: readonly string[] = ['parks', 'calendars', 'services']

/**
 * Full-text search indexes (Database.search), fields from the most to the least important.
 * Locally an FTS5 trigram table kept in step by triggers; the cloud scans with regexps.
 */
export const SEARCH_INDEXES: SearchIndexSpec[] = [
  {
    collection: 'policies',
    fields: ['title', 'docNumber', 'summary', 'bodyText'],
    // what policy.search and the manager's list filter and sort on
    filterFields: ['editStatus', 'expiresOn', 'publishedAt', 'updatedAt', 'categories', 'level', 'benefitType', 'exempt', 'industries', 'scales', 'parkIds', 'ownerParkId']
  },
  // 企业商圈 (post.list with a search word); never the contact fields
  { collection: 'posts', fields: ['title', 'text', 'enterpriseName'], filterFields: ['status', 'validUntil', 'kind', 'industry', 'parkId', 'createdAt'] }
]
