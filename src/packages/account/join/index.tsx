import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import SubmitButton from '../../../components/SubmitButton'
import { ROLE_LABELS } from '../../../../types'
import Card from '../../../components/Card'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import { ROUTES } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import '../form.scss'

const INITIAL = { code: '', name: '', phone: '' }

/** 邀请码加入: stewards and managers join with a one-time code issued by a manager. */
export default function JoinWithInvitePage() {
  const form = useSchemaForm('account.redeemInvite', 'redeemInvite', INITIAL)
  const code = form.field('code')
  const name = form.field('name')
  const phone = form.field('phone')

  const submit = async () => {
    const me = await form.submit()
    if (!me) return
    void Taro.showToast({ title: `已加入：${ROLE_LABELS[me.account.role]}`, icon: 'none', duration: 1500 })
    setTimeout(() => void Taro.reLaunch({ url: ROUTES.home }), 1500)
  }

  return (
    <View className='page account-form'>
      <Text className='page-note'>企业管家和园区管理员请使用管理员发放的8位邀请码加入。每个邀请码只能使用一次。</Text>
      <Card>
        <FormField
          id='invite-code'
          label='邀请码'
          placeholder='8位字母或数字'
          maxlength={8}
          value={form.values.code}
          message={code.message}
          tone={code.tone}
          onInput={(v) => form.set('code', v.toUpperCase())}
          onBlur={() => form.blur('code')}
        />
        <FormField
          id='join-name'
          label='姓名'
          placeholder='真实姓名'
          maxlength={20}
          value={form.values.name}
          message={name.message}
          tone={name.tone}
          onInput={(v) => form.set('name', v)}
          onBlur={() => form.blur('name')}
        />
        <FormField
          id='join-phone'
          label='手机号'
          type='number'
          placeholder='11位手机号'
          maxlength={11}
          value={form.values.phone}
          message={phone.message}
          tone={phone.tone}
          onInput={(v) => form.set('phone', v)}
          onBlur={() => form.blur('phone')}
        />
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='join-submit' label='加入' busyLabel='正在提交…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
