import { schemas, type ApplicantCapacity } from '../../../../types'
import { fieldErrors } from '../../../utils/validate'

export interface LicenseSubject {
  name: string
  creditCode: string
  capacity: ApplicantCapacity | ''
}

/** what is still missing before the authorisation can name the enterprise ('' when nothing) */
export function licenseSubjectProblem(s: LicenseSubject): string {
  const errors = fieldErrors(schemas['membership.apply'], { ...s, licence: null, authorisation: null })
  return errors.name ?? errors.creditCode ?? errors.capacity ?? ''
}

/**
 * The authorisation result sent to `membership.licenseAuth`. On the local host the
 * development-only stand-in vouches for the enterprise the form names; in WeChat cloud the
 * server's port verifies the platform's result and ignores anything else.
 */
export function licenseAuthCode(s: LicenseSubject): string {
  return `dev-license:${s.creditCode.replace(/\s+/g, '').toUpperCase()}:${s.capacity}`
}
