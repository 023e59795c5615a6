/**
 * Enterprise membership (issue 9): knowing an enterprise's name and 统一社会信用代码 only
 * files a request. Access to the enterprise — its cases, profile, materials, bookings,
 * posts — needs an approved membership, granted by the park, by an invitation from the
 * enterprise's own 企业管理员, or by the 电子营业执照 authorisation.
 */
import type { Attachment } from './cases'
import type { Me, Page } from './entities'

/** pending: 待认证; removed: taken away by the enterprise's admin or staff; left: the member left */
export type MembershipStatus = 'pending' | 'approved' | 'rejected' | 'withdrawn' | 'removed' | 'left'
export const MEMBERSHIP_STATUS_LABELS: Record<MembershipStatus, string> = {
  pending: '待认证',
  approved: '已认证',
  rejected: '未通过',
  withdrawn: '已撤回',
  removed: '已移除',
  left: '已退出'
}

/** how an approved membership was granted */
export type MembershipMethod = 'park' | 'invite' | 'license' | 'seed'
export const MEMBERSHIP_METHOD_LABELS: Record<MembershipMethod, string> = {
  park: '园区审核',
  invite: '企业邀请',
  license: '电子营业执照授权',
  seed: '初始导入'
}

/** 法定代表人 applies in person; anyone else brings a 授权委托书 */
export type ApplicantCapacity = 'legalRep' | 'authorised'
export const APPLICANT_CAPACITY_LABELS: Record<ApplicantCapacity, string> = {
  legalRep: '我是法定代表人',
  authorised: '受企业委托（需上传授权委托书）'
}

export interface Membership {
  _id: string
  enterpriseId: string
  enterpriseName: string
  parkId: string
  userId: string
  name: string
  /** masked unless the reader is the member or staff in scope (the enterprise's admin reads colleagues' masked) */
  phone: string
  status: MembershipStatus
  /** set once approved */
  method: MembershipMethod | null
  capacity: ApplicantCapacity
  /** 企业管理员: invites and removes members; the first approved member becomes one */
  isAdmin: boolean
  /** the business licence photo (park review only) */
  licence: Attachment | null
  /** the 授权委托书 (park review, capacity 'authorised') */
  authorisation: Attachment | null
  /** shown to the applicant when rejected, and to the member when removed */
  reason: string | null
  decidedByName: string | null
  decidedAt: string | null
  createdAt: string
}

/** a one-time code an enterprise admin hands to a colleague (also as a share card) */
export interface MemberInvite {
  code: string
  enterpriseId: string
  enterpriseName: string
  note: string
  createdAt: string
  expiresAt: string
  status: 'unused' | 'used' | 'expired' | 'revoked'
  usedByName: string | null
}

/** What a staff member's workbench shows about the queue. */
export interface MembershipCounts {
  pending: number
}

export const MEMBER_INVITE_VALID_DAYS = 7
export const MEMBER_INVITE_CODE_PATTERN = /^[A-Z0-9]{10}$/

export interface MembershipResponses {
  /** files a 企业认证申请 for review by the park; the caller stays 待认证 */
  'membership.apply': Me
  /** withdraws the caller's own pending request */
  'membership.withdraw': Me
  /** the member leaves the enterprise (the last admin must hand over first when others remain) */
  'membership.leave': Me
  /** staff: requests in their scope (steward: enterprises in their care; manager: their park; admin: all) */
  'membership.queue': Page<Membership>
  'membership.counts': MembershipCounts
  /** staff in scope, or the applicant */
  'membership.get': Membership
  'membership.approve': Membership
  'membership.reject': Membership
  /** the enterprise's admin (or staff in scope): everyone approved */
  'membership.members': Membership[]
  /** the enterprise's admin or staff in scope; access ends at once */
  'membership.remove': Membership
  /** the enterprise's admin makes another member an admin, or steps back */
  'membership.setAdmin': Membership
  'membership.createInvite': MemberInvite
  'membership.invites': Page<MemberInvite>
  'membership.revokeInvite': MemberInvite
  /** redeeming a colleague's code makes the caller an approved member at once */
  'membership.redeem': Me
  /** 电子营业执照 authorisation: the platform vouches for the caller as the enterprise's 法定代表人 or its authorised person */
  'membership.licenseAuth': Me
}

export const MEMBERSHIP_WRITES = [
  'membership.apply',
  'membership.withdraw',
  'membership.leave',
  'membership.approve',
  'membership.reject',
  'membership.remove',
  'membership.setAdmin',
  'membership.createInvite',
  'membership.revokeInvite',
  'membership.redeem',
  'membership.licenseAuth'
] as const
