import { Text, View } from '@tarojs/components'
import './index.scss'

export interface ChipOption {
  key: string
  label: string
}

interface Props {
  /** the group's id; each chip is `${id}-${key}` (tests and e2e find chips by it) */
  id: string
  options: ReadonlyArray<string | ChipOption>
  /** keys of the chips that are on */
  selected: readonly string[]
  onToggle: (key: string) => void
  disabled?: boolean
}

const asOption = (o: string | ChipOption): ChipOption => (typeof o === 'string' ? { key: o, label: o } : o)

/** A wrapping row of on/off chips, for single or multiple choice (the caller decides what a tap means). */
export default function ChipGroup({ id, options, selected, onToggle, disabled = false }: Props) {
  return (
    <View className='chip-group' id={id}>
      {options.map(asOption).map(({ key, label }) => {
        const on = selected.includes(key)
        return (
          <Text
            key={key}
            id={`${id}-${key}`}
            className={`chip-group__chip${on ? ' chip-group__chip--on' : ''}`}
            aria-pressed={on}
            onClick={() => {
              if (!disabled) onToggle(key)
            }}
          >
            {label}
          </Text>
        )
      })}
    </View>
  )
}

/** the list with `key` added or taken out: what a tap means in a multiple-choice group */
export function toggled<T extends string>(list: readonly T[], key: T): T[] {
  return list.includes(key) ? list.filter((x) => x !== key) : [...list, key]
}
