import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { INDUSTRIES, MAX_POST_IMAGES, POST_KIND_LABELS, POST_KINDS, type PostDetail, type Request } from '../../../../types'
import AttachmentPicker from '../../../components/AttachmentPicker'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import type { UiError } from '../../../utils/errors'
import Group from './Group'
import { toFields, VALID_DAY_CHOICES, type PostValues } from './postValues'
import { useContentRejection } from './useContentRejection'

const KIND_OPTIONS = POST_KINDS.map((k) => ({ key: k, label: POST_KIND_LABELS[k] }))
const DAY_OPTIONS = VALID_DAY_CHOICES.map((d) => ({ key: String(d), label: `${d}天` }))
const TEXT_MAX = 1000

type PostAction = 'post.create' | 'post.update'

interface Props {
  /** the post being edited; null for a new one */
  postId: string | null
  initial: PostValues
  onSaved: (post: PostDetail) => void
}

/** 发布 / 编辑: kind, industry, title, text, images, validity and contact; kept as a draft until sent. */
export default function PostForm({ postId, initial, onSaved }: Props) {
  const toPayload = useMemo(
    () => (v: PostValues): Request<PostAction> => (postId ? { id: postId, ...toFields(v) } : toFields(v)),
    [postId]
  )
  const form = useSchemaForm<PostAction, PostValues>(postId ? 'post.update' : 'post.create', `circlePost.${postId ?? 'new'}`, initial, { toPayload })
  const { values, set, blur, field } = form
  const [uploading, setUploading] = useState(false)
  const [waitError, setWaitError] = useState<UiError | null>(null)
  const rejection = useContentRejection(form.formError, values)

  const submit = async () => {
    if (uploading) {
      setWaitError({ message: '图片还在上传或上传失败，请等待完成，或移除失败的图片后再提交', code: 'UPLOADING', retryable: false })
      return
    }
    setWaitError(null)
    const saved = await form.submit()
    if (saved) onSaved(saved)
  }

  const text = field('text')
  return (
    <View id='post-form' className='cc-form'>
      <Card>
        <View className='cc-pad'>
          <Group label='信息类型' message={field('kind').message}>
            <ChipGroup id='post-kind' options={KIND_OPTIONS} selected={[values.kind]} onToggle={(k) => set('kind', k)} />
          </Group>
          <Group label='所属行业' message={field('industry').message}>
            <ChipGroup id='post-industry' options={INDUSTRIES} selected={[values.industry]} onToggle={(i) => set('industry', i)} />
          </Group>
        </View>
        <FormField
          id='post-title'
          label='标题'
          value={values.title}
          placeholder='一句话说明供应、需求或合作内容（4–40字）'
          maxlength={40}
          message={field('title').message}
          onInput={(x) => set('title', x)}
          onBlur={() => blur('title')}
        />
        <View className='cc-pad'>
          <TextArea
            id='post-text'
            label='详细说明'
            value={values.text}
            placeholder='产品或需求的规格、数量、区域、合作方式等（至少10字）。请勿在正文中填写联系方式，对方需申请并经您同意后才能看到。'
            maxlength={TEXT_MAX}
            tall
            message={text.message ?? rejection.message ?? undefined}
            onInput={(x) => set('text', x)}
            onBlur={() => blur('text')}
          />
          <Group label={`图片（选填，最多${MAX_POST_IMAGES}张）`} message={field('images').message}>
            <AttachmentPicker value={values.images} onChange={(a) => set('images', a)} max={MAX_POST_IMAGES} imagesOnly onBusyChange={setUploading} />
          </Group>
          <Group label='有效期' help={postId ? '自保存之日起重新计算，到期后不再公开展示' : '自发布之日起计算，到期后不再公开展示'} message={field('validDays').message}>
            <ChipGroup id='post-valid' options={DAY_OPTIONS} selected={[String(values.validDays)]} onToggle={(d) => set('validDays', Number(d))} />
          </Group>
        </View>
      </Card>
      <Card title='联系方式'>
        <Text className='cc-form__note'>仅在您同意对方的申请后向其展示；园区管理员可见，用于核实信息。</Text>
        <FormField
          id='post-contact-name'
          label='联系人'
          value={values.contactName}
          maxlength={20}
          message={field('contactName').message}
          onInput={(x) => set('contactName', x)}
          onBlur={() => blur('contactName')}
        />
        <FormField
          id='post-contact-phone'
          label='联系电话'
          type='text'
          value={values.contactPhone}
          placeholder='手机号或带区号的固定电话'
          maxlength={13}
          message={field('contactPhone').message}
          onInput={(x) => set('contactPhone', x)}
          onBlur={() => blur('contactPhone')}
        />
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={waitError ?? rejection.otherError} />
      <View className='page-actions'>
        <Text className='cc-form__note'>提交后经内容安全检测，通过即公开展示；需人工审核的，审核通过后展示。</Text>
        <SubmitButton id='post-submit' label={postId ? '保存修改' : '发布'} busyLabel='正在提交…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}

/** what the poster is told once the server accepted the post */
export async function announceSaved(post: PostDetail): Promise<void> {
  if (post.status === 'reviewing') {
    await Taro.showModal({ title: '已提交', content: '已提交，内容审核通过后公开展示。审核结果会通知您，也可在“我的发布”中查看。', showCancel: false, confirmText: '知道了' })
  } else {
    void Taro.showToast({ title: '已发布', icon: 'success' })
  }
}
