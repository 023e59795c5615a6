import { Text, View } from '@tarojs/components'
import type { UiError } from '../../utils/errors'
import './index.scss'

interface Props {
  restored?: boolean
  onDiscard?: () => void
  error?: UiError | null
}

/** Above a form's button: the draft note and any failure not tied to one field. */
export default function FormNotice({ restored, onDiscard, error }: Props) {
  return (
    <View className='form-notice'>
      {restored && (
        <View className='form-notice__draft'>
          <Text>已恢复上次未提交的内容。</Text>
          {onDiscard && (
            <Text className='form-notice__discard' onClick={onDiscard}>
              清空
            </Text>
          )}
        </View>
      )}
      {error && (
        <Text className='form-notice__error'>
          {error.message}
          {error.retryable ? '（可再次提交重试）' : ''}
        </Text>
      )}
    </View>
  )
}
