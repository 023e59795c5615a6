import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Attachment } from '../../../../../types'
import AttachmentPicker from '../../../../components/AttachmentPicker'
import TextArea from '../../../../components/TextArea'
import FormFooter from './FormFooter'
import QuickPhrases from './QuickPhrases'
import { maxLengthOf } from './limits'
import type { ActionFormProps } from './types'
import { useCaseForm } from './useCaseForm'

const INITIAL: { text: string; attachments: Attachment[] } = { text: '', attachments: [] }

/** 答复: a message in the conversation with the enterprise, with files; quick phrases to start from. */
export default function ReplyForm({ detail, onChanged, onStale }: ActionFormProps) {
  const [uploading, setUploading] = useState(false)
  const form = useCaseForm({
    action: 'case.reply',
    detail,
    initial: INITIAL,
    toPayload: (v) => ({ text: v.text, attachments: v.attachments }),
    check: (): Record<string, string> => (uploading ? { attachments: '附件还在上传或上传失败，请稍候或移除后再发送' } : {}),
    done: '已答复',
    onChanged,
    onStale
  })
  const max = maxLengthOf('case.reply', 'text', 1000)
  // a tapped phrase starts the reply, or is added on a new line, never past the limit
  const pick = (phrase: string) => {
    const text = form.values.text ? `${form.values.text}\n${phrase}` : phrase
    form.set('text', text.slice(0, max))
  }
  const attachmentsMessage = form.message('attachments')

  return (
    <View className='staff-form'>
      <QuickPhrases onPick={pick} />
      <TextArea
        id='reply-text'
        autoHeight
        label='答复内容'
        placeholder='企业能看到答复和附件'
        maxlength={max}
        value={form.values.text}
        message={form.message('text')}
        onInput={(v) => form.set('text', v)}
      />
      <View className='staff-form__attachments'>
        <Text className='staff-form__label'>附件（选填）</Text>
        <AttachmentPicker value={form.values.attachments} onChange={(next) => form.set('attachments', next)} onBusyChange={setUploading} />
        {attachmentsMessage && <Text className='case-form__message'>{attachmentsMessage}</Text>}
      </View>
      <FormFooter form={form} id='staff-reply-submit' label='发送答复' busyLabel='正在发送…' />
    </View>
  )
}
