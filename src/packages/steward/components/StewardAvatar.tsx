import { Image, Text, View } from '@tarojs/components'
import { fileUrl } from '../../../services'

interface Props {
  name: string
  photo: string | null
  large?: boolean
}

/** The steward's photo, or the first character of the name when there is none. */
export default function StewardAvatar({ name, photo, large = false }: Props) {
  const className = `st-avatar${large ? ' st-avatar--lg' : ''}`
  if (photo) return <Image className={className} src={fileUrl(photo)} mode='aspectFill' />
  return (
    <View className={className}>
      <Text>{name.slice(0, 1) || '管'}</Text>
    </View>
  )
}
