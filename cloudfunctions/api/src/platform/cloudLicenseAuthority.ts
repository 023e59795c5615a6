/**
 * The cloud 电子营业执照 authorisation port. In the mini-program the user authorises with
 * the national electronic business licence; the page receives an authorisation code, and
 * this function has it verified server-side by the verification service the office has
 * contracted (it answers who authorised, for which enterprise, in which capacity).
 *
 * Configured by this function's environment variables:
 *   LICENSE_AUTH_ENDPOINT   https URL of the verification service
 *   LICENSE_AUTH_APPID      the office's app id at that service
 *   LICENSE_AUTH_SECRET     the shared secret that signs each request (HMAC-SHA256)
 *   LICENSE_AUTH_TIMEOUT_MS optional, default 5000
 * Unconfigured, the port says `available: false` and membership.licenseAuth answers
 * LICENSE_AUTH_UNAVAILABLE: nothing is ever approved on an unverified code.
 *
 * Request: POST JSON { appid, authCode, openid, timestamp, nonce } with header
 * `X-Signature: hex(HMAC-SHA256(secret, appid + "\n" + timestamp + "\n" + nonce + "\n" + body))`.
 * Expected answer: { ok: true, creditCode, enterpriseName, capacity: 'legalRep' | 'authorised',
 * personName }; anything else is a refusal.
 */
import { createHmac, randomBytes } from 'node:crypto'
import type { ApplicantCapacity } from '../../../../types'
import type { LicenseAuthority, LicenseGrant } from '../domain/context'
import { DomainError } from '../domain/errors'

export interface LicenseAuthEnv {
  LICENSE_AUTH_ENDPOINT?: string
  LICENSE_AUTH_APPID?: string
  LICENSE_AUTH_SECRET?: string
  LICENSE_AUTH_TIMEOUT_MS?: string
}

type FetchLike = (url: string, init: { method: string; headers: Record<string, string>; body: string; signal: AbortSignal }) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>

const CAPACITIES: readonly ApplicantCapacity[] = ['legalRep', 'authorised']

function toGrant(body: unknown): LicenseGrant | null {
  const b = body as Record<string, unknown> | null
  if (!b || b.ok !== true) return null
  const { creditCode, enterpriseName, capacity, personName } = b
  if (typeof creditCode !== 'string' || !/^[0-9A-Z]{18}$/i.test(creditCode)) return null
  if (!CAPACITIES.includes(capacity as ApplicantCapacity)) return null
  return {
    creditCode: creditCode.toUpperCase(),
    enterpriseName: typeof enterpriseName === 'string' ? enterpriseName : '',
    capacity: capacity as ApplicantCapacity,
    personName: typeof personName === 'string' ? personName : ''
  }
}

export function cloudLicenseAuthority(env: LicenseAuthEnv = process.env as LicenseAuthEnv, fetchFn: FetchLike = fetch as unknown as FetchLike): LicenseAuthority {
  const endpoint = env.LICENSE_AUTH_ENDPOINT?.trim()
  const appid = env.LICENSE_AUTH_APPID?.trim()
  const secret = env.LICENSE_AUTH_SECRET?.trim()
  if (!endpoint || !/^https:\/\//.test(endpoint) || !appid || !secret) return { available: false, verify: async () => null }
  const timeoutMs = Number(env.LICENSE_AUTH_TIMEOUT_MS) > 0 ? Number(env.LICENSE_AUTH_TIMEOUT_MS) : 5000

  return {
    available: true,
    async verify({ authCode, openid }) {
      const timestamp = String(Date.now())
      const nonce = randomBytes(8).toString('hex')
      const body = JSON.stringify({ appid, authCode, openid, timestamp, nonce })
      const signature = createHmac('sha256', secret).update(`${appid}\n${timestamp}\n${nonce}\n${body}`).digest('hex')
      let answer: unknown
      try {
        const res = await fetchFn(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Signature': signature },
          body,
          signal: AbortSignal.timeout(timeoutMs)
        })
        // 4xx: the service refused this code; 5xx: the service is in trouble, not the user
        if (!res.ok) {
          if (res.status >= 500) throw new Error(`HTTP ${res.status}`)
          return null
        }
        answer = await res.json()
      } catch (e) {
        console.error(JSON.stringify({ level: 'error', message: 'license authority unreachable', error: (e as Error)?.message }))
        throw new DomainError('LICENSE_AUTH_UNAVAILABLE', '电子营业执照授权服务暂时无法连接，请稍后重试或改用园区审核')
      }
      return toGrant(answer)
    }
  }
}
