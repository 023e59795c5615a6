/**
 * Development sign-in: lists the seeded personas and issues a signed session for one.
 * It exists only outside production, and the app marks it as development-only.
 */
import type { FastifyInstance } from 'fastify'
import { ROLE_LABELS, apiError } from '../../types'
import type { ServerConfig } from '../config'
import { issueToken } from '../session'
import { PERSONAS } from '../seed/data'

export function registerDevSignIn(app: FastifyInstance, config: ServerConfig): void {
  const disabled = { ok: false, error: apiError('FORBIDDEN', '生产环境已关闭开发登录') }

  app.get('/dev/personas', async () => {
    if (config.production) return disabled
    return {
      ok: true,
      data: PERSONAS.map((p) => ({ id: p.id, name: p.name, role: p.role, roleLabel: ROLE_LABELS[p.role], description: p.description }))
    }
  })

  app.post<{ Body: { personaId?: unknown } }>('/dev/signin', async (req) => {
    if (config.production) return disabled
    const persona = PERSONAS.find((p) => p.id === req.body?.personaId)
    if (!persona) return { ok: false, error: apiError('NOT_FOUND', '没有这个开发身份', 'personaId') }
    return { ok: true, data: { token: issueToken(config.sessionSecret, persona.openid) } }
  })
}
