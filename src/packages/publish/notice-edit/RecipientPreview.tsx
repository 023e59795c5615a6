import { Text, View } from '@tarojs/components'
import type { Preview } from '../hooks/useAudiencePreview'

/** the live count under the audience pickers */
export default function RecipientPreview({ preview }: { preview: Preview }) {
  let text: string
  let tone = ''
  if (preview.kind === 'idle') text = '选择通知对象后显示送达范围'
  else if (preview.kind === 'counting') text = '正在统计送达范围…'
  else if (preview.kind === 'failed') {
    text = preview.message
    tone = ' pb-preview--error'
  } else if (preview.count.enterprises === 0) {
    text = '所选范围内没有企业，发布后无人收到'
    tone = ' pb-preview--error'
  } else text = `将送达 ${preview.count.enterprises} 家企业、${preview.count.users} 位用户`
  return (
    <View id='notice-preview' className={`pb-preview${tone}`}>
      <Text>{text}</Text>
    </View>
  )
}
