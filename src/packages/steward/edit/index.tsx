import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import CardForm from './CardForm'
import '../steward.scss'

/** 我的名片: a steward edits the card the directory shows (title, department, duties, expertise, photo). */
export default function StewardEditPage() {
  const load = useCallback(async () => {
    const me = await call('session.me', {})
    if (me.account.role !== 'steward') return null
    return call('steward.get', { id: me.account._id })
  }, [])
  const card = useRemote(load)

  if (card.data === null) {
    if (card.loading || card.error) {
      return (
        <View className='page st-edit'>
          <RemotePending remote={card} />
        </View>
      )
    }
    return (
      <View className='page st-edit'>
        <EmptyState text='只有企业管家可以编辑管家名片' />
      </View>
    )
  }
  return (
    <View className='page st-edit'>
      <Text className='page-note'>名片会显示在“管家团队”中。手机号在“编辑资料”中修改，仅向您负责的企业和管理人员完整显示。</Text>
      <CardForm card={card.data} />
    </View>
  )
}
