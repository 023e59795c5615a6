import { Text, View } from '@tarojs/components'
import { CHANNELS, SECTIONS } from '../../../constants/sections'
import { openSection } from '../../../utils/nav'

/** 咨询 · 评价 · 投诉: the three channels, as the most prominent buttons on the page. */
export default function ChannelBar() {
  return (
    <View className='channel-bar'>
      {CHANNELS.map((key) => {
        const s = SECTIONS[key]
        return (
          <View key={key} id={`channel-${key}`} className={`channel-bar__item channel-bar__item--${key}`} onClick={() => openSection(key)}>
            <Text className='channel-bar__title'>{s.title}</Text>
            <Text className='channel-bar__brief'>{s.brief}</Text>
          </View>
        )
      })}
    </View>
  )
}
