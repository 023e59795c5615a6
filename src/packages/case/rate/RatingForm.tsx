import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { isBadRating, RATING_LEVELS, RATING_TAGS, schemas, type CaseDetail, type RatingLevel } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { useDraft } from '../../../hooks/useDraft'
import { useSubmission } from '../../../hooks/useSubmission'
import type { UiError } from '../../../utils/errors'
import { fieldErrors } from '../../../utils/validate'
import { STALE_CODES } from '../detail/staleCodes'

interface RatingDraft {
  level: RatingLevel | null
  tags: string[]
  comment: string
}
const EMPTY: RatingDraft = { level: null, tags: [], comment: '' }

interface Props {
  detail: CaseDetail
  onRated: (detail: CaseDetail) => void
  onStale: () => void
}

/** The five national levels, tags that fit the chosen level, and a comment. */
export default function RatingForm({ detail, onRated, onStale }: Props) {
  // a comment can take a while to write: it survives leaving the page and a failed send
  const draft = useDraft<RatingDraft>(`caseRate.${detail._id}`, EMPTY)
  const { level, tags, comment } = draft.value
  const [attempted, setAttempted] = useState(false)
  const { submit, submitting } = useSubmission('case.rate')
  const [error, setError] = useState<UiError | null>(null)
  const bad = level !== null && isBadRating(level)
  const tagOptions = level === null ? [] : bad ? RATING_TAGS.bad : RATING_TAGS.good

  const choose = (l: RatingLevel) => {
    // the tags of the other family no longer fit
    const keepTags = level !== null && isBadRating(l) === isBadRating(level)
    draft.update({ level: l, tags: keepTags ? tags : [] })
  }
  const toggleTag = (t: string) => draft.update({ tags: tags.includes(t) ? tags.filter((x) => x !== t) : [...tags, t] })

  const payload = { id: detail._id, version: detail.version, level: level as RatingLevel, tags, comment }
  const errors = fieldErrors(schemas['case.rate'], payload)

  const send = async () => {
    setAttempted(true)
    setError(null)
    if (Object.keys(errors).length > 0) return
    const result = await submit(payload)
    if (result.ok) {
      draft.clear()
      void Taro.showToast({ title: '感谢您的评价', icon: 'success' })
      onRated(result.data)
    } else if (result.error && STALE_CODES.has(result.error.code)) {
      onStale()
    } else if (result.error) {
      setError(result.error)
    }
  }

  return (
    <View className='rating-form'>
      <Card title='满意程度'>
        <View className='rating-levels'>
          {RATING_LEVELS.map((l, i) => (
            <View
              key={l}
              id={`level-${i}`}
              className={`rating-levels__level rating-levels__level--${isBadRating(l) ? 'bad' : 'good'}${l === level ? ' rating-levels__level--on' : ''}`}
              onClick={() => choose(l)}
            >
              <Text>{l}</Text>
            </View>
          ))}
        </View>
        {attempted && errors.level && <Text className='case-form__message rating-form__message'>{errors.level}</Text>}
        {bad && (
          <Text className='rating-form__bad-note' id='bad-note'>
            “不满意”和“非常不满意”属于差评，将由园区管理人员复核：情况属实的责令整改并回访，整改后您可以重新评价；不予整改的会写明理由告知您。
          </Text>
        )}
      </Card>
      {level && (
        <Card title={bad ? '哪里不满意（可多选）' : '满意在哪里（可多选）'}>
          <View className='rating-form__tags'>
            <ChipGroup id='tag' options={tagOptions} selected={tags} onToggle={toggleTag} />
          </View>
          {attempted && errors.tags && <Text className='case-form__message rating-form__message'>{errors.tags}</Text>}
        </Card>
      )}
      <Card>
        <View className='rating-form__comment'>
          <TextArea
            id='rate-comment'
            autoHeight
            label='评价内容（选填）'
            value={comment}
            placeholder={bad ? '请说明遇到的问题，便于核实和整改' : '说说您的感受'}
            maxlength={500}
            message={attempted ? errors.comment : undefined}
            onInput={(v) => draft.update({ comment: v })}
          />
        </View>
      </Card>
      <FormNotice restored={draft.restored} onDiscard={draft.clear} error={error} />
      <View className='page-actions'>
        <SubmitButton id='rate-submit' label='提交评价' busyLabel='正在提交…' busy={submitting} onSubmit={() => void send()} />
      </View>
    </View>
  )
}
