import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { ROUTES } from '../../constants/routes'
import { openPage } from '../../utils/nav'
import { useCallback } from 'react'
import { call } from '../../services'
import { useRemote } from '../../hooks/useRemote'
import { GO_VERIFY, isPendingMember, PENDING_TEXT, PENDING_TITLE } from '../../utils/membership'
import './index.scss'

interface Props {
  /** e.g. 认证为企业成员后可查看为您推荐的政策 */
  title: string
  /** why the enterprise is needed */
  text: string
  /** staff cannot apply: only the explanation */
  canBind?: boolean
  /** the caller's 企业认证申请 is 待认证: say so instead of asking again (unknown: asked here) */
  pending?: boolean
}

/** whether the caller is 待认证, when the page did not say (it only had a NOT_BOUND answer) */
function useAskedPending(ask: boolean): boolean {
  const load = useCallback(() => call('session.me', {}), [])
  const me = useRemote(load, ask)
  return ask && isPendingMember(me.data)
}

/** Shown where a page needs the caller's enterprise (profile, recommendations) and there is none. */
export default function BindPrompt({ title, text, canBind = true, pending: known }: Props) {
  const asked = useAskedPending(canBind && known === undefined)
  const pending = known ?? asked
  return (
    <View className='bind-prompt' id='bind-prompt'>
      <Text className='bind-prompt__title'>{pending ? PENDING_TITLE : title}</Text>
      <Text className='bind-prompt__text'>{pending ? PENDING_TEXT : text}</Text>
      {canBind && (
        <View className='bind-prompt__action' id='go-bind'>
          <AtButton type={pending ? 'secondary' : 'primary'} onClick={() => openPage(ROUTES.bind)}>
            {pending ? '查看认证进度' : GO_VERIFY}
          </AtButton>
        </View>
      )}
    </View>
  )
}
