/**
 * Side effects after a commit, through the outbox (outbox.ts). The handlers live here so
 * that the domain modules that add effects need not know each other.
 */
import type { Database } from '../../db/port'
import { notifyNewlyEligible } from '../matching'
import { loadPolicy } from '../policies/load'
import { deliverNotice } from '../publishing/delivery'
import { notifyFollowers } from '../policies/lifecycle'
import type { PolicyDoc } from '../docs'
import { dueEffects, runEffect, type EffectHandler, type EffectKind, type EffectLog } from './outbox'

export { addEffect, EFFECT_LEASE_MS, MAX_ATTEMPTS, type EffectDoc, type EffectKind } from './outbox'

// arrow wrappers: the modules above import this one back, so nothing is read at load time
const HANDLERS: Record<EffectKind, EffectHandler> = {
  'policy.published': async (db, effect, now) => {
    const policy = (await loadPolicy(db, effect.ref)) as PolicyDoc | null
    // withdrawn in the meantime: nobody is told about it any more
    if (!policy || policy.editStatus !== 'published') return true
    await notifyFollowers(db, policy, now)
    await notifyNewlyEligible(db, { policyId: policy._id }, now)
    return true
  },
  'notice.deliver': (db, effect, now) => deliverNotice(db, effect.ref, now)
}

const consoleLog: EffectLog = (message, fields) => console.warn(JSON.stringify({ level: 'warn', message, ...fields }))

/**
 * Right after the commit that added it, so people are told without waiting for the sweep.
 * A courtesy: the change has committed, so a failure here must not fail the caller's write —
 * the effect stays pending and the sweep runs it.
 */
export async function runEffectNow(db: Database, id: string, now: Date, log: EffectLog = consoleLog): Promise<boolean> {
  try {
    return await runEffect(db, HANDLERS, id, now, log)
  } catch (e) {
    log('side effect deferred to the sweep', { effectId: id, error: (e as Error)?.message })
    return false
  }
}

/** bounds one sweep run; the rest waits for the next */
const SWEEP_LIMIT = 50

/** the sweep's part: every due effect, including those a crash left behind; returns how many finished */
export async function deliverDueEffects(db: Database, now: Date, log: EffectLog = consoleLog): Promise<number> {
  let done = 0
  for (const id of await dueEffects(db, now, SWEEP_LIMIT)) {
    try {
      if (await runEffect(db, HANDLERS, id, now, log)) done++
    } catch (e) {
      // a claim or settle that failed (e.g. a conflict) leaves the effect for the next run
      log('side effect run failed', { effectId: id, error: (e as Error)?.message })
    }
  }
  return done
}
