import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import Card from '../../../components/Card'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { caseDetailUrl } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'

const INITIAL = { reason: '' }

/** The reason for another steward; sent as a complaint the current steward never sees. */
export default function ChangeForm({ stewardName }: { stewardName: string }) {
  const form = useSchemaForm('steward.requestChange', 'stewardChange', INITIAL)
  const reason = form.field('reason')
  const submit = async () => {
    const created = await form.submit()
    if (!created) return
    void Taro.showToast({ title: '已提交', icon: 'success', duration: 1000 })
    // the request is now a case: follow it there (redirect, so 返回 does not reopen the form)
    setTimeout(() => void Taro.redirectTo({ url: caseDetailUrl(created._id) }), 1000)
  }
  return (
    <View>
      <Card>
        <Text className='st-line'>当前管家：{stewardName}</Text>
        <TextArea
          id='change-reason'
          autoHeight
          label='更换原因'
          placeholder='请说明希望更换管家的原因，例如联系不上、问题长期未解决等（至少10个字）'
          maxlength={500}
          value={form.values.reason}
          message={reason.message}
          onInput={(v) => form.set('reason', v)}
          onBlur={() => form.blur('reason')}
        />
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='change-submit' label='提交申请' busyLabel='正在提交…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
