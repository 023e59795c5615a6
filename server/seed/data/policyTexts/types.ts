/**
 * How a demo policy is written down: the text once, and every date as a day offset from
 * the day of seeding (negative = in the past), so the demo reads the same on any day.
 */
import type { BenefitType, EligibilityCriteria, PolicyCategory, PolicyLevel } from '../../../../types'

export interface PolicySeed {
  id: string
  title: string
  /** 文号; `{Y}` becomes the Beijing year of publication */
  docNumber: string
  issuer: string
  level: PolicyLevel
  categories: PolicyCategory[]
  benefitType: BenefitType
  exempt?: boolean
  summary: string
  /** plain paragraphs; escaped and wrapped in <p> when stored */
  body: string[]
  /** 解读 */
  interpretation?: string
  criteria?: EligibilityCriteria
  serviceId?: string
  /** park-level policies written by that park's manager; otherwise the city admin */
  ownerParkId?: string
  /** days before seeding it was published; null = still a draft */
  publishedDaysAgo: number | null
  /** day offsets from today; effective defaults to the day of publication */
  effective?: number
  expires?: number
  applyFrom?: number
  applyUntil?: number
}

/** manufacturing and technology industries most enterprise-side policies address */
export const MAKERS = ['智能制造', '新能源', '新材料', '电子信息', '生物医药'] as const
export const MAKERS_AND_SOFTWARE = [...MAKERS, '软件和信息服务'] as const
