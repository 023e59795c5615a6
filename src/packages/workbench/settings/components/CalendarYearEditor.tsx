import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useState } from 'react'
import { schemas, type CalendarYear } from '../../../../../types'
import FormNotice from '../../../../components/FormNotice'
import SubmitButton from '../../../../components/SubmitButton'
import { useDraft } from '../../../../hooks/useDraft'
import { useSubmission } from '../../../../hooks/useSubmission'
import type { UiError } from '../../../../utils/errors'
import { fieldErrors } from '../../../../utils/validate'
import DateListEditor from './DateListEditor'

interface Props {
  year: CalendarYear
  onSaved: (year: CalendarYear) => void
}

/**
 * Enter a year's official arrangement (放假 and 调休上班 days) when the built-in calendar
 * lacks it. The lists are a draft until saved, since typing a year's dates takes a while.
 */
export default function CalendarYearEditor({ year, onSaved }: Props) {
  const draft = useDraft(`calendarYear.${year.year}`, { holidays: year.holidays, workdays: year.workdays, holidayInput: '', workdayInput: '' })
  const { holidays, workdays, holidayInput, workdayInput } = draft.value
  const { submit, submitting } = useSubmission('calendar.setYear')
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<UiError | null>(null)

  const payload = { year: year.year, holidays, workdays }
  const errors = fieldErrors(schemas['calendar.setYear'], payload)
  if (!errors.holidays && holidays.length === 0) errors.holidays = '请至少录入一个放假日期'
  if (!errors.holidays && holidayInput.trim()) errors.holidays = '输入框里还有未添加的日期，请点“添加”或清空'
  if (!errors.workdays && workdayInput.trim()) errors.workdays = '输入框里还有未添加的日期，请点“添加”或清空'
  const shown = (key: string) => (attempted ? errors[key] : undefined)

  const save = async () => {
    setAttempted(true)
    setError(null)
    if (Object.keys(errors).length > 0) return
    const result = await submit(payload)
    if (result.ok) {
      draft.clear()
      setAttempted(false)
      void Taro.showToast({ title: '已保存', icon: 'success' })
      onSaved(result.data)
    } else if (result.error) {
      setError(result.error)
    }
  }

  return (
    <View className='calendar-editor'>
      <DateListEditor
        year={year.year}
        kind='holidays'
        dates={holidays}
        other={workdays}
        onChange={(next) => draft.update({ holidays: next })}
        input={holidayInput}
        onInput={(v) => draft.update({ holidayInput: v })}
        message={shown('holidays')}
      />
      <DateListEditor
        year={year.year}
        kind='workdays'
        dates={workdays}
        other={holidays}
        onChange={(next) => draft.update({ workdays: next })}
        input={workdayInput}
        onInput={(v) => draft.update({ workdayInput: v })}
        message={shown('workdays')}
      />
      <View className='page-actions'>
        <FormNotice restored={draft.restored} onDiscard={draft.clear} error={error ?? (attempted && errors[''] ? { message: errors[''], code: 'INVALID_INPUT', retryable: false } : null)} />
        <SubmitButton id={`calendar-${year.year}-submit`} label={`保存${year.year}年安排`} busyLabel='正在保存…' busy={submitting} onSubmit={() => void save()} />
      </View>
    </View>
  )
}
