import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CIRCLE_ROUTES, type Me } from '../../../../types'
import { call } from '../../../services'
import { LECTURE_ROUTES, MEMBERSHIP_ROUTES, PUBLISH_ROUTES, ROUTES, SERVICE_ROUTES, STEWARD_ROUTES } from '../../../constants/routes'
import { isMember, isPendingMember, reviewsMemberships } from '../../../utils/membership'
import { useMembershipCounts } from '../hooks/useMembershipCounts'
import { toUiError } from '../../../utils/errors'
import { openPage } from '../../../utils/nav'

interface Props {
  me: Me
  onChanged: (me: Me) => void
}

interface Action {
  key: string
  label: string
  danger?: boolean
  /** a red count before the arrow, e.g. requests waiting for review */
  count?: number
  run: () => void
}

/** What this role can do from here: 企业认证 and the enterprise's members first, then the role's work. */
export default function MineActions({ me, onChanged }: Props) {
  const [busy, setBusy] = useState(false)
  const role = me.account.role
  const staff = reviewsMemberships(me)
  const member = isMember(me)
  const pendingReviews = useMembershipCounts(staff)

  const leave = async () => {
    if (busy || !me.enterprise) return
    const { confirm } = await Taro.showModal({
      title: '退出企业',
      content: `确定退出“${me.enterprise.name}”吗？退出后将不能再以企业名义办理，也看不到企业的办件、档案和预约；重新加入需再次认证。`,
      confirmText: '退出',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    setBusy(true)
    try {
      const next = await call('membership.leave', { confirm: true })
      onChanged(next)
      void Taro.showToast({ title: '已退出企业', icon: 'success' })
    } catch (e) {
      void Taro.showModal({ title: '退出失败', content: toUiError(e).message, showCancel: false })
    } finally {
      setBusy(false)
    }
  }

  const actions: Action[] = []
  // 企业认证 first: without it nothing of the enterprise opens
  if (!staff && !member) {
    const pending = isPendingMember(me)
    actions.push({ key: 'bind', label: pending ? '企业认证（审核中）' : '申请企业认证', run: () => openPage(MEMBERSHIP_ROUTES.apply) })
  }
  // the closed loop, enterprise side: its own cases, and the public board for everyone
  if (member) {
    actions.push({ key: 'members', label: me.membership?.isAdmin ? '企业成员（管理）' : '企业成员', run: () => openPage(MEMBERSHIP_ROUTES.members) })
  }
  if (staff) {
    actions.push({ key: 'membership-queue', label: '企业认证审核', count: pendingReviews, run: () => openPage(MEMBERSHIP_ROUTES.queue) })
  }
  if (role === 'entrepreneur' && me.enterprise) {
    actions.push({ key: 'cases', label: '我的办件', run: () => openPage(ROUTES.caseList) })
    // 一企一档: the facts policy matching works from
    actions.push({ key: 'enterprise-profile', label: '企业档案', run: () => openPage(ROUTES.enterpriseProfile) })
  }
  actions.push({ key: 'rectified', label: '差评整改公示', run: () => openPage(ROUTES.rectifiedBoard) })
  // the closed loop, staff side: the steward workbench and the manager console
  if (role === 'steward' || role === 'manager') {
    actions.push({ key: 'workbench', label: '管家工作台', run: () => openPage(ROUTES.workbenchInbox) })
  }
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'supervise', label: '督办台', run: () => openPage(ROUTES.workbenchSupervise) })
    actions.push({ key: 'deadlines', label: '期限与日历', run: () => openPage(ROUTES.workbenchSettings) })
  }
  // 涉企政策 and 惠企服务, manager side (packages/manage)
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'manage-policies', label: '政策管理', run: () => openPage(SERVICE_ROUTES.managePolicies) })
    actions.push({ key: 'manage-services', label: '服务管理', run: () => openPage(SERVICE_ROUTES.manageServices) })
    actions.push({ key: 'manage-slots', label: '预约场次', run: () => openPage(SERVICE_ROUTES.manageSlots) })
  }
  // 营商动态 and 通知发布, manager side (packages/publish)
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'publish-news', label: '动态管理', run: () => openPage(PUBLISH_ROUTES.news) })
    actions.push({ key: 'publish-notices', label: '通知发布', run: () => openPage(PUBLISH_ROUTES.notices) })
  }
  // 潭商讲堂, organiser side: the list offers 新建讲座, each lecture its sign-ups and check-in code
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'manage-lectures', label: '讲堂管理', run: () => openPage(LECTURE_ROUTES.list) })
  }
  // 企业商圈: the enterprise's posts and contact requests; the managers' moderation queue
  if (role === 'entrepreneur' && me.enterprise) {
    actions.push({ key: 'circle-mine', label: '我的商圈', run: () => openPage(CIRCLE_ROUTES.mine) })
  }
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'circle-moderation', label: '商圈审核', run: () => openPage(CIRCLE_ROUTES.moderation) })
  }
  // 管家团队 (packages/steward): a steward's own card; managers assign stewards and read the history
  if (role === 'steward') actions.push({ key: 'steward-card', label: '我的管家名片', run: () => openPage(STEWARD_ROUTES.edit) })
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'steward-assign', label: '指派企业管家', run: () => openPage(STEWARD_ROUTES.assign) })
    actions.push({ key: 'steward-history', label: '管家变更记录', run: () => openPage(STEWARD_ROUTES.history) })
  }
  if (role === 'guest') {
    actions.push({ key: 'join', label: '管家/管理员邀请码加入', run: () => openPage(ROUTES.join) })
  }
  if (role === 'manager' || role === 'admin') {
    actions.push({ key: 'invites', label: '发放邀请码', run: () => openPage(ROUTES.invites) })
  }
  actions.push({ key: 'profile', label: '编辑资料', run: () => openPage(ROUTES.profile) })
  if (me.devMode) {
    actions.push({ key: 'switch', label: '切换身份', run: () => openPage(ROUTES.devSignIn) })
  }
  if (member) {
    actions.push({ key: 'leave', label: busy ? '正在退出…' : '退出企业', danger: true, run: () => void leave() })
  }

  return (
    <View className='mine-actions'>
      {actions.map((a) => (
        <View key={a.key} id={`action-${a.key}`} className={`mine-actions__row${a.danger ? ' mine-actions__row--danger' : ''}`} onClick={a.run}>
          <Text className='mine-actions__label'>{a.label}</Text>
          <View className='mine-actions__end'>
            {a.count ? (
              <Text className='mine-actions__count' id={`action-${a.key}-count`}>
                {a.count > 99 ? '99+' : a.count}
              </Text>
            ) : null}
            <Text className='mine-actions__arrow'>›</Text>
          </View>
        </View>
      ))}
    </View>
  )
}
