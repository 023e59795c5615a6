import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { UiError } from '../../utils/errors'
import './index.scss'

interface Props {
  error: UiError
  onRetry?: () => void
  /** compact: one line inside a list or section */
  compact?: boolean
}

/** A failed load: the server's Chinese message as is, and a way to try again. */
export default function ErrorState({ error, onRetry, compact = false }: Props) {
  return (
    <View className={`error-state${compact ? ' error-state--compact' : ''}`} role='alert'>
      <Text className='error-state__message'>{error.message}</Text>
      {onRetry && (
        <AtButton className='error-state__retry' size='small' type={error.retryable ? 'primary' : 'secondary'} onClick={onRetry}>
          重试
        </AtButton>
      )}
    </View>
  )
}
