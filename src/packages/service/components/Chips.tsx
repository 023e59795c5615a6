import { Text, View } from '@tarojs/components'

export type ChipOption = string | { value: string; label: string }

interface Props {
  /** prefix of each chip's id: `${id}-${value}` (tests and e2e find chips by it) */
  id: string
  options: readonly ChipOption[]
  selected: readonly string[]
  onToggle: (value: string) => void
}

const valueOf = (o: ChipOption) => (typeof o === 'string' ? o : o.value)
const labelOf = (o: ChipOption) => (typeof o === 'string' ? o : o.label)

/** A row of tappable chips (one choice or several; the caller decides what a tap does). */
export default function Chips({ id, options, selected, onToggle }: Props) {
  return (
    <View className='svc-chips' id={id}>
      {options.map((o) => {
        const value = valueOf(o)
        const on = selected.includes(value)
        return (
          <Text key={value} id={`${id}-${value}`} className={`svc-chips__chip${on ? ' svc-chips__chip--on' : ''}`} aria-pressed={on} onClick={() => onToggle(value)}>
            {labelOf(o)}
          </Text>
        )
      })}
    </View>
  )
}
