import Taro from '@tarojs/taro'
import type { ApiResult, Envelope } from '../../types'
import { API_BASE, API_FUNCTION, CLOUD_ENV, REQUEST_TIMEOUT_MS, usesCloud } from './config'
import { getDevToken } from './devToken'
import { httpError, networkError } from './errors'

export type Transport = (envelope: Envelope) => Promise<ApiResult<unknown>>

let cloudReady = false

/** Initialises the cloud SDK once (calls and uploads both need it). */
export function ensureCloud(): void {
  if (!cloudReady) {
    Taro.cloud.init({ env: CLOUD_ENV, traceUser: true })
    cloudReady = true
  }
}

/** WeChat cloud: identity comes from the call context, nothing to attach. */
const cloudTransport: Transport = async (envelope) => {
  ensureCloud()
  let result: unknown
  try {
    const res = await Taro.cloud.callFunction({ name: API_FUNCTION, data: envelope as unknown as Record<string, unknown> })
    result = res.result
  } catch {
    throw networkError()
  }
  // the function answered, but not in the app's shape (it crashed before the router): a server fault
  const body = appResult(result)
  if (!body) throw httpError(500)
  return body
}

/** Local host: POST /api/<action>; the development session travels as a bearer token. */
const httpTransport: Transport = async (envelope) => {
  const token = getDevToken()
  let res: Taro.request.SuccessCallbackResult<ApiResult<unknown>>
  try {
    res = await Taro.request<ApiResult<unknown>>({
      url: `${API_BASE}/api/${envelope.action}`,
      method: 'POST',
      data: { payload: envelope.payload, requestId: envelope.requestId },
      header: token ? { Authorization: `Bearer ${token}` } : {},
      timeout: REQUEST_TIMEOUT_MS
    })
  } catch {
    // no answer at all (offline, refused, timed out): only this is a network failure
    throw networkError()
  }
  // Taro.request resolves on HTTP 4xx/5xx too: an answer in the app's shape is passed on as it is
  const body = appResult(res.data)
  if (body) return body
  // something else answered (a proxy's error page, an old host): say what the status means
  throw httpError(res.statusCode)
}

/** the body when it is the app's `{ ok, ... }` answer (a string body is parsed first) */
export function appResult(data: unknown): ApiResult<unknown> | null {
  let body = data
  if (typeof body === 'string') {
    try {
      body = JSON.parse(body)
    } catch {
      return null
    }
  }
  if (!body || typeof body !== 'object' || typeof (body as { ok?: unknown }).ok !== 'boolean') return null
  const result = body as ApiResult<unknown>
  // a failure must carry its error object, or it is not the app's answer
  if (!result.ok && (!result.error || typeof result.error !== 'object')) return null
  return result
}

export function currentTransport(): Transport {
  return usesCloud() ? cloudTransport : httpTransport
}
