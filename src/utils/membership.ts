import type { ApplicantCapacity, Me } from '../../types'

/** 待认证: the caller filed a 企业认证申请 that staff have not decided yet */
export const isPendingMember = (me: Me | null | undefined): boolean => me?.membership?.status === 'pending'

/** an approved member who acts for the enterprise */
export const isMember = (me: Me | null | undefined): boolean => !!me?.enterprise && me.membership?.status === 'approved'

/** the enterprise's 企业管理员 (invites, removes members) */
export const isEnterpriseAdmin = (me: Me | null | undefined): boolean => isMember(me) && me?.membership?.isAdmin === true

/** stewards, park managers and the city admin review 企业认证申请 */
export const reviewsMemberships = (me: Me | null | undefined): boolean => {
  const role = me?.account.role
  return role === 'steward' || role === 'manager' || role === 'admin'
}

/** the label of the button that leads to the 企业认证 page */
export const GO_VERIFY = '去企业认证'

/** what a 待认证 person reads where the enterprise is needed */
export const PENDING_TITLE = '企业认证审核中'
export const PENDING_TEXT = '您的企业认证申请正在审核中，通过后即可以企业名义办理。可在“我的 → 企业认证”查看进度。'

/** 申请身份 in one word, for status lines and the staff queue */
export const CAPACITY_SHORT: Record<ApplicantCapacity, string> = { legalRep: '法定代表人', authorised: '受企业委托' }
