/**
 * DEVELOPMENT ONLY — a stand-in for the 电子营业执照 (national electronic business licence)
 * authorisation, so the third way of proving an enterprise identity can be tried and tested
 * locally. It vouches for whatever the auth code says, which is exactly why it is switched
 * off (`available: false`) whenever the host runs in production: there the method answers
 * LICENSE_AUTH_UNAVAILABLE and people use the park's review or an invitation instead.
 *
 * Auth code: `dev-license:<统一社会信用代码>:<legalRep|authorised>[:<name>]`.
 */
import type { LicenseAuthority, LicenseGrant } from '../../cloudfunctions/api/src/domain/context'
import type { ApplicantCapacity } from '../../types'

export const DEV_LICENSE_PREFIX = 'dev-license:'
const CAPACITIES: readonly ApplicantCapacity[] = ['legalRep', 'authorised']

/** the auth code a developer (or a test) hands the stand-in */
export const devLicenseCode = (creditCode: string, capacity: ApplicantCapacity, name = ''): string =>
  `${DEV_LICENSE_PREFIX}${creditCode}:${capacity}${name ? `:${name}` : ''}`

export function parseDevLicenseCode(authCode: string): LicenseGrant | null {
  if (!authCode.startsWith(DEV_LICENSE_PREFIX)) return null
  const [creditCode, capacity, ...name] = authCode.slice(DEV_LICENSE_PREFIX.length).split(':')
  if (!creditCode || !/^[0-9A-Z]{18}$/i.test(creditCode)) return null
  if (!CAPACITIES.includes(capacity as ApplicantCapacity)) return null
  return {
    creditCode: creditCode.toUpperCase(),
    // the stand-in knows no register: the enterprise's name comes from our own records
    enterpriseName: '',
    capacity: capacity as ApplicantCapacity,
    personName: name.join(':').trim() || '开发环境授权人'
  }
}

export function devLicenseAuthority(options: { production: boolean; log?: (message: string) => void }): LicenseAuthority {
  const log = options.log ?? ((message: string) => console.warn(message))
  if (options.production) return { available: false, verify: async () => null }
  return {
    available: true,
    async verify({ authCode }) {
      const grant = parseDevLicenseCode(authCode)
      if (grant) log(`[仅供开发环境使用] 电子营业执照授权替身：${grant.creditCode} ${grant.capacity}（未经真实核验）`)
      return grant
    }
  }
}
