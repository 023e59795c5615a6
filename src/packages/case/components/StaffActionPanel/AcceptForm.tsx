import { Text, View } from '@tarojs/components'
import FormFooter from './FormFooter'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL = {}

/** 受理: the assignee takes the case on; the enterprise is told who is handling it. */
export default function AcceptForm({ detail, onChanged, onStale }: ActionFormProps) {
  const form = useCaseForm({ action: 'case.accept', detail, initial: INITIAL, toPayload: () => ({}), done: '已受理', onChanged, onStale })
  return (
    <View className='staff-form staff-form--accept'>
      <Text className='staff-form__hint'>受理后企业会收到通知，可先受理再答复；请在期限内办结。</Text>
      <FormFooter form={form} id='staff-accept-submit' label='受理' busyLabel='正在受理…' />
    </View>
  )
}
