import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { MATCH_VERDICT_LABELS, type MatchCondition, type MatchResult } from '../../../../types'
import Card from '../../../components/Card'
import { ROUTES } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

const ICONS: Record<MatchCondition['state'], string> = { met: '✓', unmet: '✗', unknown: '?' }
const STATE_LABELS: Record<MatchCondition['state'], string> = { met: '已满足', unmet: '未满足', unknown: '待完善' }

function lead(match: MatchResult): string {
  const open = match.conditions.filter((c) => c.state !== 'met').length
  if (match.verdict === 'eligible') return match.conditions.length ? '您的企业满足本政策的全部条件。' : '本政策未设企业条件，各类企业均可享受。'
  if (match.verdict === 'almost') return `还差 ${open} 项条件。补全企业档案或满足后即可申报。`
  return '您的企业暂不满足以下条件。情况有变化时，更新企业档案即可重新匹配。'
}

/** For a bound entrepreneur: whether the enterprise qualifies, every condition with its reason, and the way to the profile. */
export default function MatchPanel({ match }: { match: MatchResult }) {
  return (
    <Card title='我的企业是否符合'>
      <View id='match-panel' className='match-panel'>
        <View className='match-panel__head'>
          <Text id='match-verdict' className={`match-panel__verdict match-panel__verdict--${match.verdict}`}>
            {MATCH_VERDICT_LABELS[match.verdict]}
          </Text>
          <Text className='match-panel__lead'>{lead(match)}</Text>
        </View>
        {match.conditions.map((c) => (
          <View key={c.key} id={`match-condition-${c.key}`} className={`match-panel__condition match-panel__condition--${c.state}`}>
            <Text className='match-panel__icon' aria-label={STATE_LABELS[c.state]}>
              {ICONS[c.state]}
            </Text>
            <Text className='match-panel__message'>{c.message}</Text>
          </View>
        ))}
        <View id='action-edit-profile' className='match-panel__action'>
          <AtButton size='small' type={match.verdict === 'eligible' ? 'secondary' : 'primary'} onClick={() => openPage(ROUTES.enterpriseProfile)}>
            完善企业档案
          </AtButton>
        </View>
      </View>
    </Card>
  )
}
