/**
 * The local host: the same router the cloud function runs, over HTTP, plus what the
 * cloud would otherwise provide (identity, file storage, static hosting of the h5 build).
 */
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify'
import { existsSync } from 'node:fs'
import { createRouter, type Logger } from '../cloudfunctions/api/src/router'
import type { Clock, ContentChecker, Messenger } from '../cloudfunctions/api/src/domain/context'
import type { Database } from '../cloudfunctions/api/src/db/port'
import type { ServerConfig } from './config'
import { bearer, verifyToken } from './session'
import { outboxMessenger } from './messenger/outboxMessenger'
import { devLicenseAuthority } from './license/devLicenseAuthority'
import { wordListChecker } from './contentCheck/wordListChecker'
import { registerDevOutbox } from './routes/devOutbox'
import { registerDevSignIn } from './routes/devSignIn'
import { localFileStore } from './files/localFileStore'
import { registerFiles } from './routes/files'
import { registerStatic } from './routes/static'
import { registerSecurityHeaders } from './securityHeaders'
import { API_BODY_LIMIT, IMPORT_ACTION, IMPORT_BODY_LIMIT, registerErrorHandling, send } from './httpErrors'
import { apiError } from '../types'

export interface AppDeps {
  config: ServerConfig
  db: Database
  clock?: Clock
  logger?: boolean
  /** defaults to the outbox (the local subscribe-message port) */
  messenger?: Messenger
  /** defaults to the local word-list filter */
  contentCheck?: ContentChecker
}

export async function buildApp({ config, db, clock, logger = false, messenger, contentCheck }: AppDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: logger ? { level: 'info' } : false, bodyLimit: API_BODY_LIMIT })
  const log: Logger = { error: (fields, message) => app.log.error(fields, message), warn: (fields, message) => app.log.warn(fields, message) }
  if (!logger) {
    log.error = (fields, message) => console.error(JSON.stringify({ level: 'error', message, ...fields }))
    log.warn = (fields, message) => console.warn(JSON.stringify({ level: 'warn', message, ...fields }))
  }
  await registerSecurityHeaders(app, config.h5Dir)
  // malformed JSON, wrong content types, oversized bodies: the app's own error shape
  registerErrorHandling(app, log.error)
  const route = createRouter({
    db,
    clock,
    logger: log,
    devMode: !config.production,
    // development only: off (LICENSE_AUTH_UNAVAILABLE) when the host runs in production
    licenseAuthority: devLicenseAuthority({ production: config.production }),
    messenger: messenger ?? outboxMessenger(db, clock),
    contentCheck: contentCheck ?? wordListChecker(),
    files: localFileStore(config.sessionSecret, clock)
  })

  const identify = (authorization: string | undefined): string | null =>
    config.production ? null : verifyToken(config.sessionSecret, bearer(authorization))

  app.get('/health', async () => ({ ok: true, uptime: Math.round(process.uptime()), h5: existsSync(config.h5Dir) }))

  const answer = async (action: string, req: FastifyRequest, reply: FastifyReply) => {
    const raw = req.body
    // fastify also parses text/plain; the API speaks JSON objects only
    if (raw !== undefined && !/^application\/json\b/i.test(req.headers['content-type'] ?? '')) {
      return send(reply, 415, apiError('UNSUPPORTED_MEDIA_TYPE', '请求的内容类型不受支持，请以 JSON 提交'))
    }
    if (raw !== undefined && raw !== null && (typeof raw !== 'object' || Array.isArray(raw))) return send(reply, 400, apiError('MALFORMED_REQUEST'))
    const body = (raw ?? {}) as Record<string, unknown>
    // The envelope is rebuilt from the URL and two known fields: nothing else travels.
    const envelope = { action, payload: body.payload, requestId: body.requestId }
    // req.ip is the socket's address (trustProxy is off, so X-Forwarded-For cannot forge it): per-IP limits
    return route(envelope, { openid: identify(req.headers.authorization), ip: req.ip })
  }
  app.post<{ Params: { action: string } }>('/api/:action', (req, reply) => answer(req.params.action, req, reply))
  // a whole import file travels in one request: its own, larger limit (the message says how large)
  app.post(`/api/${IMPORT_ACTION}`, { bodyLimit: IMPORT_BODY_LIMIT }, (req, reply) => answer(IMPORT_ACTION, req, reply))

  registerDevSignIn(app, config)
  registerDevOutbox(app, config, db)
  await registerFiles(app, { config, db, clock, identify })
  await registerStatic(app, config)
  return app
}
