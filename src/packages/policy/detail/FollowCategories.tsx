import { Text, View } from '@tarojs/components'
import type { PolicyCategory } from '../../../../types'

interface Props {
  categories: PolicyCategory[]
  followed: PolicyCategory[]
  busy: boolean
  onToggle: (category: PolicyCategory, on: boolean) => void
}

/** The policy's categories, each followable: new policies in a followed category are notified. */
export default function FollowCategories({ categories, followed, busy, onToggle }: Props) {
  if (categories.length === 0) return null
  return (
    <View className='policy-follow'>
      <Text className='policy-follow__label'>类别</Text>
      <View className='policy-follow__items'>
        {categories.map((c) => {
          const on = followed.includes(c)
          return (
            <View
              key={c}
              id={`follow-${c}`}
              className={`policy-follow__item${on ? ' policy-follow__item--on' : ''}`}
              aria-pressed={on}
              onClick={() => {
                if (!busy) onToggle(c, !on)
              }}
            >
              <Text className='policy-follow__name'>{c}</Text>
              <Text className='policy-follow__state'>{on ? '已关注' : '+ 关注'}</Text>
            </View>
          )
        })}
      </View>
    </View>
  )
}
