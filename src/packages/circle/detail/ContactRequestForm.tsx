import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import type { PostDetail, Request } from '../../../../types'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { useSchemaForm } from '../../../hooks/useSchemaForm'

interface Values extends Record<string, unknown> {
  message: string
}
const INITIAL: Values = { message: '' }

interface Props {
  postId: string
  onSent: (post: PostDetail) => void
  onCancel: () => void
}

/** 申请查看联系方式: a short message to the poster, who accepts or declines. */
export default function ContactRequestForm({ postId, onSent, onCancel }: Props) {
  const form = useSchemaForm('post.requestContact', `circleContact.${postId}`, INITIAL, {
    toPayload: (v): Request<'post.requestContact'> => ({ id: postId, message: v.message })
  })
  const message = form.field('message')

  const send = async () => {
    const post = await form.submit()
    if (!post) return
    void Taro.showToast({ title: '申请已发送', icon: 'success' })
    onSent(post)
  }

  return (
    <View className='cc-contact__form'>
      <TextArea
        id='contact-message'
        label='给对方留言'
        value={form.values.message}
        placeholder='简单介绍您的企业和来意，例如：我司可批量供应该型号轴承，想进一步沟通价格和交期'
        maxlength={200}
        message={message.message}
        onInput={(v) => form.set('message', v)}
        onBlur={() => form.blur('message')}
      />
      <Text className='cc-contact__note'>对方同意后，您可在此页面看到联系人和电话；您的企业名称和姓名会展示给对方。</Text>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='cc-contact__buttons'>
        <SubmitButton id='contact-request-submit' label='发送申请' busyLabel='正在发送…' busy={form.submitting} onSubmit={() => void send()} />
        <Text className='cc-contact__cancel' onClick={onCancel}>
          取消
        </Text>
      </View>
    </View>
  )
}
