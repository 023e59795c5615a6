import { Text, View } from '@tarojs/components'
import type { PolicyDetail } from '../../../../types'
import { PolicyTags } from '../../../components/PolicyRow'
import { daysLeftText } from '../../../components/PolicyRow/labels'
import { formatDate } from '../../../utils/time'

/** the application window in words, with the days left while it is open */
function applyPeriod(p: PolicyDetail): string {
  if (!p.applyFrom && !p.applyUntil) return p.exempt ? '免申即享，无需申报' : '常年受理'
  const range = `${p.applyFrom ?? '即日起'} 至 ${p.applyUntil ?? '长期'}`
  if (p.window.state === 'open' && p.window.daysLeft !== null) return `${range}（${daysLeftText(p.window.daysLeft)}）`
  if (p.window.state === 'upcoming' && p.window.daysLeft !== null) return `${range}（${p.window.daysLeft}天后开始）`
  if (p.window.state === 'closed') return `${range}（已截止）`
  return range
}

const listOrAny = (items: string[]) => (items.length ? items.join('、') : '不限')

/** Title, tags and the facts of a policy: 文号, issuer, level, dates, who it is for. */
export default function PolicyHeader({ policy: p }: { policy: PolicyDetail }) {
  const facts: Array<[string, string]> = [
    ['文号', p.docNumber],
    ['发布机关', p.issuer],
    ['政策层级', p.level],
    ['发布日期', formatDate(p.publishedAt)],
    ['有效期', `${p.effectiveFrom ?? '发布之日'} 至 ${p.expiresOn ?? '长期有效'}`],
    ['申报时间', applyPeriod(p)],
    ['扶持方式', p.benefitType],
    ['适用行业', listOrAny(p.industries)],
    ['企业规模', listOrAny(p.scales)]
  ]
  return (
    <View className='policy-head'>
      <Text className='policy-head__title' userSelect>
        {p.title}
      </Text>
      <PolicyTags policy={p} full />
      <View className='policy-head__facts'>
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <View key={label} className='policy-head__fact'>
              <Text className='policy-head__label'>{label}</Text>
              <Text className='policy-head__value' userSelect>
                {value}
              </Text>
            </View>
          ))}
      </View>
    </View>
  )
}
