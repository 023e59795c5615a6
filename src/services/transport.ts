import Taro from '@tarojs/taro'
import type { ApiResult, Envelope } from '../../types'
import { API_BASE, API_FUNCTION, CLOUD_ENV, REQUEST_TIMEOUT_MS, usesCloud } from './config'
import { getDevToken } from './devToken'
import { networkError } from './errors'

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
  try {
    const res = await Taro.cloud.callFunction({ name: API_FUNCTION, data: envelope as unknown as Record<string, unknown> })
    return res.result as ApiResult<unknown>
  } catch {
    throw networkError()
  }
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
    throw networkError()
  }
  const body = res.data
  if (!body || typeof body !== 'object' || typeof (body as { ok?: unknown }).ok !== 'boolean') throw networkError()
  return body
}

export function currentTransport(): Transport {
  return usesCloud() ? cloudTransport : httpTransport
}
