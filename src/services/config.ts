/**
 * Which backend the app talks to, fixed at build time. A WeChat build with
 * TARO_APP_CLOUD_ENV set calls the cloud function; everything else (always h5, and the
 * weapp in devtools without a cloud environment) calls the local host over HTTP.
 */
export const CLOUD_ENV: string = process.env.TARO_APP_CLOUD_ENV || ''

/** h5 is served by the local host itself, so it uses relative URLs. */
export const API_BASE: string =
  process.env.TARO_ENV === 'h5' ? '' : process.env.TARO_APP_API_BASE || 'http://127.0.0.1:8080'

export function usesCloud(): boolean {
  return process.env.TARO_ENV === 'weapp' && CLOUD_ENV !== ''
}

/** the cloud function that routes every action */
export const API_FUNCTION = 'api'

export const REQUEST_TIMEOUT_MS = 15000
