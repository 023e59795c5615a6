import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import type { Attachment, ServiceMaterial } from '../../../../types'
import AttachmentPicker from '../../../components/AttachmentPicker'

interface Props {
  material: ServiceMaterial
  index: number
  files: Attachment[]
  /** files this material may hold (the whole application shares one limit) */
  max: number
  /** the server said it is missing (or the submit was tried without it) */
  flagged: boolean
  onChange: (key: string, files: Attachment[]) => void
  onBusy: (key: string, busy: boolean) => void
}

/** One line of the 一次性告知 list with its own uploads (#material-<key>). */
export default function MaterialField({ material, index, files, max, flagged, onChange, onBusy }: Props) {
  const { key } = material
  const change = useCallback((next: Attachment[]) => onChange(key, next), [key, onChange])
  // AttachmentPicker reports busy from an effect on this callback: it must stay the same between renders
  const busy = useCallback((b: boolean) => onBusy(key, b), [key, onBusy])
  const missing = flagged && material.required && files.length === 0
  return (
    <View id={`material-${key}`} className={`svc-material${missing ? ' svc-material--missing' : ''}`}>
      <View className='svc-material__head'>
        <Text className='svc-material__name'>
          {index + 1}. {material.name}
        </Text>
        <Text className={`svc-tag${material.required ? ' svc-tag--required' : ' svc-tag--optional'}`}>{material.required ? '必交' : '选交'}</Text>
      </View>
      {material.note && <Text className='svc-material__note'>{material.note}</Text>}
      <AttachmentPicker value={files} max={max} onChange={change} onBusyChange={busy} />
      {missing && <Text className='svc-material__missing'>缺少此项材料，请上传</Text>}
    </View>
  )
}
