import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import FormField from '../../../../components/FormField'
import { parseDates, weekdayLabel, type DateListKind } from '../dates'

interface Props {
  year: number
  kind: DateListKind
  dates: string[]
  /** the other list, so one day is not both off and on */
  other: string[]
  onChange: (dates: string[]) => void
  /** typed but not yet added; kept in the draft */
  input: string
  onInput: (value: string) => void
  /** a message from the whole form (e.g. too many dates) */
  message?: string
}

const LABELS: Record<DateListKind, { label: string; hint: string }> = {
  holidays: { label: '放假日期', hint: '只需录入原本是工作日的放假日期（周末本来就休息）' },
  workdays: { label: '调休上班日期', hint: '录入需要上班的周六、周日' }
}

/** A list of YYYY-MM-DD dates: type one or several, add, remove each. */
export default function DateListEditor({ year, kind, dates, other, onChange, input, onInput, message }: Props) {
  const [error, setError] = useState<string | undefined>()
  const [note, setNote] = useState<string | undefined>()
  const { label, hint } = LABELS[kind]

  const add = () => {
    const parsed = parseDates(input, { year, kind, current: dates, other })
    setError(parsed.error ?? undefined)
    setNote(parsed.skipped.length > 0 ? `已略过周末：${parsed.skipped.join('、')}（周末本来就休息）` : undefined)
    if (parsed.error) return
    onChange([...dates, ...parsed.added].sort())
    onInput('')
  }

  return (
    <View className={`date-list date-list--${kind}`}>
      <FormField
        id={`${kind}-${year}-input`}
        label={`${label}（${dates.length}天）`}
        placeholder={`如 ${year}-10-01，可一次输入多个，用空格分隔`}
        maxlength={400}
        value={input}
        message={error ?? message ?? note ?? hint}
        tone={error || message ? 'error' : 'hint'}
        onInput={(v) => {
          setError(undefined)
          onInput(v)
        }}
      />
      <View className='date-list__bar'>
        <Text id={`${kind}-${year}-add`} className='date-list__add' onClick={add}>
          添加
        </Text>
      </View>
      <View className='date-list__dates'>
        {dates.map((d) => (
          <View key={d} className='date-list__date'>
            <Text className='date-list__text'>
              {d}（{weekdayLabel(d)}）
            </Text>
            <Text id={`remove-${d}`} className='date-list__remove' onClick={() => onChange(dates.filter((x) => x !== d))}>
              ✕
            </Text>
          </View>
        ))}
      </View>
    </View>
  )
}
