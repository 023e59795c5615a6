import { View } from '@tarojs/components'
import { useCallback, type ReactNode } from 'react'
import type { Me } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'

interface Props {
  /** e.g. 动态管理 */
  what: string
  className: string
  children: (me: Me) => ReactNode
}

/** A publishing page: for park managers and the city admin; anyone else is told plainly (the server refuses them anyway). */
export default function PublishGate({ what, className, children }: Props) {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  let body: ReactNode
  if (!me.data) body = <RemotePending remote={me} />
  else if (me.data.account.role !== 'manager' && me.data.account.role !== 'admin') body = <EmptyState text={`${what}仅供园区管理员和市级管理员使用`} hint='如需开通，请联系市营商环境协调事务中心' />
  else body = children(me.data)
  return <View className={`page publish ${className}`}>{body}</View>
}
