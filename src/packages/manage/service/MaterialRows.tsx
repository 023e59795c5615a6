import { Input, Switch, Text, View } from '@tarojs/components'
import type { ServiceMaterial } from '../../../../types'
import { nextMaterialKey } from './serviceValues'

interface Props {
  value: ServiceMaterial[]
  /** per row, shown once the form was checked */
  rowErrors: Record<number, string>
  message?: string
  onChange: (rows: ServiceMaterial[]) => void
}

const MAX = 20

/** The 一次性告知 list: each material's name, whether it is required, and a note on its form (e.g. 加盖公章的复印件). */
export default function MaterialRows({ value, rowErrors, message, onChange }: Props) {
  const edit = (i: number, patch: Partial<ServiceMaterial>) => onChange(value.map((m, j) => (j === i ? { ...m, ...patch } : m)))
  const move = (i: number, by: number) => {
    const j = i + by
    if (j < 0 || j >= value.length) return
    const next = value.slice()
    ;[next[i], next[j]] = [next[j], next[i]]
    onChange(next)
  }
  return (
    <View className='mg-materials'>
      {value.map((m, i) => (
        <View key={m.key} id={`material-row-${i}`} className={`mg-materials__row${rowErrors[i] ? ' mg-materials__row--error' : ''}`}>
          <View className='mg-materials__head'>
            <Text className='mg-materials__no'>材料 {i + 1}</Text>
            <Text className='mg-materials__key'>编号 {m.key}</Text>
            <Text className='mg-link' onClick={() => move(i, -1)}>
              上移
            </Text>
            <Text className='mg-link mg-link--danger' onClick={() => onChange(value.filter((_, j) => j !== i))}>
              删除
            </Text>
          </View>
          <Input id={`material-name-${i}`} className='mg-rows__input mg-rows__input--wide' placeholder='材料名称，如 营业执照' value={m.name} maxlength={60} onInput={(e) => edit(i, { name: e.detail.value })} />
          <Input id={`material-note-${i}`} className='mg-rows__input mg-rows__input--wide' placeholder='说明（选填），如 加盖公章的复印件' value={m.note} maxlength={100} onInput={(e) => edit(i, { note: e.detail.value })} />
          <View className='mg-switch mg-switch--inline'>
            <Text>必交</Text>
            <Switch id={`material-required-${i}`} checked={m.required} color='#1f5fbf' onChange={(e) => edit(i, { required: e.detail.value })} />
          </View>
          {rowErrors[i] && <Text className='mg-message'>{rowErrors[i]}</Text>}
        </View>
      ))}
      {value.length < MAX && (
        <Text id='material-add' className='mg-link' onClick={() => onChange([...value, { key: nextMaterialKey(value), name: '', required: true, note: '' }])}>
          ＋ 添加材料
        </Text>
      )}
      {message && <Text className='mg-message'>{message}</Text>}
    </View>
  )
}
