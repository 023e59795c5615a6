/**
 * The router: one entry for every action, shared by the cloud function and the local
 * host. It establishes who calls (from the platform, never the payload), checks the
 * role, validates the payload, applies repeatable writes once, and turns every failure
 * into a typed error. Internal errors are logged with a correlation id and never leak.
 */
import * as v from 'valibot'
import { randomBytes } from 'node:crypto'
import { apiError, RATE_LIMIT_CLASS_OF, schemas, WRITE_ACTIONS, type ActionName, type ApiResult, type RateLimitSettings } from '../../../types'
import { ACTIONS } from './actions'
import type { ActionDef } from './actions/define'
import { loadCaller } from './domain/accounts'
import { systemClock, type ActionContext, type Clock, type ContentChecker, type FileStore, type LicenseAuthority, type Messenger } from './domain/context'
import { DomainError } from './domain/errors'
import { deliverPendingPushes, type PushLog } from './domain/notifications'
import { userIdFor } from './domain/ids'
import { DB_ERR, isDbError, type Database } from './db/port'
import { checkFileContents } from './fileContents'
import { withFileUrls } from './fileUrls'
import { once, payloadHash, REQUEST_ID_PATTERN, requestKeyFor } from './idempotency'
import { countInTransaction, loadRateLimits, rateLimitedError } from './limits'

export interface Logger {
  error(fields: Record<string, unknown>, message: string): void
  warn?(fields: Record<string, unknown>, message: string): void
}

export interface RouterDeps {
  db: Database
  clock?: Clock
  logger?: Logger
  devMode?: boolean
  /** the subscribe-message port; without one no template is configured and nothing is pushed */
  messenger?: Messenger
  /** the content-security port; without one every checked text waits for a manager */
  contentCheck?: ContentChecker
  /** the 电子营业执照 authorisation port; without one the method is unavailable */
  licenseAuthority?: LicenseAuthority
  /** short-lived file URLs for the files an answer names; without one no URL is handed out */
  files?: FileStore
  /** where the rate limits come from; the admin's settings (settings/rateLimits) by default */
  rateLimits?: (db: Database) => Promise<RateLimitSettings>
}

/** What the platform says about the caller: OPENID in the cloud, the dev session locally. */
export interface Identity {
  openid: string | null | undefined
  /** the client's IP as the platform reports it, for per-IP limits */
  ip?: string | null
}

export type Router = (event: unknown, identity: Identity) => Promise<ApiResult<unknown>>

const consoleLogger: Logger = {
  error: (fields, message) => console.error(JSON.stringify({ level: 'error', message, ...fields })),
  warn: (fields, message) => console.warn(JSON.stringify({ level: 'warn', message, ...fields }))
}

const unconfiguredMessenger: Messenger = {
  templates: { caseProgress: '', rateReminder: '', caseOverdue: '' },
  send: async () => {
    throw new Error('no subscribe-message port configured')
  }
}

// fail closed: unchecked text is never published straight away
const unconfiguredContentCheck: ContentChecker = {
  check: async () => ({ result: 'review', label: '未配置内容安全检测' })
}

const unavailableLicenseAuthority: LicenseAuthority = {
  available: false,
  verify: async () => null
}

function isActionName(value: unknown): value is ActionName {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(schemas, value)
}

function invalidInput(issues: v.BaseIssue<unknown>[]): ApiResult<never> {
  const issue = issues[0]
  const field = issue.path?.map((p) => String(p.key)).join('.') || undefined
  return { ok: false, error: apiError('INVALID_INPUT', issue.message, field) }
}

export function createRouter(deps: RouterDeps): Router {
  const clock = deps.clock ?? systemClock
  const logger = deps.logger ?? consoleLogger
  const devMode = deps.devMode ?? false
  const messenger = deps.messenger ?? unconfiguredMessenger
  const contentCheck = deps.contentCheck ?? unconfiguredContentCheck
  const licenseAuthority = deps.licenseAuthority ?? unavailableLicenseAuthority
  const rateLimits = deps.rateLimits ?? loadRateLimits
  const pushLog: PushLog = (message, fields) => (logger.warn ?? logger.error)(fields, message)

  /** a write may have queued subscribe messages; sending them must not fail the write */
  async function pushAfterWrite(action: ActionName): Promise<void> {
    if (!deps.messenger) return
    try {
      await deliverPendingPushes(deps.db, messenger, clock.now(), pushLog)
    } catch (e) {
      const err = e as Error
      logger.error({ action, error: err?.message, stack: err?.stack }, 'subscribe-message delivery failed')
    }
  }

  /** short-lived URLs for the files a successful answer names (see fileUrls.ts) */
  const withFiles = (result: ApiResult<unknown>): Promise<ApiResult<unknown>> =>
    withFileUrls(result, deps.files, (err) => logger.error({ error: err?.message, stack: err?.stack }, 'file URLs failed'))

  return async function route(event, identity) {
    const envelope = (event && typeof event === 'object' ? event : {}) as Record<string, unknown>
    const action = envelope.action
    if (!isActionName(action)) return { ok: false, error: apiError('UNKNOWN_ACTION') }
    const openid = typeof identity.openid === 'string' && identity.openid ? identity.openid : null
    if (!openid) return { ok: false, error: apiError('UNAUTHENTICATED') }

    try {
      const caller = await loadCaller(deps.db, openid)
      const def = ACTIONS[action] as unknown as ActionDef<ActionName>
      if (!def.roles.includes(caller.role)) return { ok: false, error: apiError('FORBIDDEN') }

      const parsed = v.safeParse(schemas[action], envelope.payload ?? {})
      if (!parsed.success) return invalidInput(parsed.issues)

      const ip = typeof identity.ip === 'string' && identity.ip ? identity.ip : null
      const ctx: ActionContext = { db: deps.db, caller, clock, devMode, messenger, contentCheck, licenseAuthority, ip, requestKey: null }
      const run = async (): Promise<ApiResult<unknown>> => {
        try {
          // files the client wrote to storage itself are looked at before a write names them
          if (WRITE_ACTIONS.has(action)) await checkFileContents(parsed.output, deps.files)
          return { ok: true, data: await def.handler(ctx, parsed.output as never) }
        } catch (e) {
          if (e instanceof DomainError) return { ok: false, error: apiError(e.code, e.message, e.field) }
          if (isDbError(e, DB_ERR.TX_CONFLICT)) return { ok: false, error: apiError('CONFLICT') }
          throw e
        }
      }

      if (!WRITE_ACTIONS.has(action)) return await withFiles(await run())
      // every write is applied once per request id, and counted against the rate limits
      const requestId = envelope.requestId
      if (requestId === undefined || requestId === null || requestId === '') return { ok: false, error: apiError('REQUEST_ID_REQUIRED') }
      if (typeof requestId !== 'string' || !REQUEST_ID_PATTERN.test(requestId)) {
        return { ok: false, error: apiError('INVALID_INPUT', '请求编号格式不正确', 'requestId') }
      }
      const now = clock.now()
      const userId = caller.user?._id ?? userIdFor(openid)
      const settings = await rateLimits(deps.db)
      const cls = RATE_LIMIT_CLASS_OF[action] ?? 'write'
      ctx.requestKey = requestKeyFor(userId, requestId)
      const result = await once(deps.db, {
        key: ctx.requestKey,
        // claims of one IP (or account) touch the same counters: queue them in this instance
        queueKey: ip ?? userId,
        action,
        hash: payloadHash(action, parsed.output),
        now,
        gate: async (tx) => {
          const verdict = await countInTransaction(tx, { cls, userId, ip, now, settings })
          return verdict.ok ? null : { ok: false, error: rateLimitedError(verdict.retryAt, now) }
        },
        run
      })
      if (result.ok) await pushAfterWrite(action)
      return await withFiles(result)
    } catch (e) {
      const correlationId = randomBytes(6).toString('hex')
      const err = e as Error
      logger.error({ correlationId, action, error: err?.message, stack: err?.stack }, 'action failed')
      return { ok: false, error: { ...apiError('INTERNAL'), correlationId } }
    }
  }
}
