import { Text } from '@tarojs/components'
import type { Highlighted as Segments } from '../../../types'
import './index.scss'

interface Props {
  segments: Segments
  className?: string
}

/** Text with the search terms marked: every segment is a <Text> span (hits get `hl--hit`), never HTML. */
export default function Highlighted({ segments, className }: Props) {
  return (
    <Text className={className}>
      {segments.map((s, i) => (
        <Text key={i} className={s.hit ? 'hl hl--hit' : 'hl'}>
          {s.text}
        </Text>
      ))}
    </Text>
  )
}
