import { Text, View } from '@tarojs/components'
import { HOME_TILES, SECTIONS } from '../../../constants/sections'
import { openSection } from '../../../utils/nav'

/** The six service functions as tiles, two per row. */
export default function SectionGrid() {
  return (
    <View className='section-grid'>
      {HOME_TILES.map((key) => {
        const s = SECTIONS[key]
        return (
          <View key={key} id={`tile-${key}`} className='section-grid__tile' onClick={() => openSection(key)}>
            <View className={`section-grid__icon section-grid__icon--${key}`}>
              <Text>{s.glyph}</Text>
            </View>
            <View className='section-grid__text'>
              <Text className='section-grid__title'>{s.title}</Text>
              <Text className='section-grid__brief'>{s.brief}</Text>
            </View>
          </View>
        )
      })}
    </View>
  )
}
