import { View } from '@tarojs/components'
import { useCallback, type ReactNode } from 'react'
import type { Me, Role } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'

interface Props {
  roles: Role[]
  /** what someone else sees (the server refuses them anyway) */
  deniedText: string
  className: string
  children: (me: Me) => ReactNode
}

/** A staff page: loads who the caller is and shows the page only to the roles it is for. */
export default function RoleGate({ roles, deniedText, className, children }: Props) {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  let body: ReactNode
  if (!me.data) body = <RemotePending remote={me} />
  else if (!roles.includes(me.data.account.role)) body = <EmptyState text={deniedText} />
  else body = children(me.data)
  return <View className={`page workbench ${className}`}>{body}</View>
}
