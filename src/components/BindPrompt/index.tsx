import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { ROUTES } from '../../constants/routes'
import { openPage } from '../../utils/nav'
import './index.scss'

interface Props {
  /** e.g. 绑定企业后可查看为您推荐的政策 */
  title: string
  /** why the enterprise is needed */
  text: string
  /** staff cannot bind: only the explanation */
  canBind?: boolean
}

/** Shown where a page needs the caller's enterprise (profile, recommendations) and there is none. */
export default function BindPrompt({ title, text, canBind = true }: Props) {
  return (
    <View className='bind-prompt' id='bind-prompt'>
      <Text className='bind-prompt__title'>{title}</Text>
      <Text className='bind-prompt__text'>{text}</Text>
      {canBind && (
        <View className='bind-prompt__action' id='go-bind'>
          <AtButton type='primary' onClick={() => openPage(ROUTES.bind)}>
            去绑定企业
          </AtButton>
        </View>
      )}
    </View>
  )
}
