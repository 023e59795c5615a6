import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { ProfileChange } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import PagedListView from '../../../components/PagedListView'
import { usePagedList } from '../../../hooks/usePagedList'
import { formatDateTime } from '../../../utils/time'

const keyOf = (c: ProfileChange) => `${c.at}|${c.byName}`

/** 变更记录: who changed which fact of the profile, and from what to what, newest first. */
export default function ProfileHistory() {
  const fetchPage = useCallback((page: number, pageSize: number) => call('enterprise.profileHistory', { page, pageSize }), [])
  const list = usePagedList(fetchPage, keyOf)
  return (
    <Card title='变更记录'>
      <View id='profile-history'>
        <PagedListView
          list={list}
          card={false}
          renderItem={(c) => (
            <View key={keyOf(c)} className='profile-change'>
              <View className='profile-change__head'>
                <Text className='profile-change__who'>{c.byName}</Text>
                <Text className='profile-change__at'>{formatDateTime(c.at)}</Text>
              </View>
              {c.changes.map((f) => (
                <View key={f.field} className='profile-change__line'>
                  <Text className='profile-change__label'>{f.label}：</Text>
                  <Text className='profile-change__before'>{f.before || '未填写'}</Text>
                  <Text className='profile-change__arrow'> → </Text>
                  <Text className='profile-change__after'>{f.after || '未填写'}</Text>
                </View>
              ))}
            </View>
          )}
          empty={<EmptyState text='暂无变更记录' hint='每次保存都会记下修改人、时间和改动' />}
        />
      </View>
    </Card>
  )
}
