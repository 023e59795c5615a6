import { Text, View } from '@tarojs/components'
import { CIRCLE_ROUTES, type Me } from '../../../../types'
import { openPage } from '../../../utils/nav'
import { canModerate, canPost } from '../access'

interface Props {
  total: number
  loaded: boolean
  me: Me | null
}

/** The count of shown posts, and the ways to one's own posts (企业) or the moderation queue (管理员). */
export default function ResultBar({ total, loaded, me }: Props) {
  return (
    <View className='circle-bar'>
      <Text className='circle-bar__total'>{loaded ? `共 ${total} 条` : ''}</Text>
      {me && canPost(me) && (
        <Text id='circle-mine' className='circle-bar__link' onClick={() => openPage(CIRCLE_ROUTES.mine)}>
          我的发布
        </Text>
      )}
      {me && canModerate(me) && (
        <Text id='circle-moderation' className='circle-bar__link' onClick={() => openPage(CIRCLE_ROUTES.moderation)}>
          商圈审核
        </Text>
      )}
    </View>
  )
}
