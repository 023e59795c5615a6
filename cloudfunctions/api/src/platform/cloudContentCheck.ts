/**
 * The cloud content-security port: `cloud.openapi.security.msgSecCheck` version 2 (cloud
 * call, no access token). Its `result.suggest` maps pass / review / risky onto our
 * pass / review / reject. A failed call holds the text for a manager rather than
 * publishing it unchecked.
 */
import type { ContentChecker, ContentScene, ContentVerdict } from '../domain/context'

export interface MsgSecCheckParams {
  openid: string
  /** 1 资料, 2 评论, 3 论坛, 4 社交日志 */
  scene: 1 | 2 | 3 | 4
  version: 2
  content: string
  title?: string
}

export interface MsgSecCheckResult {
  errCode?: number
  errMsg?: string
  result?: { suggest?: string; label?: number | string }
}

export interface WxSecurityLike {
  openapi: { security: { msgSecCheck(params: MsgSecCheckParams): Promise<MsgSecCheckResult> } }
}

const SCENES: Record<ContentScene, MsgSecCheckParams['scene']> = { post: 3, comment: 2 }

/** msgSecCheck accepts up to 2500 characters of content */
const MAX_CONTENT = 2500

/** WeChat's label numbers, named for the moderator */
const LABELS: Record<string, string> = {
  '10001': '广告',
  '20001': '时政',
  '20002': '色情',
  '20003': '辱骂',
  '20006': '违法犯罪',
  '20008': '欺诈',
  '20012': '低俗',
  '20013': '版权',
  '21000': '其他'
}

const labelOf = (label: number | string | undefined): string | null =>
  label === undefined || label === null || String(label) === '100' ? null : (LABELS[String(label)] ?? String(label))

/** the mapping itself, exported for tests */
export function verdictOf(res: MsgSecCheckResult | null | undefined): ContentVerdict {
  if (!res || (typeof res.errCode === 'number' && res.errCode !== 0)) return { result: 'review', label: '内容安全检测失败' }
  const suggest = res.result?.suggest
  const label = labelOf(res.result?.label)
  if (suggest === 'pass') return { result: 'pass', label: null }
  if (suggest === 'risky') return { result: 'reject', label: label ?? '违规内容' }
  // 'review' and anything unknown: a person decides
  return { result: 'review', label: label ?? '疑似违规' }
}

type Log = (message: string, fields: Record<string, unknown>) => void
const warn: Log = (message, fields) => console.warn(JSON.stringify({ level: 'warn', message, ...fields }))

export function cloudContentCheck(cloud: WxSecurityLike, log: Log = warn): ContentChecker {
  return {
    async check({ text, openid, scene }) {
      // the first line travels as the title too: v2 weighs titles separately
      const title = text.split('\n', 1)[0].slice(0, 100)
      try {
        const res = await cloud.openapi.security.msgSecCheck({ openid, scene: SCENES[scene], version: 2, content: text.slice(0, MAX_CONTENT), title })
        const verdict = verdictOf(res)
        if (res && typeof res.errCode === 'number' && res.errCode !== 0) log('msgSecCheck refused; held for review', { errCode: res.errCode, errMsg: res.errMsg })
        return verdict
      } catch (e) {
        const err = e as { errCode?: number; message?: string }
        // 87014: the platform's own "content is risky" refusal
        if (err?.errCode === 87014) return { result: 'reject', label: '违规内容' }
        log('msgSecCheck failed; held for review', { errCode: err?.errCode, error: err?.message })
        return { result: 'review', label: '内容安全检测失败' }
      }
    }
  }
}
