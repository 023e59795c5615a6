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
  { collection: 'notices', name: 'status_publishedAt', fields: [{ field: 'status', direction: 'asc' }, { field: 'publishedAt', direction: 'desc' }] }
]
