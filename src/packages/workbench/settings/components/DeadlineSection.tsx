import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { call } from '../../../../services'
import Card from '../../../../components/Card'
import FormNotice from '../../../../components/FormNotice'
import RemotePending from '../../../../components/RemotePending'
import SubmitButton from '../../../../components/SubmitButton'
import { useSettingsForm } from '../../../../hooks/useSettingsForm'
import { DEADLINE_GROUPS, deadlineErrors, toSettings, toValues } from '../deadlineFields'
import DaysRow from './DaysRow'

interface Props {
  /** only the city admin changes deadlines; park managers read them */
  canEdit: boolean
}

/** 期限设置: working days per case type, for 整改, and before a missed deadline escalates. */
export default function DeadlineSection({ canEdit }: Props) {
  const load = useCallback(() => call('settings.getDeadlines', {}), [])
  const form = useSettingsForm({ load, save: 'settings.setDeadlines', toValues, toSettings, check: deadlineErrors })
  const { remote, values } = form

  if (!remote.data || !values) {
    return (
      <Card title='期限设置'>
        <RemotePending remote={remote} />
      </Card>
    )
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
              message={form.messageOf(f.path)}
              onInput={(v) => form.setField(f.path, v)}
            />
          ))}
        </View>
      ))}
      {canEdit && (
        <View className='page-actions'>
          <FormNotice error={form.error} />
          <SubmitButton id='deadlines-submit' label='保存期限设置' busyLabel='正在保存…' busy={form.submitting} onSubmit={() => void form.save()} />
        </View>
      )}
    </Card>
  )
}
