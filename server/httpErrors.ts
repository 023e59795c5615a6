/**
 * Every answer of the local host is the app's own `{ ok:false, error:{ code, message } }`,
 * also when the request never reaches the router: malformed JSON, an unsupported content
 * type, an oversized body, an unknown /api path, or any other fastify error. The client
 * then shows what happened instead of 网络连接失败.
 */
import { randomBytes } from 'node:crypto'
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { apiError, type ApiError, type ErrorCode } from '../types'

/** the body limit of every /api action but the policy import */
export const API_BODY_LIMIT = 1024 * 1024
/**
 * policy.import carries a whole CSV/JSON file (its schema allows 2,000,000 characters);
 * in JSON a Chinese character may take up to 6 bytes (\uXXXX), so the limit leaves room.
 */
export const IMPORT_BODY_LIMIT = 12 * 1024 * 1024
export const IMPORT_ACTION = 'policy.import'

const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10}MB`

export const TOO_LARGE_MESSAGE = `提交的内容过大（每次不超过${mb(API_BODY_LIMIT)}），请删减后重试`
export const IMPORT_TOO_LARGE_MESSAGE = `导入文件过大：每次导入的文件不能超过2MB（约200万字），请拆分后分批导入`

export function send(reply: FastifyReply, status: number, error: ApiError): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send({ ok: false, error })
}

const fail = (code: ErrorCode, message?: string): ApiError => apiError(code, message)

/** What a fastify error means to the app, and the HTTP status it answers with. */
export function classify(err: FastifyError, req: FastifyRequest): { status: number; error: ApiError } | null {
  const status = err.statusCode ?? 500
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, error: fail('PAYLOAD_TOO_LARGE', isImport(req) ? IMPORT_TOO_LARGE_MESSAGE : TOO_LARGE_MESSAGE) }
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, error: fail('UNSUPPORTED_MEDIA_TYPE', '请求的内容类型不受支持，请以 JSON 提交') }
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, error: fail('MALFORMED_REQUEST') }
  }
  if (err instanceof SyntaxError || (status >= 400 && status < 500)) {
    if (status === 413) return { status, error: fail('PAYLOAD_TOO_LARGE', TOO_LARGE_MESSAGE) }
    if (status === 415) return { status, error: fail('UNSUPPORTED_MEDIA_TYPE') }
    if (status === 404) return { status, error: fail('NOT_FOUND') }
    return { status: status >= 400 && status < 500 ? status : 400, error: fail('MALFORMED_REQUEST') }
  }
  return null
}

const isImport = (req: FastifyRequest): boolean => req.url.split('?')[0] === `/api/${IMPORT_ACTION}`

/** The answer to a path nothing serves: under /api, an unknown action or the wrong method. */
export function apiNotFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = req.url.split('?')[0]
  if (/^\/api\/[^/]+$/.test(path) && req.method !== 'POST') {
    void reply.header('allow', 'POST')
    return send(reply, 405, fail('MALFORMED_REQUEST', '请求方式不正确：接口只接受 POST'))
  }
  if (path.startsWith('/api/') || path === '/api') return send(reply, 404, fail('UNKNOWN_ACTION'))
  return send(reply, 404, fail('NOT_FOUND'))
}

/** Fastify's own errors (parsing, limits, anything thrown) in the app's shape; 5xx are logged with a correlation id. */
export function registerErrorHandling(app: FastifyInstance, log: (fields: Record<string, unknown>, message: string) => void): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    const known = classify(err, req)
    if (known) return send(reply, known.status, known.error)
    const correlationId = randomBytes(8).toString('hex')
    log({ correlationId, url: req.url, method: req.method, err: { message: err.message, code: err.code, stack: err.stack } }, 'local host error')
    return send(reply, 500, { ...fail('INTERNAL'), correlationId })
  })
}
