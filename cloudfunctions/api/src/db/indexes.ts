import type { IndexSpec } from './port'

/**
 * Every index the app relies on, declared once. The embedded database creates them at
 * open; `npm run build:functions` writes them to `dist/cloud-indexes.json` for the
 * cloud console (see README, "Deploying").
 */
export const INDEXES: IndexSpec[] = [
  { collection: 'enterprises', name: 'creditCode_unique', fields: [{ field: 'creditCode', direction: 'asc' }], unique: true },
  { collection: 'enterprises', name: 'parkId', fields: [{ field: 'parkId', direction: 'asc' }] },
  { collection: 'users', name: 'openid_unique', fields: [{ field: 'openid', direction: 'asc' }], unique: true },
  { collection: 'users', name: 'role_parkId', fields: [{ field: 'role', direction: 'asc' }, { field: 'parkId', direction: 'asc' }] },
  { collection: 'invites', name: 'parkId_createdAt', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'news', name: 'status_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'news', name: 'category_publishedAt', fields: [{ field: 'category', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notices', name: 'status_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] },
  { collection: 'notifications', name: 'userId_createdAt', fields: [{ field: 'userId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'notifications', name: 'userId_readAt', fields: [{ field: 'userId', direction: 'asc' }, { field: 'readAt', direction: 'asc' }] },
  { collection: 'notifications', name: 'pushState_createdAt', fields: [{ field: 'pushState', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }] },
  // cases: each list selects through the first field of one index (see domain/cases/keys.ts)
  { collection: 'cases', name: 'enterpriseId_createdAt', fields: [{ field: 'enterpriseId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'cases', name: 'inboxKey_nextDeadlineAt', fields: [{ field: 'inboxKey', direction: 'asc' }, { field: 'nextDeadlineAt', direction: 'asc' }] },
  { collection: 'cases', name: 'parkOpenKey_nextDeadlineAt', fields: [{ field: 'parkOpenKey', direction: 'asc' }, { field: 'nextDeadlineAt', direction: 'asc' }] },
  { collection: 'cases', name: 'statusParkKey_createdAt', fields: [{ field: 'statusParkKey', direction: 'asc' }, { field: 'createdAt', direction: 'asc' }] },
  { collection: 'cases', name: 'parkId_createdAt', fields: [{ field: 'parkId', direction: 'asc' }, { field: 'createdAt', direction: 'desc' }] },
  { collection: 'cases', name: 'createdAt', fields: [{ field: 'createdAt', direction: 'desc' }] },
  { collection: 'cases', name: 'nextDeadlineAt', fields: [{ field: 'nextDeadlineAt', direction: 'asc' }] },
  { collection: 'cases', name: 'nextEscalationAt', fields: [{ field: 'nextEscalationAt', direction: 'asc' }] },
  { collection: 'cases', name: 'rateReminderAt', fields: [{ field: 'rateReminderAt', direction: 'asc' }] },
  { collection: 'cases', name: 'firstResponderId_firstResponseAt', fields: [{ field: 'firstResponderId', direction: 'asc' }, { field: 'firstResponseAt', direction: 'desc' }] },
  { collection: 'cases', name: 'resolverId', fields: [{ field: 'resolverId', direction: 'asc' }] },
  { collection: 'cases', name: 'rectified_at', fields: [{ field: 'rectified.at', direction: 'desc' }] }
]
