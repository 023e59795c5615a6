import { Text, View } from '@tarojs/components'
import { CASE_TYPES, CASE_TYPE_LABELS, type CaseType } from '../../../../types'

interface Props {
  value: CaseType | null
  onChange: (type: CaseType | null) => void
}

/** Narrows a list to one case type (咨询 / 投诉 / 服务申请), or shows all. */
export default function TypeChips({ value, onChange }: Props) {
  const options: Array<[CaseType | null, string]> = [[null, '全部类型'], ...CASE_TYPES.map((t): [CaseType, string] => [t, CASE_TYPE_LABELS[t]])]
  return (
    <View className='wb-chips'>
      {options.map(([t, label]) => (
        <Text
          key={label}
          id={`type-${t ?? 'any'}`}
          className={`wb-chips__chip${t === value ? ' wb-chips__chip--on' : ''}`}
          onClick={() => onChange(t)}
        >
          {label}
        </Text>
      ))}
    </View>
  )
}
