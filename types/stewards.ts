/**
 * 管家团队: the directory of 企业管家, an enterprise's own steward (我的管家), the
 * manager's bulk assignment with its history, and an enterprise asking for another
 * steward. A steward's phone is shown only to those entitled to it (see phoneVisible).
 */
import type { CaseDetail } from './cases'
import type { Page } from './entities'

/** the 五员 duties a steward covers */
export const STEWARD_DUTIES = ['信息员', '办事员', '联络员', '销售员', '保障员'] as const
export type StewardDuty = (typeof STEWARD_DUTIES)[number]

/** what each duty means for the enterprise, said plainly */
export const STEWARD_DUTY_NOTES: Record<StewardDuty, string> = {
  信息员: '传递惠企政策，收集反映企业诉求',
  办事员: '帮办代办审批和涉企事项',
  联络员: '联系相关部门，协调解决具体问题',
  销售员: '推介企业产品，帮助对接市场和供需',
  保障员: '协调用工、用地、用能等要素保障，维护企业权益'
}

/** shown when a steward has not filled in a title yet */
export const DEFAULT_STEWARD_TITLE = '企业管家'
export const MAX_STEWARD_EXPERTISE = 8
/** a manager assigns at most this many enterprises in one go */
export const MAX_ASSIGN_BATCH = 100

/**
 * The card fields a steward edits (steward.updateCard). They are stored on the steward's
 * own `users` document, next to name, phone and park (demo seeds add them there too).
 */
export interface StewardCardFields {
  title: string
  department: string
  duties: StewardDuty[]
  expertise: string[]
  /** a cloud:// fileID of the photo, or null (the card shows the name's first character) */
  photo: string | null
}

export interface StewardCard extends StewardCardFields {
  _id: string
  name: string
  parkId: string | null
  /** '' for a city-level steward */
  parkName: string
  /** enterprises whose steward this is */
  enterpriseCount: number
  /** masked (152****1628) unless phoneVisible */
  phone: string
  /**
   * the caller may see and dial the number: users of an enterprise in this steward's care,
   * the steward, the park's managers and the city admin
   */
  phoneVisible: boolean
}

export interface StewardEnterprise {
  _id: string
  name: string
}

export interface StewardDetail extends StewardCard {
  /** the caller's enterprise is in this steward's care */
  mine: boolean
  /** enterprises in care, by name: only for the steward, the park's managers and the admin */
  enterprises: StewardEnterprise[] | null
}

/** an enterprise's open request for another steward (a complaint case to the park manager) */
export interface StewardChangeRequest {
  caseId: string
  number: string
}

export interface MySteward {
  /** null: the enterprise has no steward yet */
  steward: StewardCard | null
  changeRequest: StewardChangeRequest | null
}

/** one enterprise's change of steward (append-only history) */
export interface StewardAssignment {
  _id: string
  enterpriseId: string
  enterpriseName: string
  parkId: string
  fromStewardId: string | null
  fromStewardName: string | null
  toStewardId: string
  toStewardName: string
  byId: string
  byName: string
  reason: string
  at: string
}

export interface StewardAssignResult {
  /** enterprises whose steward changed (each has a history record) */
  changed: number
  /** enterprises that already had this steward: nothing written for them */
  unchanged: number
  /** open cases of the changed enterprises that stay with their previous handler */
  openCasesKept: number
  /** what happened, for the manager to read */
  note: string
  records: StewardAssignment[]
}

/** an enterprise as the manager's assignment screen lists it */
export interface AssignableEnterprise {
  _id: string
  name: string
  parkId: string
  parkName: string
  industry: string
  stewardId: string | null
  /** null when unassigned (or the steward has left) */
  stewardName: string | null
}

export interface StewardResponses {
  'steward.list': Page<StewardCard>
  'steward.get': StewardDetail
  'steward.mine': MySteward
  'steward.updateCard': StewardCard
  'steward.assign': StewardAssignResult
  'steward.assignments': Page<StewardAssignment>
  'steward.enterprises': Page<AssignableEnterprise>
  /** the change request as the case it became */
  'steward.requestChange': CaseDetail
}

export const STEWARD_WRITES = ['steward.updateCard', 'steward.assign', 'steward.requestChange'] as const
