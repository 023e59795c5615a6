import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { DEFAULT_RATE_LIMITS, RATE_LIMIT_CLASS_LABELS, RATE_LIMIT_CLASSES } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import FormNotice from '../../../components/FormNotice'
import RemotePending from '../../../components/RemotePending'
import SubmitButton from '../../../components/SubmitButton'
import { useSettingsForm } from '../../../hooks/useSettingsForm'
import LimitRow from './LimitRow'
import { limitErrors, RULE_FIELDS, toSettings, toValues, windowHint } from './limitFields'

/** The per-class rules: how many writes an account and an IP may make in a window. */
export default function LimitsForm() {
  const load = useCallback(() => call('settings.getRateLimits', {}), [])
  const form = useSettingsForm({ load, save: 'settings.setRateLimits', toValues, toSettings, check: limitErrors })
  const { remote, values } = form

  if (!remote.data || !values) {
    return (
      <Card title='频率限制'>
        <RemotePending remote={remote} />
      </Card>
    )
  }

  return (
    <>
      <Text className='wb-section-note limits-note'>
        同一账号或同一IP在统计时段内的操作次数超过上限时，系统会提示“操作太频繁”并告知何时可再试，本次操作不会生效。同一单位的多人常共用一个出口IP，因此每个IP的次数应不少于每个账号的次数。
      </Text>
      {RATE_LIMIT_CLASSES.map((cls) => (
        <Card key={cls} title={RATE_LIMIT_CLASS_LABELS[cls]} className='limits-card'>
          {RULE_FIELDS.map((f) => {
            const p = `${cls}.${f.key}`
            return (
              <LimitRow
                key={p}
                id={`limit-${cls}-${f.key}`}
                label={f.label}
                unit={f.unit}
                value={values[p]}
                hint={f.key === 'windowSeconds' ? windowHint(values[p]) : undefined}
                message={form.messageOf(p)}
                onInput={(v) => form.setField(p, v)}
              />
            )
          })}
        </Card>
      ))}
      <View className='page-actions'>
        <FormNotice error={form.error} />
        <SubmitButton id='limits-submit' label='保存频率限制' busyLabel='正在保存…' busy={form.submitting} onSubmit={() => void form.save()} />
        <Text className='limits-reset' onClick={() => form.setValues(toValues(DEFAULT_RATE_LIMITS))}>
          恢复默认值（需保存后生效）
        </Text>
      </View>
    </>
  )
}
