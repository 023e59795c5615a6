import { View } from '@tarojs/components'
import { useCallback, type ReactNode } from 'react'
import type { Me } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'

interface Props {
  allow: (me: Me) => boolean
  /** what someone not allowed sees instead (the server refuses them anyway) */
  denied: (me: Me) => ReactNode
  className: string
  children: (me: Me) => ReactNode
}

/** A page for some roles only: waits for the account, then shows the page or says why not. */
export default function RoleGate({ allow, denied, className, children }: Props) {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  let body: ReactNode
  if (!me.data) body = <RemotePending remote={me} />
  else if (!allow(me.data)) body = denied(me.data)
  else body = children(me.data)
  return <View className={`page ${className}`}>{body}</View>
}
