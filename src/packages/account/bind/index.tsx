import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect } from 'react'
import type { Me } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { joinEnterpriseUrl, MEMBERSHIP_ROUTES, ROUTES } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import { goBackOr, openPage } from '../../../utils/nav'
import { reviewsMemberships } from '../../../utils/membership'
import ApplyForm from './components/ApplyForm'
import MembershipStatus from './components/MembershipStatus'
import OtherWays from './components/OtherWays'
import { useApplyForm } from './useApplyForm'
import { useMembershipActions } from './useMembershipActions'
import '../membership.scss'

/**
 * 企业认证: the 企业认证申请 form (name + credit code only start a request), its status once
 * filed (待认证 with 撤回, 未通过 with the reason), and the other ways in: a colleague's code
 * and the 电子营业执照 authorisation.
 */
export default function MembershipApplyPage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const form = useApplyForm()
  // back from 编辑资料 (or a decision arrived): show the current state
  useShowRefresh(() => void me.reload())
  const changed = useCallback(
    (next: Me) => {
      // approved by the authorisation: the request's draft is no longer needed
      if (next.membership?.status === 'approved') form.discard()
      me.setData(next)
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [form.discard, me.setData]
  )
  const actions = useMembershipActions(form.values, changed)
  const rejectedName = me.data?.membership?.status === 'rejected' ? me.data.membership.enterpriseName : ''
  const { restored, set } = form
  const typedName = form.values.name

  // applying again after 未通过: start from the enterprise of the last request
  useEffect(() => {
    if (rejectedName && !restored && !typedName) set('name', rejectedName)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [rejectedName])

  if (!me.data) {
    return (
      <View className='page ms-page'>
        <RemotePending remote={me} />
      </View>
    )
  }
  if (reviewsMemberships(me.data)) {
    return (
      <View className='page ms-page'>
        <EmptyState text='工作人员账号不能申请企业认证' hint='企业的认证申请请在“我的 → 企业认证审核”中处理。' />
      </View>
    )
  }

  const membership = me.data.membership
  const submitted = (next: Me) => {
    me.setData(next)
    void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
    void Taro.showToast({ title: '申请已提交', icon: 'success' })
  }

  if (membership && (membership.status === 'pending' || membership.status === 'approved')) {
    return (
      <View className='page ms-page'>
        {me.error && <ErrorState compact error={me.error} onRetry={() => void me.reload()} />}
        <MembershipStatus
          membership={membership}
          onWithdraw={() => void actions.withdraw(membership.enterpriseName)}
          withdrawing={actions.withdrawing}
          onOpenMembers={() => openPage(MEMBERSHIP_ROUTES.members)}
        />
        <Text className='ms-back' id='membership-back' onClick={() => goBackOr(ROUTES.mine)}>
          返回“我的”
        </Text>
      </View>
    )
  }

  return (
    <View className='page ms-page'>
      <Text className='page-note'>
        知道企业名称和统一社会信用代码只能提交申请：请上传营业执照，由园区核实您与企业的关系后通过认证。认证后可以企业名义咨询、申请服务、预约和查看办件。
      </Text>
      {membership && (membership.status === 'rejected' || membership.status === 'removed') && <MembershipStatus membership={membership} />}
      {(!me.data.account.name || !me.data.account.phone) && (
        <View className='ms-warn' id='apply-profile-missing'>
          <Text>审核人员需要核对申请人的姓名和手机号，请先填写。</Text>
          <Text className='ms-warn__link' onClick={() => openPage(ROUTES.profile)}>
            去填写姓名和手机号 ›
          </Text>
        </View>
      )}
      <ApplyForm form={form} onSubmitted={submitted} />
      <OtherWays
        devMode={me.data.devMode}
        authorising={actions.authorising}
        authError={actions.authError}
        onInviteCode={() => openPage(joinEnterpriseUrl())}
        onLicenseAuth={() => void actions.licenseAuth()}
      />
    </View>
  )
}
