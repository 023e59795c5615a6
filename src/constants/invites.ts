import type { Invite, InviteRole } from '../../types'

export const INVITE_ROLE_LABELS: Record<InviteRole, string> = {
  steward: '企业管家',
  manager: '园区管理员'
}

export const INVITE_STATUS_LABELS: Record<Invite['status'], string> = {
  unused: '未使用',
  used: '已使用',
  expired: '已过期',
  revoked: '已撤销'
}
