import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CASE_CATEGORIES, CASE_TYPE_LABELS, isAboutSteward, STEWARD_COMPLAINT_CATEGORY, type Attachment, type Request } from '../../../../types'
import AttachmentPicker from '../../../components/AttachmentPicker'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { caseDetailUrl } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import type { UiError } from '../../../utils/errors'

export type SubmitType = 'consult' | 'complaint'

interface Values extends Record<string, unknown> {
  category: string
  text: string
  attachments: Attachment[]
  aboutSteward: boolean
}

const INITIAL: Values = { category: '', text: '', attachments: [], aboutSteward: false }
const TEXT_MAX = 1000

const payloadFor = (type: SubmitType) => (v: Values): Request<'case.submit'> => ({
  type,
  category: v.category,
  text: v.text,
  attachments: v.attachments,
  aboutSteward: isAboutSteward({ type, category: v.category, aboutSteward: v.aboutSteward })
})
const PAYLOAD = { consult: payloadFor('consult'), complaint: payloadFor('complaint') }

const PLACEHOLDER: Record<SubmitType, string> = {
  consult: '请说明您想咨询的问题，如涉及的政策、事项和您企业的情况（至少10个字）',
  complaint: '请说明遇到的问题：何时、在哪个部门或环节、发生了什么，以及您的诉求（至少10个字）'
}

/** 咨询 / 投诉 form: category, text, attachments, and for 投诉 whether it is about the enterprise's own steward. */
export default function SubmitForm({ type }: { type: SubmitType }) {
  const form = useSchemaForm('case.submit', `caseSubmit.${type}`, INITIAL, { toPayload: PAYLOAD[type] })
  const [uploading, setUploading] = useState(false)
  const [waitError, setWaitError] = useState<UiError | null>(null)
  const label = CASE_TYPE_LABELS[type]
  const category = form.field('category')
  const text = form.field('text')
  const attachments = form.field('attachments')
  const aboutSteward = form.field('aboutSteward')
  // the 企业管家 category is always about the enterprise's own steward: the switch is on and locked
  const stewardLocked = type === 'complaint' && form.values.category === STEWARD_COMPLAINT_CATEGORY
  const aboutStewardOn = isAboutSteward({ type, category: form.values.category, aboutSteward: form.values.aboutSteward })

  const submit = async () => {
    if (uploading) {
      setWaitError({ message: '附件还在上传或上传失败，请等待完成，或移除失败的文件后再提交', code: 'UPLOADING', retryable: false })
      return
    }
    setWaitError(null)
    const detail = await form.submit()
    if (!detail) return
    await Taro.showModal({
      title: `${label}已提交`,
      content: `办件编号 ${detail.number}。我们会限时办理，进度会通知您，也可在“我的办件”中查看。`,
      showCancel: false,
      confirmText: '查看办件'
    })
    void Taro.redirectTo({ url: caseDetailUrl(detail._id) })
  }

  return (
    <View className='case-form'>
      <Card>
        <Text className='case-form__label'>{label}类别</Text>
        <ChipGroup id='category' options={CASE_CATEGORIES[type]} selected={[form.values.category]} onToggle={(c) => form.set('category', c)} />
        {category.message && <Text className='case-form__message'>{category.message}</Text>}
        <TextArea
          id='case-text'
          autoHeight
          label={type === 'consult' ? '问题描述' : '投诉内容'}
          value={form.values.text}
          placeholder={PLACEHOLDER[type]}
          maxlength={TEXT_MAX}
          message={text.message}
          onInput={(v) => form.set('text', v)}
          onBlur={() => form.blur('text')}
        />
        <Text className='case-form__label'>图片或文件（选填）</Text>
        <AttachmentPicker value={form.values.attachments} onChange={(a) => form.set('attachments', a)} onBusyChange={setUploading} />
        {attachments.message && <Text className='case-form__message'>{attachments.message}</Text>}
        {type === 'complaint' && (
          <View>
            <View className='case-form__switch'>
              <Text>投诉对象是我的企业管家</Text>
              <Switch
                id='about-steward'
                checked={aboutStewardOn}
                disabled={stewardLocked}
                color='#1f5fbf'
                onChange={(e) => form.set('aboutSteward', e.detail.value)}
              />
            </View>
            {stewardLocked && (
              <Text id='about-steward-locked' className='case-form__explain'>
                “企业管家”类投诉一律视为投诉本企业的企业管家。
              </Text>
            )}
            <Text className='case-form__explain'>
              开启后，此投诉直接交园区管理人员处理，被投诉的管家看不到它。无论是否开启，您的身份信息仅管理人员可见。
            </Text>
            {aboutSteward.message && <Text className='case-form__message'>{aboutSteward.message}</Text>}
          </View>
        )}
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={waitError ?? form.formError} />
      <View className='page-actions'>
        <SubmitButton id='case-submit' label={`提交${label}`} busyLabel='正在提交…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
