import { Text, View } from '@tarojs/components'
import type { StewardCard } from '../../../../types'
import StewardAvatar from './StewardAvatar'
import Tags from './Tags'

interface Props {
  card: StewardCard
  onOpen: (card: StewardCard) => void
}

/** One steward in the directory: who, where, which duties, what they are good at, how many enterprises, the (masked) phone. */
export default function StewardCardItem({ card, onOpen }: Props) {
  const where = [card.department, card.parkName].filter(Boolean).join(' · ')
  return (
    <View id={`steward-${card._id}`} className='st-card' onClick={() => onOpen(card)}>
      <StewardAvatar name={card.name} photo={card.photo} />
      <View className='st-card__body'>
        <View className='st-card__head'>
          <Text className='st-card__name'>{card.name}</Text>
          <Text className='st-card__title'>{card.title}</Text>
        </View>
        {where && <Text className='st-card__dept'>{where}</Text>}
        <Tags items={card.duties} />
        {card.expertise.length > 0 && <Text className='st-card__expertise'>擅长：{card.expertise.join('、')}</Text>}
        <View className='st-card__foot'>
          <Text>服务企业 {card.enterpriseCount} 家</Text>
          <Text className='st-card__phone'>{card.phone || '未留电话'}</Text>
        </View>
      </View>
    </View>
  )
}
