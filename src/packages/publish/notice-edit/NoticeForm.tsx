import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import type { ManagedNotice, Me, Park } from '../../../../types'
import Card from '../../../components/Card'
import { publishNoticeUrl } from '../../../constants/routes'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { useSubmission } from '../../../hooks/useSubmission'
import Alert from '../components/Alert'
import { useAudiencePreview } from '../hooks/useAudiencePreview'
import AudiencePicker from './AudiencePicker'
import { audienceReady, fromNotice, toAudience } from './noticeValues'
import RecipientPreview from './RecipientPreview'
import type { NoticeForm as Form } from './types'

interface Props {
  form: Form
  me: Me
  parks: Park[]
  /** the saved draft; null for a new one */
  notice: ManagedNotice | null
  onSaved: (notice: ManagedNotice) => void
}

/** Compose: text, 紧急, the audience with its live count; 保存草稿, or 发布 after a confirmation. */
export default function NoticeForm({ form, me, parks, notice, onSaved }: Props) {
  const { values, set, touch, message } = form
  const preview = useAudiencePreview(audienceReady(values, me) ? toAudience(values, me) : null)
  const publishing = useSubmission('notice.publish')
  const [error, setError] = useState<string | null>(null)

  /** the current text saved (a new or changed draft), or null when it could not be */
  const saved = async (): Promise<ManagedNotice | null> => {
    if (notice && !form.dirty) return notice
    const result = await form.submit()
    if (!result) return null
    form.replace(fromNotice(result))
    onSaved(result)
    return result
  }

  const saveDraft = async () => {
    const isNew = !notice
    const draft = await saved()
    if (!draft) return
    void Taro.showToast({ title: '已保存草稿', icon: 'success' })
    // a new draft opens as itself, so later edits are kept under its own id
    if (isNew) void Taro.redirectTo({ url: publishNoticeUrl(draft._id) })
  }

  const publish = async () => {
    setError(null)
    const draft = await saved()
    if (!draft) return
    const reach = preview.kind === 'counted' ? `将送达 ${preview.count.enterprises} 家企业、${preview.count.users} 位用户。` : ''
    const { confirm } = await Taro.showModal({ title: '发布通知', content: `${reach}发布后立即送达，不能修改或撤回。`, confirmText: '发布' })
    if (!confirm) return
    const result = await publishing.submit({ id: draft._id })
    if (result.ok) {
      void Taro.showToast({ title: '已发布', icon: 'success' })
      onSaved(result.data)
    } else if (result.error) setError(result.error.message)
  }

  return (
    <View className='pb-notice-form'>
      <Card title='通知内容'>
        <FormField id='notice-title' label='标题' value={values.title} maxlength={60} placeholder='4—60个字' message={message('title')} onInput={(x) => set('title', x)} onBlur={() => touch('title')} />
        <View className='pb-pad'>
          <TextArea id='notice-body' label='正文' tall value={values.body} maxlength={2000} placeholder='每行为一段；纯文字' message={message('body')} onInput={(x) => set('body', x)} onBlur={() => touch('body')} />
        </View>
        <View className='pb-switch'>
          <View className='pb-switch__text'>
            <Text>紧急通知</Text>
            <Text className='pb-help'>紧急通知在收件企业的首页置顶显示</Text>
          </View>
          <Switch id='notice-urgent' checked={values.urgent} color='#d4380d' onChange={(e) => set('urgent', e.detail.value)} />
        </View>
      </Card>
      <Card title='发送范围'>
        <AudiencePicker form={form} me={me} parks={parks} />
        <RecipientPreview preview={preview} />
      </Card>
      <FormNotice restored={form.restored} onDiscard={() => (notice ? form.replace(fromNotice(notice)) : form.discard())} error={form.formError} />
      <Alert text={error} />
      <View className='page-actions pb-actions'>
        <View id='notice-save' className='pb-actions__secondary'>
          <AtButton loading={form.submitting && !publishing.submitting} disabled={form.submitting || publishing.submitting} onClick={() => void saveDraft()}>
            保存草稿
          </AtButton>
        </View>
        <SubmitButton id='notice-publish' label='发布' busyLabel='正在发布…' busy={publishing.submitting} disabled={form.submitting} onSubmit={() => void publish()} />
      </View>
    </View>
  )
}
