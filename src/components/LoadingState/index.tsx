import { View } from '@tarojs/components'
import AtActivityIndicator from 'taro-ui/lib/components/activity-indicator'
import './index.scss'

interface Props {
  text?: string
}

/** A centred spinner while the first data of a view loads. */
export default function LoadingState({ text = '加载中…' }: Props) {
  return (
    <View className='loading-state' aria-busy='true'>
      <AtActivityIndicator content={text} color='#1f5fbf' />
    </View>
  )
}
