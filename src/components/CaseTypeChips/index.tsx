import { Text, View } from '@tarojs/components'
import { CASE_TYPES, CASE_TYPE_LABELS, type CaseType } from '../../../types'
import './index.scss'

interface Props {
  value: CaseType | null
  onChange: (type: CaseType | null) => void
}

const OPTIONS: Array<[CaseType | null, string]> = [[null, '全部类型'], ...CASE_TYPES.map((t): [CaseType, string] => [t, CASE_TYPE_LABELS[t]])]

/** Narrows a case list to one type (咨询 / 投诉 / 服务申请), or shows all (#type-all). */
export default function CaseTypeChips({ value, onChange }: Props) {
  return (
    <View className='case-type-chips'>
      {OPTIONS.map(([t, label]) => (
        <Text
          key={label}
          id={`type-${t ?? 'all'}`}
          className={`case-type-chips__chip${t === value ? ' case-type-chips__chip--on' : ''}`}
          onClick={() => onChange(t)}
        >
          {label}
        </Text>
      ))}
    </View>
  )
}
