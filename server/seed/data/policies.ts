/**
 * Demo policies (涉企政策), written by the project in its own words; facts and figures
 * come from the seed reports, every 文号 is invented. Dates are relative to the moment of
 * seeding, so windows that "close in three weeks" do so on whatever day the demo starts.
 *
 * END-TO-END DEMO FACT (the e2e test, U1 and U2 rely on it):
 *   persona ent-owner-1 周建华 → enterprise ent-01 湘潭华锐精密机械有限公司 (park-gaoxin)
 *   policy  pol-zjtx-jiangbu 专精特新企业培育奖补 (published, application window open)
 *           criteria: industries ⊇ 智能制造 ✓, scales 中型/小型 ✓ (ent-01 is 中型),
 *           founded ≥ 2 years ✓ (2012), requiredTags ['专精特新'] ✗
 *   → verdict 'almost', the ONLY unmet condition being the missing tag 专精特新.
 *   To change: in 企业档案 (enterprise.updateProfile) tick the tag 专精特新 → 'eligible'.
 *   service svc-duixian 惠企政策兑现（奖补资金申领）, materials:
 *           apply-form 奖补资金申请表 (required), certificate 资格认定文件 (required),
 *           bank-account 企业对公账户信息 (optional).
 */
import { sanitizePolicyHtml } from '../../../cloudfunctions/api/src/domain/policies'
import type { PolicyDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { PERSONAS } from './personas'
import { CITY_INDUSTRY_POLICIES, E2E_POLICY_ID } from './policyTexts/cityIndustry'
import { CITY_SERVICE_POLICIES } from './policyTexts/cityServices'
import { DISTRICT_POLICIES, PARK_POLICIES } from './policyTexts/local'
import { NATIONAL_POLICIES, PROVINCIAL_POLICIES } from './policyTexts/national'
import type { PolicySeed } from './policyTexts/types'
import { seedDates, type SeedDates } from './seedDates'

export { E2E_POLICY_ID }
export const E2E_SERVICE_ID = 'svc-duixian'
export const E2E_ENTERPRISE_ID = 'ent-01'
/** the profile tag whose absence is ent-01's only unmet condition for E2E_POLICY_ID */
export const E2E_MISSING_TAG = '专精特新'

export const POLICY_SEEDS: PolicySeed[] = [
  ...NATIONAL_POLICIES,
  ...PROVINCIAL_POLICIES,
  ...CITY_SERVICE_POLICIES,
  ...CITY_INDUSTRY_POLICIES,
  ...DISTRICT_POLICIES,
  ...PARK_POLICIES
]

interface Author {
  id: string
  name: string
}

function authorOf(personaId: string): Author {
  const p = PERSONAS.find((x) => x.id === personaId)
  if (!p) throw new Error(`seed persona ${personaId} is missing`)
  return { id: userIdFor(p.openid), name: p.name }
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** the body as the editor would store it: <p> paragraphs, through the same sanitiser */
export function policyBody(paragraphs: string[]): { html: string; text: string } {
  return sanitizePolicyHtml(paragraphs.map((p) => `<p>${escapeText(p)}</p>`).join(''))
}

function toDoc(s: PolicySeed, d: SeedDates, now: Date): PolicyDoc {
  const author = s.ownerParkId ? authorOf('manager-gaoxin') : authorOf('admin-city')
  const published = s.publishedDaysAgo !== null
  // published at a plausible office hour on that Beijing day; written a few days earlier
  const publishedAt = published ? d.at(d.day(-(s.publishedDaysAgo as number)), '09:30') : null
  const createdAt = published ? d.at(d.day(-(s.publishedDaysAgo as number) - 3), '15:20') : d.ago(2)
  const year = d.yearOf(publishedAt ?? now.toISOString())
  const offset = (n: number | undefined): string | null => (n === undefined ? null : d.day(n))
  const criteria = s.criteria ?? {}
  const body = policyBody(s.body)
  return {
    _id: s.id,
    title: s.title,
    docNumber: s.docNumber.replace('{Y}', String(year)),
    issuer: s.issuer,
    level: s.level,
    categories: s.categories,
    benefitType: s.benefitType,
    exempt: s.exempt ?? false,
    summary: s.summary,
    bodyHtml: body.html,
    bodyText: body.text,
    interpretation: s.interpretation ? { text: s.interpretation, videoUrl: null } : null,
    attachments: [],
    effectiveFrom: s.effective !== undefined ? d.day(s.effective) : published ? d.day(-(s.publishedDaysAgo as number)) : null,
    expiresOn: offset(s.expires),
    applyFrom: offset(s.applyFrom),
    applyUntil: offset(s.applyUntil),
    criteria,
    industries: criteria.industries ?? [],
    scales: criteria.scales ?? [],
    parkIds: criteria.parkIds ?? [],
    serviceId: s.serviceId ?? null,
    editStatus: published ? 'published' : 'draft',
    ownerParkId: s.ownerParkId ?? null,
    createdById: author.id,
    createdByName: author.name,
    createdAt,
    updatedAt: publishedAt ?? d.ago(1),
    publishedById: published ? author.id : null,
    publishedByName: published ? author.name : null,
    publishedAt,
    withdrawnById: null,
    withdrawnByName: null,
    withdrawnAt: null
  }
}

/** every demo policy, dated relative to `now` */
export function buildPolicies(now: Date): PolicyDoc[] {
  const d = seedDates(now)
  return POLICY_SEEDS.map((s) => toDoc(s, d, now))
}
