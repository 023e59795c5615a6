import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { LectureRating } from '../../../../types'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import type { UiError } from '../../../utils/errors'

const SCORES = [1, 2, 3, 4, 5] as const
const SCORE_WORDS = ['', '很差', '较差', '一般', '较好', '很好']

interface Props {
  mine: LectureRating | null
  busy: boolean
  onRate: (score: number, comment: string) => Promise<UiError | null>
}

export const stars = (score: number): string => '★'.repeat(score) + '☆'.repeat(5 - score)

/** After the lecture, an attendee gives 1–5 stars and a comment; rating again replaces it. */
export default function RatePanel({ mine, busy, onRate }: Props) {
  const [editing, setEditing] = useState(mine === null)
  const [score, setScore] = useState(mine?.score ?? 0)
  const [comment, setComment] = useState(mine?.comment ?? '')
  const [message, setMessage] = useState<string | undefined>()

  if (!editing && mine) {
    return (
      <View className='lec-rate'>
        <Text id='lecture-rate-mine' className='lec-rate__stars lec-rate__stars--done'>
          {stars(mine.score)} {SCORE_WORDS[mine.score]}
        </Text>
        {mine.comment && <Text className='lec-rate__comment'>{mine.comment}</Text>}
        <Text id='lecture-rate-edit' className='lec-link' onClick={() => setEditing(true)}>
          修改评价
        </Text>
      </View>
    )
  }

  const submit = async () => {
    if (score < 1) {
      setMessage('请点选星级')
      return
    }
    setMessage(undefined)
    const error = await onRate(score, comment.trim())
    if (error) setMessage(error.message)
    else setEditing(false)
  }

  return (
    <View className='lec-rate'>
      <View className='lec-rate__stars' aria-label='评分'>
        {SCORES.map((s) => (
          <Text key={s} id={`lecture-rate-star-${s}`} className={`lec-rate__star${s <= score ? ' lec-rate__star--on' : ''}`} aria-pressed={s === score} onClick={() => setScore(s)}>
            {s <= score ? '★' : '☆'}
          </Text>
        ))}
        {score > 0 && <Text className='lec-rate__word'>{SCORE_WORDS[score]}</Text>}
      </View>
      <TextArea id='lecture-rate-comment' label='评价（选填）' value={comment} maxlength={300} placeholder='讲得怎么样？对以后的讲座有什么建议？' onInput={setComment} />
      {message && (
        <View role='alert'>
          <Text className='lec-checkin__message'>{message}</Text>
        </View>
      )}
      <SubmitButton id='lecture-rate-submit' label='提交评价' busyLabel='正在提交…' busy={busy} onSubmit={() => void submit()} />
    </View>
  )
}
