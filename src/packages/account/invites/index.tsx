import Taro, { usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useEffect, useMemo, useState } from 'react'
import type { Invite } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import ListFooter from '../../../components/ListFooter'
import LoadingState from '../../../components/LoadingState'
import { usePagedList } from '../../../hooks/usePagedList'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { toUiError } from '../../../utils/errors'
import InviteCreate from './components/InviteCreate'
import InviteRow from './components/InviteRow'
import NewInviteCard from './components/NewInviteCard'
import './index.scss'

const keyOf = (i: Invite) => i.code

/** 发放邀请码 (managers and admins): issue one-time codes, see their use, revoke unused ones. */
export default function InvitesPage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const loadParks = useCallback(() => call('park.list', {}), [])
  const me = useRemote(loadMe)
  const role = me.data?.account.role
  const allowed = role === 'manager' || role === 'admin'
  const parks = useRemote(loadParks, allowed)
  const parkNames = useMemo(() => new Map((parks.data ?? []).map((p) => [p._id, p.name])), [parks.data])
  const [created, setCreated] = useState<Invite | null>(null)

  if (!me.data) {
    return (
      <View className='page invites'>
        <RemotePending remote={me} />
      </View>
    )
  }
  if (!allowed) {
    return (
      <View className='page invites'>
        <EmptyState text='仅园区管理员和市级管理员可以发放邀请码' />
      </View>
    )
  }

  return (
    <View className='page invites'>
      {created && <NewInviteCard invite={created} parkName={created.parkId ? parkNames.get(created.parkId) : '全市'} />}
      <InviteCreate me={me.data} parks={parks.data} parksError={parks.error} onRetryParks={() => void parks.reload()} onCreated={setCreated} />
      <InviteList parkNames={parkNames} refreshKey={created?.code ?? ''} />
    </View>
  )
}

interface ListProps {
  parkNames: Map<string, string>
  /** changes when a code was issued, to show it in the list */
  refreshKey: string
}

function InviteList({ parkNames, refreshKey }: ListProps) {
  const fetchPage = useCallback((page: number, pageSize: number) => call('invite.list', { page, pageSize }), [])
  const list = usePagedList(fetchPage, keyOf)
  const { reload } = list

  // a code was just issued: show it in the list
  useEffect(() => {
    if (refreshKey) void reload()
  }, [refreshKey, reload])

  usePullDownRefresh(() => {
    void list.reload().finally(() => Taro.stopPullDownRefresh())
  })
  useReachBottom(() => {
    void list.loadMore()
  })

  const revoke = async (invite: Invite) => {
    const { confirm } = await Taro.showModal({
      title: '撤销邀请码',
      content: `撤销后邀请码 ${invite.code} 将无法使用，确定撤销吗？`,
      confirmText: '撤销',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    try {
      const next = await call('invite.revoke', { code: invite.code })
      list.replaceItem(next)
      void Taro.showToast({ title: '已撤销', icon: 'success' })
    } catch (e) {
      void Taro.showModal({ title: '撤销失败', content: toUiError(e).message, showCancel: false })
    }
  }

  let body
  if (list.items.length === 0) {
    if (list.loading) body = <LoadingState />
    else if (list.error) body = <ErrorState error={list.error} onRetry={() => void list.reload()} />
    else body = <EmptyState text='还没有发放过邀请码' />
  } else {
    body = list.items.map((i) => (
      <InviteRow key={i.code} invite={i} parkName={i.parkId ? parkNames.get(i.parkId) : undefined} onRevoke={revoke} />
    ))
  }

  return (
    <View>
      <Card title='已发放的邀请码'>
        {list.error && list.items.length > 0 && <ErrorState compact error={list.error} onRetry={() => void list.reload()} />}
        {body}
      </Card>
      {list.items.length > 0 && (
        <ListFooter hasMore={list.hasMore} loadingMore={list.loadingMore} moreError={list.moreError} onLoadMore={() => void list.loadMore()} />
      )}
    </View>
  )
}
