import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { STEWARD_ROUTES, stewardAssignUrl, stewardHistoryUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import CareCard from './CareCard'
import ContactCard from './ContactCard'
import DutiesCard from './DutiesCard'
import RecordSection from './RecordSection'
import StewardHero from './StewardHero'
import '../steward.scss'

/** A steward's page: card, how to reach them, the 五员 duties, the public record; the care list for those entitled. */
export default function StewardDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('steward.get', { id }), [id])
  const steward = useRemote(load, id !== '')
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  usePullDownRefresh(() => {
    void steward.reload().finally(() => Taro.stopPullDownRefresh())
  })

  if (!id) {
    return (
      <View className='page st-detail'>
        <EmptyState text='未指定企业管家' />
      </View>
    )
  }
  if (!steward.data) {
    return (
      <View className='page st-detail'>
        <RemotePending remote={steward} />
      </View>
    )
  }
  const s = steward.data
  const role = me.data?.account.role
  // the care list reaches the steward, the park's managers and the admin; of those, managers assign
  const manages = s.enterprises !== null && (role === 'manager' || role === 'admin')
  const own = me.data?.account._id === s._id
  return (
    <View className='page st-detail'>
      <StewardHero steward={s} />
      <ContactCard steward={s} />
      <DutiesCard steward={s} />
      <RecordSection stewardId={s._id} />
      {s.enterprises && <CareCard enterprises={s.enterprises} />}
      {own && (
        <View className='page-actions'>
          <Text id='steward-edit-link' className='st-link' onClick={() => openPage(STEWARD_ROUTES.edit)}>
            编辑我的名片 ›
          </Text>
        </View>
      )}
      {manages && (
        <Card title='管家管理'>
          <Text id='steward-assign-link' className='st-link' onClick={() => openPage(stewardAssignUrl(s._id))}>
            为该管家指派企业 ›
          </Text>
          <Text id='steward-history-link' className='st-link' onClick={() => openPage(stewardHistoryUrl({ stewardId: s._id }))}>
            管家变更记录 ›
          </Text>
        </Card>
      )}
    </View>
  )
}
