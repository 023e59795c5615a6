import Taro from '@tarojs/taro'
import type { Role } from '../../types'
import { API_BASE, REQUEST_TIMEOUT_MS, usesCloud } from './config'
import { clearDevToken, setDevToken } from './devToken'
import { ApiCallError, networkError, toApiError } from './errors'

/** A seeded identity offered by the local host's development sign-in. */
export interface Persona {
  id: string
  name: string
  role: Role
  roleLabel: string
  description: string
}

async function devRequest<T>(path: string, method: 'GET' | 'POST', data?: object): Promise<T> {
  let res: Taro.request.SuccessCallbackResult<{ ok: boolean; data?: T; error?: unknown }>
  try {
    res = await Taro.request({ url: `${API_BASE}${path}`, method, data, timeout: REQUEST_TIMEOUT_MS })
  } catch {
    throw networkError()
  }
  const body = res.data
  if (body && body.ok === true) return body.data as T
  throw new ApiCallError(toApiError(body?.error))
}

/** true when the app talks to the local development host rather than WeChat cloud */
export function isDevTransport(): boolean {
  return !usesCloud()
}

export function listPersonas(): Promise<Persona[]> {
  return devRequest<Persona[]>('/dev/personas', 'GET')
}

export async function devSignIn(personaId: string): Promise<void> {
  const { token } = await devRequest<{ token: string }>('/dev/signin', 'POST', { personaId })
  setDevToken(token)
}

export function signOut(): void {
  clearDevToken()
}
