import { Text, View } from '@tarojs/components'
import { MATCH_VERDICT_LABELS, type MatchResult } from '../../../../types'

/** Under a recommended policy: each condition the enterprise does not meet yet (or has not filled in), in plain words. */
export default function MatchReasons({ match, showVerdict = false }: { match: MatchResult; showVerdict?: boolean }) {
  const open = match.conditions.filter((c) => c.state !== 'met')
  if (open.length === 0 && !showVerdict) return null
  return (
    <View className='match-reasons'>
      {showVerdict && <Text className={`match-reasons__verdict match-reasons__verdict--${match.verdict}`}>{MATCH_VERDICT_LABELS[match.verdict]}</Text>}
      {open.map((c) => (
        <View key={c.key} className={`match-reasons__item match-reasons__item--${c.state}`}>
          <Text className='match-reasons__icon'>{c.state === 'unmet' ? '✗' : '?'}</Text>
          <Text className='match-reasons__text'>{c.message}</Text>
        </View>
      ))}
    </View>
  )
}
