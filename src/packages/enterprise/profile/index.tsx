import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import BindPrompt from '../../../components/BindPrompt'
import Card from '../../../components/Card'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { formatDateTime } from '../../../utils/time'
import ProfileForm from './ProfileForm'
import ProfileHistory from './ProfileHistory'
import './index.scss'

/** 企业档案 (一企一档): the enterprise's matching facts, editable by its own users, with the record of every change. */
export default function EnterpriseProfilePage() {
  const load = useCallback(() => call('enterprise.profile', {}), [])
  const remote = useRemote(load)
  const profile = remote.data

  if (!profile) {
    const code = remote.error?.code
    return (
      <View className='page enterprise-profile'>
        {code === 'NOT_BOUND' || code === 'MEMBERSHIP_PENDING' ? (
          <BindPrompt
            title='认证为企业成员后可维护企业档案'
            text='企业档案（一企一档）记录行业、规模、成立时间、人数、营收和资质标签，用于为您的企业匹配适用政策。'
            pending={code === 'MEMBERSHIP_PENDING' ? true : undefined}
          />
        ) : code === 'FORBIDDEN' ? (
          <BindPrompt title='企业档案由企业用户维护' text='工作人员账号没有可维护的企业档案。' canBind={false} />
        ) : (
          <RemotePending remote={remote} />
        )}
      </View>
    )
  }

  return (
    <View className='page enterprise-profile'>
      <Card>
        <View className='profile-head'>
          <Text className='profile-head__name'>{profile.name}</Text>
          <Text className='profile-head__updated'>
            {profile.updatedAt ? `最近更新：${formatDateTime(profile.updatedAt)}${profile.updatedByName ? ` · ${profile.updatedByName}` : ''}` : '档案尚未由企业确认过，请核对并补全'}
          </Text>
        </View>
      </Card>
      <Text className='page-note'>以下信息用于匹配适用政策，仅本企业和负责的工作人员可见。保存后立即重新匹配。</Text>
      <ProfileForm profile={profile} onSaved={remote.setData} />
      {/* remounted after each save, so the new change is listed */}
      <ProfileHistory key={profile.updatedAt ?? 'never'} />
    </View>
  )
}
