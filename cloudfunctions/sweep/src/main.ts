/** Timer-triggered cloud function entry (bundled to cloudfunctions/sweep/index.js). */
import { cloudDatabase } from '../../api/src/db/cloud'
import { systemClock } from '../../api/src/domain/context'
import { runSweep } from '../../api/src/domain/sweep'
import { cloudMessenger } from '../../api/src/platform/cloudMessenger'

const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })
// template ids: this function's own SUBSCRIBE_TPL_* variables (README, deploying)
const messenger = cloudMessenger(cloud)

export async function main(): Promise<unknown> {
  return runSweep({ db: cloudDatabase(cloud), clock: systemClock, messenger })
}
