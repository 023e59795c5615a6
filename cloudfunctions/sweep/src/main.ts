/** Timer-triggered cloud function entry (bundled to cloudfunctions/sweep/index.js). */
import { cloudDatabase } from '../../api/src/db/cloud'
import { systemClock } from '../../api/src/domain/context'
import { runSweep } from '../../api/src/domain/sweep'

const cloud = require('wx-server-sdk')
cloud.init({ env: cloud.DYNAMIC_CURRENT_ENV })

export async function main(): Promise<unknown> {
  return runSweep(cloudDatabase(cloud), systemClock)
}
