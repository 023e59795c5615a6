import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { call } from '../../../services'
import FormField from '../../../components/FormField'
import { useSubmission } from '../../../hooks/useSubmission'
import { toUiError } from '../../../utils/errors'

type Phase = { kind: 'idle' } | { kind: 'counting' } | { kind: 'preview'; count: number } | { kind: 'sent'; sent: number }

/**
 * 精准推送: first how many enterprises in the manager's scope the policy fits, then, once
 * confirmed, the notification to the people of those enterprises.
 */
export default function PushPanel({ policyId }: { policyId: string }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [note, setNote] = useState('')
  const [error, setError] = useState<string | null>(null)
  const pushing = useSubmission('policy.push')

  const preview = async () => {
    setError(null)
    setPhase({ kind: 'counting' })
    try {
      const { count } = await call('policy.pushPreview', { id: policyId })
      setPhase({ kind: 'preview', count })
    } catch (e) {
      setError(toUiError(e).message)
      setPhase({ kind: 'idle' })
    }
  }

  const push = async () => {
    setError(null)
    const result = await pushing.submit({ id: policyId, note })
    if (result.ok) {
      setPhase({ kind: 'sent', sent: result.data.sent })
      setNote('')
      void Taro.showToast({ title: '已推送', icon: 'success' })
    } else if (result.error) setError(result.error.message)
  }

  return (
    <View id='policy-push' className='mg-push'>
      {error && (
        <View className='mg-alert' role='alert'>
          <Text>{error}</Text>
        </View>
      )}
      {phase.kind === 'preview' ? (
        <View className='mg-push__preview'>
          <Text id='push-count' className='mg-push__count'>
            {phase.count > 0 ? `将推送给 ${phase.count} 家符合条件的企业` : '目前没有符合条件的企业，无需推送'}
          </Text>
          {phase.count > 0 && (
            <FormField id='push-note' label='推送说明（选填，不填则发送政策摘要）' value={note} maxlength={100} onInput={setNote} />
          )}
          <View className='mg-push__buttons'>
            <AtButton size='small' onClick={() => setPhase({ kind: 'idle' })}>
              取消
            </AtButton>
            {phase.count > 0 && (
              <View id='push-confirm'>
                <AtButton size='small' type='primary' loading={pushing.submitting} disabled={pushing.submitting} onClick={() => void push()}>
                  确认推送
                </AtButton>
              </View>
            )}
          </View>
        </View>
      ) : (
        <View className='mg-status__action'>
          {phase.kind === 'sent' && (
            <Text id='push-sent' className='mg-push__sent'>
              已推送，{phase.sent} 位企业用户将收到通知
            </Text>
          )}
          <AtButton type='secondary' loading={phase.kind === 'counting'} disabled={phase.kind === 'counting'} onClick={() => void preview()}>
            推送给符合条件的企业
          </AtButton>
        </View>
      )}
    </View>
  )
}
