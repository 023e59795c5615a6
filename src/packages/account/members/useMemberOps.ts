import Taro from '@tarojs/taro'
import type { Me, Membership } from '../../../../types'
import { useSubmission } from '../../../hooks/useSubmission'

/** 设为/取消管理员, 移除成员 and 退出企业: each confirmed, each answering what changed. */
export function useMemberOps(onMemberChanged: () => void, onLeft: (me: Me) => void) {
  const setAdmin = useSubmission('membership.setAdmin')
  const remove = useSubmission('membership.remove')
  const leave = useSubmission('membership.leave')

  const fail = (title: string, message: string) => void Taro.showModal({ title, content: message, showCancel: false })

  const changeAdmin = async (m: Membership, admin: boolean) => {
    const { confirm } = await Taro.showModal({
      title: admin ? '设为管理员' : '取消管理员',
      content: admin ? `设为管理员后，“${m.name}”可以邀请和移除企业成员。` : `确定取消“${m.name}”的企业管理员身份吗？`,
      confirmText: admin ? '设为管理员' : '取消管理员'
    })
    if (!confirm) return
    const result = await setAdmin.submit({ id: m._id, admin })
    if (result.ok) {
      onMemberChanged()
      void Taro.showToast({ title: admin ? '已设为管理员' : '已取消管理员', icon: 'success' })
    } else if (result.error) fail('操作失败', result.error.message)
  }

  /** true when removed (the row closes its form) */
  const removeMember = async (m: Membership, reason: string): Promise<boolean> => {
    const result = await remove.submit({ id: m._id, reason })
    if (result.ok) {
      onMemberChanged()
      void Taro.showToast({ title: '已移除', icon: 'success' })
      return true
    }
    if (result.error) fail('移除失败', result.error.message)
    return false
  }

  const leaveEnterprise = async (enterpriseName: string) => {
    const { confirm } = await Taro.showModal({
      title: '退出企业',
      content: `确定退出“${enterpriseName}”吗？退出后将不能再以企业名义办理，也看不到企业的办件、档案和预约；重新加入需再次认证。`,
      confirmText: '退出',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    const result = await leave.submit({ confirm: true })
    if (result.ok) {
      onLeft(result.data)
      void Taro.showToast({ title: '已退出企业', icon: 'success' })
    } else if (result.error) fail('退出失败', result.error.message)
  }

  return {
    changeAdmin,
    removeMember,
    leaveEnterprise,
    busy: setAdmin.submitting || remove.submitting,
    leaving: leave.submitting
  }
}
