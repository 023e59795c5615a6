import Taro, { usePullDownRefresh, useShareAppMessage } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { MemberInvite } from '../../../../types'
import { call } from '../../../services'
import BindPrompt from '../../../components/BindPrompt'
import Card from '../../../components/Card'
import ErrorState from '../../../components/ErrorState'
import LoadingState from '../../../components/LoadingState'
import RemotePending from '../../../components/RemotePending'
import { joinEnterpriseUrl, ROUTES } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { isEnterpriseAdmin, isMember } from '../../../utils/membership'
import InvitePanel from './components/InvitePanel'
import MemberRow from './components/MemberRow'
import { useMemberOps } from './useMemberOps'
import '../membership.scss'

/**
 * 企业成员: the 企业管理员 sees everyone approved for the enterprise, invites colleagues,
 * makes or unmakes admins and removes members; any other member learns who manages the
 * roster. Every member can leave.
 */
export default function MembersPage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const member = isMember(me.data)
  const admin = isEnterpriseAdmin(me.data)
  const loadMembers = useCallback(() => call('membership.members', {}), [])
  // the roster is the admin's (membership.members answers NOT_ENTERPRISE_ADMIN to anyone else)
  const members = useRemote(loadMembers, admin)
  const [created, setCreated] = useState<MemberInvite | null>(null)
  const ops = useMemberOps(
    () => void members.reload(),
    () => void Taro.reLaunch({ url: ROUTES.mine })
  )

  usePullDownRefresh(() => {
    void Promise.all([me.reload(), members.reload()]).finally(() => Taro.stopPullDownRefresh())
  })
  // the share button carries the code it shares; without one (the menu) the newest code
  useShareAppMessage((res) => {
    const code = (res.target as { dataset?: { code?: string } } | undefined)?.dataset?.code ?? created?.code
    const name = me.data?.enterprise?.name ?? '企业'
    return { title: `邀请您加入${name}`, path: code ? joinEnterpriseUrl(code) : ROUTES.home }
  })

  if (!me.data) {
    return (
      <View className='page ms-page'>
        <RemotePending remote={me} />
      </View>
    )
  }
  if (!member || !me.data.enterprise) {
    return (
      <View className='page ms-page'>
        <BindPrompt title='认证为企业成员后可查看企业成员' text='企业成员由企业管理员邀请，或经园区审核企业认证申请后加入。' pending={me.data.membership?.status === 'pending'} />
      </View>
    )
  }

  const enterprise = me.data.enterprise
  const selfId = me.data.membership?._id
  let body
  if (!admin)
    body = (
      <View className='ms-status ms-status--approved' id='member-self'>
        <View className='ms-status__head'>
          <Text className='ms-status__title'>{me.data.account.name || '我'}</Text>
          <Text className='ms-tag ms-tag--approved'>企业成员</Text>
        </View>
        <Text className='ms-status__text'>成员名单由企业管理员管理。如需邀请同事加入、查看或移除成员，请联系本企业的企业管理员。</Text>
      </View>
    )
  else if (!members.data) body = members.error ? <ErrorState error={members.error} onRetry={() => void members.reload()} /> : <LoadingState />
  else
    body = (
      <Card title={`成员（${members.data.length}）`}>
        {members.error && <ErrorState compact error={members.error} onRetry={() => void members.reload()} />}
        {members.data.map((m) => (
          <MemberRow key={m._id} member={m} self={m._id === selfId} manage={admin} busy={ops.busy} onSetAdmin={(x, a) => void ops.changeAdmin(x, a)} onRemove={ops.removeMember} />
        ))}
      </Card>
    )

  return (
    <View className='page ms-page'>
      <Text className='page-note'>
        {enterprise.name}
        {admin ? ' · 您是企业管理员，可以邀请同事、设置管理员和移除成员。' : ' · 您是本企业的成员。'}
      </Text>
      {body}
      {admin && <InvitePanel created={created} onCreated={setCreated} />}
      <View className='ms-leave' id='member-leave' onClick={() => !ops.leaving && void ops.leaveEnterprise(enterprise.name)}>
        <Text>{ops.leaving ? '正在退出…' : '退出企业'}</Text>
      </View>
    </View>
  )
}
