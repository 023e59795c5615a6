import { Text, View } from '@tarojs/components'
import type { PolicySummary } from '../../../types'
import { statusLabel, windowLabel, type TagLabel } from './labels'

interface Props {
  policy: Pick<PolicySummary, 'level' | 'exempt' | 'status' | 'window' | 'benefitType'>
  /** lists leave out what is normal (in force) and the benefit type; the detail shows everything */
  full?: boolean
}

/** A policy's level, 免申即享, validity and application window as small coloured tags. */
export default function PolicyTags({ policy, full = false }: Props) {
  const tags: Array<TagLabel & { key: string }> = [{ key: 'level', text: policy.level, tone: 'wait' }]
  if (full) tags.push({ key: 'benefit', text: policy.benefitType, tone: 'wait' })
  if (policy.exempt) tags.push({ key: 'exempt', text: '免申即享', tone: 'ok' })
  if (full || policy.status !== 'in_force') tags.push({ key: 'status', ...statusLabel(policy.status) })
  const win = windowLabel(policy.window)
  // an expired policy's closed window says nothing new
  if (win && !(policy.status === 'expired' && policy.window.state === 'closed')) tags.push({ key: 'window', ...win })
  return (
    <View className='policy-tags'>
      {tags.map((t) => (
        <Text key={t.key} className={`policy-tags__tag policy-tags__tag--${t.tone} policy-tags__${t.key}`}>
          {t.text}
        </Text>
      ))}
    </View>
  )
}
