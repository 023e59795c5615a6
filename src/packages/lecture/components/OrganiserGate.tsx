import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { isOrganiser } from '../roles'
import { useMe } from '../useMe'

interface Props {
  className: string
  children: ReactNode
}

/** An organiser's page: park managers and the city admin; anyone else is told plainly (the server refuses them anyway). */
export default function OrganiserGate({ className, children }: Props) {
  const me = useMe()
  let body: ReactNode
  if (!me.data) body = <RemotePending remote={me} />
  else if (!isOrganiser(me.data)) body = <EmptyState text='讲堂管理仅供园区管理员和市级管理员使用' hint='如需开通，请联系市营商环境协调事务中心' />
  else body = children
  return <View className={`page ${className}`}>{body}</View>
}
