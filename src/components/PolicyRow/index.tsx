import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { PolicySummary } from '../../../types'
import { formatDate } from '../../utils/time'
import Highlighted from '../Highlighted'
import PolicyTags from './PolicyTags'
import './index.scss'

export { default as PolicyTags } from './PolicyTags'
export * from './labels'

interface Props {
  item: PolicySummary
  onOpen: (item: PolicySummary) => void
  /** the row's id is `${idPrefix}-${item._id}` */
  idPrefix?: string
  /** under the row, e.g. the conditions an enterprise does not meet yet */
  children?: ReactNode
}

/** One policy in a list: title (search hits marked), tags, a snippet or the summary, issuer and date. */
export default function PolicyRow({ item, onOpen, idPrefix = 'policy-result', children }: Props) {
  const hl = item.highlight
  return (
    <View id={`${idPrefix}-${item._id}`} className='policy-row' onClick={() => onOpen(item)}>
      {hl ? <Highlighted className='policy-row__title' segments={hl.title} /> : <Text className='policy-row__title'>{item.title}</Text>}
      <PolicyTags policy={item} />
      {hl && hl.snippet.length > 0 ? (
        <Highlighted className='policy-row__snippet' segments={hl.snippet} />
      ) : (
        item.summary && <Text className='policy-row__snippet'>{item.summary}</Text>
      )}
      <View className='policy-row__meta'>
        <Text className='policy-row__issuer'>{item.issuer}</Text>
        {item.docNumber && <Text className='policy-row__doc'>{item.docNumber}</Text>}
        <Text className='policy-row__date'>{formatDate(item.publishedAt)}</Text>
      </View>
      {children}
    </View>
  )
}
