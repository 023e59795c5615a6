/** The compose form's values: the audience as the pickers hold it, and the payload the server reads. */
import * as v from 'valibot'
import { schemas, type EnterpriseOption, type ManagedNotice, type Me, type NoticeAudience, type NoticeAudienceKind, type Request } from '../../../../types'

export interface NoticeValues {
  title: string
  body: string
  urgent: boolean
  kind: NoticeAudienceKind
  parkIds: string[]
  industries: NoticeAudience['industries']
  /** chosen with their names, so the list shows them */
  enterprises: EnterpriseOption[]
}

/** a park manager's notices start at their own park; the admin's at the whole city */
export function emptyNotice(me: Me): NoticeValues {
  const park = me.account.role === 'manager' ? me.account.parkId : null
  return { title: '', body: '', urgent: false, kind: park ? 'parks' : 'city', parkIds: park ? [park] : [], industries: [], enterprises: [] }
}

export function fromNotice(n: ManagedNotice): NoticeValues {
  return { title: n.title, body: n.body, urgent: n.urgent, kind: n.target.kind, parkIds: n.target.parkIds, industries: n.target.industries, enterprises: n.targetEnterprises }
}

/** only the lists the kind uses travel; a park manager's parks are always their own */
export function toAudience(v: NoticeValues, me: Me): NoticeAudience {
  const ownPark = me.account.role === 'manager' && me.account.parkId ? [me.account.parkId] : null
  return {
    kind: v.kind,
    parkIds: v.kind === 'parks' || v.kind === 'industries' ? (ownPark ?? v.parkIds) : [],
    industries: v.kind === 'industries' ? v.industries : [],
    enterpriseIds: v.kind === 'enterprises' ? v.enterprises.map((e) => e._id) : []
  }
}

export function toNoticePayload(v: NoticeValues, me: Me, id?: string): Request<'notice.save'> {
  return { ...(id ? { id } : {}), title: v.title, body: v.body, urgent: v.urgent, audience: toAudience(v, me) }
}

/** 'audience.parkIds' → 'parkIds'; 'audience.enterpriseIds' → 'enterprises' */
export function keyOfNoticeField(path: string): string {
  const parts = path.split('.')
  if (parts[0] !== 'audience') return parts[0] ?? ''
  const key = parts[1] ?? 'kind'
  return key === 'enterpriseIds' ? 'enterprises' : key
}

export function validateNotice(values: NoticeValues, me: Me): Record<string, string> {
  const out: Record<string, string> = {}
  const parsed = v.safeParse(schemas['notice.save'], toNoticePayload(values, me))
  if (parsed.success) return out
  for (const issue of parsed.issues) {
    const key = keyOfNoticeField((issue.path ?? []).map((p) => String(p.key)).join('.'))
    if (!(key in out)) out[key] = issue.message
  }
  return out
}

/** the audience is complete enough to count */
export function audienceReady(values: NoticeValues, me: Me): boolean {
  const a = toAudience(values, me)
  return v.safeParse(schemas['notice.previewAudience'], { audience: a }).success
}
