import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import { DEFAULT_RATE_LIMITS, RATE_LIMIT_CLASS_LABELS, RATE_LIMIT_CLASSES } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import FormNotice from '../../../components/FormNotice'
import RemotePending from '../../../components/RemotePending'
import SubmitButton from '../../../components/SubmitButton'
import { useRemote } from '../../../hooks/useRemote'
import { useSubmission } from '../../../hooks/useSubmission'
import type { UiError } from '../../../utils/errors'
import LimitRow from './LimitRow'
import { limitErrors, RULE_FIELDS, toSettings, toValues, windowHint, type LimitValues } from './limitFields'

/** The per-class rules: how many writes an account and an IP may make in a window. */
export default function LimitsForm() {
  const load = useCallback(() => call('settings.getRateLimits', {}), [])
  const remote = useRemote(load)
  const [values, setValues] = useState<LimitValues | null>(null)
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const { submit, submitting } = useSubmission('settings.setRateLimits')

  useEffect(() => {
    if (remote.data) setValues(toValues(remote.data))
  }, [remote.data])

  if (!remote.data || !values) {
    return (
      <Card title='频率限制'>
        <RemotePending remote={remote} />
      </Card>
    )
  }

  const errors = limitErrors(values)
  const save = async () => {
    setAttempted(true)
    setError(null)
    if (Object.keys(errors).length > 0) return
    const result = await submit(toSettings(values))
    if (result.ok) {
      remote.setData(result.data)
      setAttempted(false)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } else if (result.error) {
      setError(result.error)
    }
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
                message={attempted || values[p] === '' ? errors[p] : undefined}
                onInput={(v) => setValues({ ...values, [p]: v })}
              />
            )
          })}
        </Card>
      ))}
      <View className='page-actions'>
        <FormNotice error={error} />
        <SubmitButton id='limits-submit' label='保存频率限制' busyLabel='正在保存…' busy={submitting} onSubmit={() => void save()} />
        <Text className='limits-reset' onClick={() => setValues(toValues(DEFAULT_RATE_LIMITS))}>
          恢复默认值（需保存后生效）
        </Text>
      </View>
    </>
  )
}
