import { Input, Text, View } from '@tarojs/components'

type Row = { name: string; url: string }

interface Props {
  value: Row[]
  message?: string
  onChange: (rows: Row[]) => void
}

const MAX = 10

/** Attachments as name + address rows (files already published elsewhere: https:// or cloud://). */
export default function PolicyAttachments({ value, message, onChange }: Props) {
  const edit = (i: number, patch: Partial<Row>) => onChange(value.map((r, j) => (j === i ? { ...r, ...patch } : r)))
  return (
    <View className='mg-rows'>
      {value.map((r, i) => (
        <View key={i} className='mg-rows__row'>
          <Input id={`attachment-name-${i}`} className='mg-rows__input' placeholder='附件名称' value={r.name} maxlength={100} onInput={(e) => edit(i, { name: e.detail.value })} />
          <Input id={`attachment-url-${i}`} className='mg-rows__input mg-rows__input--wide' placeholder='https:// 或 cloud:// 地址' value={r.url} maxlength={300} onInput={(e) => edit(i, { url: e.detail.value })} />
          <Text className='mg-rows__remove' onClick={() => onChange(value.filter((_, j) => j !== i))}>
            删除
          </Text>
        </View>
      ))}
      {value.length < MAX && (
        <Text id='attachment-add' className='mg-link' onClick={() => onChange([...value, { name: '', url: '' }])}>
          ＋ 添加附件
        </Text>
      )}
      {message && <Text className='mg-message'>{message}</Text>}
    </View>
  )
}
