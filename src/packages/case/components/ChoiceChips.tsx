import { Text, View } from '@tarojs/components'

interface Props {
  /** prefix of each chip's id, e.g. category → #category-政策咨询 */
  id: string
  options: readonly string[]
  /** the chosen ones */
  selected: readonly string[]
  onToggle: (option: string) => void
}

/** A row of tappable chips: categories (one) or rating tags (several). */
export default function ChoiceChips({ id, options, selected, onToggle }: Props) {
  return (
    <View className='choice-chips' id={id}>
      {options.map((o) => {
        const on = selected.includes(o)
        return (
          <Text
            key={o}
            id={`${id}-${o}`}
            className={`choice-chips__chip${on ? ' choice-chips__chip--on' : ''}`}
            aria-pressed={on}
            onClick={() => onToggle(o)}
          >
            {o}
          </Text>
        )
      })}
    </View>
  )
}
