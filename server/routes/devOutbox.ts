/**
 * GET /dev/outbox: the subscribe messages the local port "sent", newest first, so a
 * developer (and the e2e tests) can see what WeChat would have delivered. Development only.
 */
import type { FastifyInstance } from 'fastify'
import type { Database } from '../../cloudfunctions/api/src/db/port'
import type { ServerConfig } from '../config'
import { recentOutbox } from '../messenger/outboxMessenger'

const MAX_LIMIT = 200

export function registerDevOutbox(app: FastifyInstance, config: ServerConfig, db: Database): void {
  app.get<{ Querystring: { limit?: string } }>('/dev/outbox', async (req, reply) => {
    // openids live in the outbox: never served in production
    if (config.production) return reply.code(404).send({ ok: false, error: { code: 'NOT_FOUND', message: '内容不存在或已被删除' } })
    const asked = Number(req.query.limit ?? 50)
    const limit = Number.isInteger(asked) && asked > 0 ? Math.min(asked, MAX_LIMIT) : 50
    return { ok: true, data: await recentOutbox(db, limit) }
  })
}
