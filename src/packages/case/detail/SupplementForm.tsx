import { View } from '@tarojs/components'
import { useCallback, useEffect, useState } from 'react'
import type { Attachment, CaseDetail, Request } from '../../../../types'
import AttachmentPicker from '../../../components/AttachmentPicker'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import type { UiError } from '../../../utils/errors'
import TextBox from '../components/TextBox'
import { STALE_CODES } from './staleCodes'

interface Values extends Record<string, unknown> {
  text: string
  attachments: Attachment[]
}
const INITIAL: Values = { text: '', attachments: [] }

interface Props {
  detail: CaseDetail
  onChanged: (detail: CaseDetail) => void
  onStale: () => void
}

/** 补充说明: more text and files for the handler, sent with the version the user saw. */
export default function SupplementForm({ detail, onChanged, onStale }: Props) {
  const { _id: id, version } = detail
  const toPayload = useCallback((v: Values): Request<'case.supplement'> => ({ id, version, text: v.text, attachments: v.attachments }), [id, version])
  const form = useSchemaForm('case.supplement', `caseSupplement.${id}`, INITIAL, { toPayload })
  const [uploading, setUploading] = useState(false)
  const [waitError, setWaitError] = useState<UiError | null>(null)
  const text = form.field('text')
  const stale = form.formError && STALE_CODES.has(form.formError.code)

  useEffect(() => {
    if (stale) onStale()
  }, [stale, onStale])

  const submit = async () => {
    if (uploading) {
      setWaitError({ message: '附件还在上传或上传失败，请等待完成，或移除失败的文件后再提交', code: 'UPLOADING', retryable: false })
      return
    }
    setWaitError(null)
    const next = await form.submit()
    if (next) onChanged(next)
  }

  return (
    <View className='supplement-form'>
      <TextBox
        id='supplement-text'
        label='补充说明'
        value={form.values.text}
        placeholder={detail.awaitingInfo ? '请按承办人的要求补充说明' : '补充情况说明或材料'}
        maxlength={1000}
        message={text.message}
        onInput={(v) => form.set('text', v)}
        onBlur={() => form.blur('text')}
      />
      <AttachmentPicker value={form.values.attachments} onChange={(a) => form.set('attachments', a)} onBusyChange={setUploading} />
      <FormNotice restored={form.restored} onDiscard={form.reset} error={waitError ?? (stale ? null : form.formError)} />
      <SubmitButton id='supplement-submit' label='提交补充' busyLabel='正在提交…' busy={form.submitting} onSubmit={() => void submit()} />
    </View>
  )
}
