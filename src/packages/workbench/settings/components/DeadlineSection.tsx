import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import type { DeadlineSettings } from '../../../../../types'
import { call } from '../../../../services'
import Card from '../../../../components/Card'
import FormNotice from '../../../../components/FormNotice'
import RemotePending from '../../../../components/RemotePending'
import SubmitButton from '../../../../components/SubmitButton'
import { useRemote } from '../../../../hooks/useRemote'
import { useSubmission } from '../../../../hooks/useSubmission'
import type { UiError } from '../../../../utils/errors'
import { DEADLINE_GROUPS, deadlineErrors, toSettings, toValues, type DeadlineValues } from '../deadlineFields'
import DaysRow from './DaysRow'

interface Props {
  /** only the city admin changes deadlines; park managers read them */
  canEdit: boolean
}

/** 期限设置: working days per case type, for 整改, and before a missed deadline escalates. */
export default function DeadlineSection({ canEdit }: Props) {
  const load = useCallback(() => call('settings.getDeadlines', {}), [])
  const remote = useRemote(load)
  const [values, setValues] = useState<DeadlineValues | null>(null)
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const { submit, submitting } = useSubmission('settings.setDeadlines')

  useEffect(() => {
    if (remote.data) setValues(toValues(remote.data))
  }, [remote.data])

  if (!remote.data || !values) {
    return (
      <Card title='期限设置'>
        <RemotePending remote={remote} />
      </Card>
    )
  }

  const errors = deadlineErrors(values)
  const save = async () => {
    setAttempted(true)
    setError(null)
    if (Object.keys(errors).length > 0) return
    const result = await submit(toSettings(values) as DeadlineSettings)
    if (result.ok) {
      remote.setData(result.data)
      setAttempted(false)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } else if (result.error) {
      setError(result.error)
    }
  }

  return (
    <Card title='期限设置' className='wb-deadlines'>
      <Text className='wb-section-note'>
        {canEdit ? '以下期限均按法定工作日计算（调休上班日计入），保存后用于此后计算的期限。' : '办理期限为全市统一设置，由市级管理员维护，各园区按同一标准计时；此处仅供查看。'}
      </Text>
      {DEADLINE_GROUPS.map((g) => (
        <View key={g.title} className='wb-deadlines__group'>
          <Text className='wb-deadlines__title'>{g.title}</Text>
          {g.fields.map((f) => (
            <DaysRow
              key={f.path}
              id={`deadline-${f.path.replace('.', '-')}`}
              label={f.label}
              value={values[f.path]}
              readOnly={!canEdit}
              message={attempted || values[f.path] === '' ? errors[f.path] : undefined}
              onInput={(v) => setValues({ ...values, [f.path]: v })}
            />
          ))}
        </View>
      ))}
      {canEdit && (
        <View className='page-actions'>
          <FormNotice error={error} />
          <SubmitButton id='deadlines-submit' label='保存期限设置' busyLabel='正在保存…' busy={submitting} onSubmit={() => void save()} />
        </View>
      )}
    </Card>
  )
}
