/**
 * The cloud subscribe-message port: `cloud.openapi.subscribeMessage.send` (cloud call,
 * no access token). Template ids are the deployment's, from the cloud function's
 * environment variables; a template without one is simply not offered or sent.
 */
import type { SubscribeTemplateKey } from '../../../../types'
import type { Messenger, SubscribeMessage } from '../domain/context'

export const TEMPLATE_ENV: Record<SubscribeTemplateKey, string> = {
  caseProgress: 'SUBSCRIBE_TPL_CASE_PROGRESS',
  rateReminder: 'SUBSCRIBE_TPL_RATE_REMINDER',
  caseOverdue: 'SUBSCRIBE_TPL_CASE_OVERDUE'
}

type MiniprogramState = 'developer' | 'trial' | 'formal'

export interface WxOpenApiLike {
  openapi: {
    subscribeMessage: {
      send(params: {
        touser: string
        templateId: string
        page: string
        data: Record<string, { value: string }>
        miniprogramState: MiniprogramState
        lang: 'zh_CN'
      }): Promise<{ errCode?: number; errMsg?: string }>
    }
  }
}

type Log = (message: string, fields: Record<string, unknown>) => void
const warn: Log = (message, fields) => console.warn(JSON.stringify({ level: 'warn', message, ...fields }))

export function templatesFromEnv(env: Record<string, string | undefined>, log: Log = warn): Record<SubscribeTemplateKey, string> {
  const templates = {} as Record<SubscribeTemplateKey, string>
  for (const key of Object.keys(TEMPLATE_ENV) as SubscribeTemplateKey[]) {
    templates[key] = (env[TEMPLATE_ENV[key]] ?? '').trim()
    if (!templates[key]) log('subscribe template not configured; its messages are skipped', { template: key, variable: TEMPLATE_ENV[key] })
  }
  return templates
}

/** which version of the mini-program a message opens: the released one unless told otherwise */
function stateFromEnv(env: Record<string, string | undefined>): MiniprogramState {
  const s = env.SUBSCRIBE_MINIPROGRAM_STATE
  return s === 'developer' || s === 'trial' ? s : 'formal'
}

export function cloudMessenger(
  cloud: WxOpenApiLike,
  env: Record<string, string | undefined> = process.env,
  log: Log = warn
): Messenger {
  const templates = templatesFromEnv(env, log)
  const miniprogramState = stateFromEnv(env)
  return {
    templates,
    async send(message: SubscribeMessage) {
      if (!message.templateId) {
        log('subscribe message dropped: template not configured', { template: message.templateKey })
        return
      }
      const res = await cloud.openapi.subscribeMessage.send({
        touser: message.touser,
        templateId: message.templateId,
        page: message.page,
        data: message.data,
        miniprogramState,
        lang: 'zh_CN'
      })
      // the cloud call usually throws on a refusal; a non-zero code in the answer is one too
      if (res && typeof res.errCode === 'number' && res.errCode !== 0) {
        throw new Error(`subscribeMessage.send refused: ${res.errCode} ${res.errMsg ?? ''}`.trim())
      }
    }
  }
}
