/**
 * Writes a user can repeat (double tap, retry after a timeout) carry a client
 * request id. The first arrival claims `requests/<user>:<id>` with an insert — which
 * fails for the second — and the stored answer is replayed for any later repeat.
 */
import type { ApiResult } from '../../../types'
import { apiError } from '../../../types'
import { COLLECTIONS } from './domain/docs'
import { userIdFor } from './domain/ids'
import { DB_ERR, isDbError, type Database } from './db/port'

export const REQUEST_ID_PATTERN = /^[A-Za-z0-9_-]{8,64}$/

interface RequestDoc {
  _id: string
  action: string
  status: 'pending' | 'done'
  result: ApiResult<unknown> | null
  createdAt: string
}

export async function once(
  db: Database,
  openid: string,
  action: string,
  requestId: string,
  now: Date,
  run: () => Promise<ApiResult<unknown>>
): Promise<ApiResult<unknown>> {
  const id = `${userIdFor(openid)}_${requestId}`
  const requests = db.collection(COLLECTIONS.requests)
  try {
    await requests.add({ data: { _id: id, action, status: 'pending', result: null, createdAt: now.toISOString() } })
  } catch (e) {
    if (!isDbError(e, DB_ERR.DUPLICATE_KEY)) throw e
    const { data } = await requests.doc(id).get()
    const prior = data as RequestDoc | null
    if (prior?.status === 'done' && prior.action === action && prior.result) return prior.result
    if (prior && prior.action !== action) return { ok: false, error: apiError('INVALID_INPUT', '请求编号重复，请刷新后重试') }
    return { ok: false, error: apiError('REQUEST_IN_PROGRESS') }
  }
  let result: ApiResult<unknown>
  try {
    result = await run()
  } catch (e) {
    await requests.doc(id).remove()
    throw e
  }
  if (result.ok) {
    // set(): `result` starts as null, and a nested update would merge into it field by field.
    await requests.doc(id).update({ data: { status: 'done', result: db.command.set(result) } })
  } else {
    // A refused request changed nothing: let the user correct it and send it again.
    await requests.doc(id).remove()
  }
  return result
}
