/** answers meaning the case moved on under the user: show the fresh state instead */
export const STALE_CODES: ReadonlySet<string> = new Set(['CASE_STALE', 'CONFLICT', 'INVALID_TRANSITION'])

export const STALE_MESSAGE = '该办件刚刚已被他人处理，已为您显示最新状态'
