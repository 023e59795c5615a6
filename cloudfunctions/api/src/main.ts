/**
 * Cloud function entry (bundled to cloudfunctions/api/index.js). Thin on purpose:
 * identity from the WeChat context, everything else in the shared router.
 */
import { cloudDatabase } from './db/cloud'
import { cloudContentCheck } from './platform/cloudContentCheck'
import { cloudLicenseAuthority } from './platform/cloudLicenseAuthority'
import { cloudFileStore } from './platform/cloudFileStore'
import { cloudMessenger } from './platform/cloudMessenger'
import { createRouter } from './router'

// wx-server-sdk exists only in the cloud runtime; it is external to the bundle.
const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

// template ids: this function's SUBSCRIBE_TPL_* variables; 电子营业执照 verification: LICENSE_AUTH_* (README, deploying)
const route = createRouter({ db: cloudDatabase(cloud), messenger: cloudMessenger(cloud), contentCheck: cloudContentCheck(cloud), files: cloudFileStore(cloud), licenseAuthority: cloudLicenseAuthority() })

export async function main(event: unknown): Promise<unknown> {
  // CLIENTIP: the caller's address as WeChat saw it, for the per-IP rate limits
  const { OPENID, CLIENTIP } = cloud.getWXContext() as { OPENID?: string; CLIENTIP?: string }
  return route(event, { openid: OPENID, ip: CLIENTIP })
}
