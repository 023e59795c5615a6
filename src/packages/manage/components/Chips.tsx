import { Text, View } from '@tarojs/components'

export type ChipOption = string | { value: string; label: string }

interface Props {
  /** prefix of each chip's id: `${id}-${value}` */
  id: string
  options: readonly ChipOption[]
  selected: readonly string[]
  onToggle: (value: string) => void
}

const valueOf = (o: ChipOption) => (typeof o === 'string' ? o : o.value)
const labelOf = (o: ChipOption) => (typeof o === 'string' ? o : o.label)

/** A row of tappable chips; the caller decides whether a tap picks one or toggles one of several. */
export default function Chips({ id, options, selected, onToggle }: Props) {
  return (
    <View className='mg-chips' id={id}>
      {options.map((o) => {
        const value = valueOf(o)
        const on = selected.includes(value)
        return (
          <Text key={value} id={`${id}-${value}`} className={`mg-chips__chip${on ? ' mg-chips__chip--on' : ''}`} aria-pressed={on} onClick={() => onToggle(value)}>
            {labelOf(o)}
          </Text>
        )
      })}
    </View>
  )
}

/** the list with `value` added or taken out */
export function toggled<T extends string>(list: readonly T[], value: T): T[] {
  return list.includes(value) ? list.filter((x) => x !== value) : [...list, value]
}
