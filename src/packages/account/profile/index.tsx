import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import SubmitButton from '../../../components/SubmitButton'
import { useCallback, useEffect } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import { ROUTES } from '../../../constants/routes'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import { goBackOr } from '../../../utils/nav'
import '../form.scss'

const INITIAL = { name: '', phone: '' }

/** 编辑资料: the caller's own name and phone. */
export default function EditProfilePage() {
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const form = useSchemaForm('account.updateProfile', 'updateProfile', INITIAL)
  const { prefill } = form
  const account = me.data?.account

  useEffect(() => {
    if (account) prefill({ name: account.name, phone: account.phone })
  }, [account, prefill])

  if (!me.data) {
    return (
      <View className='page account-form'>
        <RemotePending remote={me} />
      </View>
    )
  }

  const name = form.field('name')
  const phone = form.field('phone')
  const submit = async () => {
    const next = await form.submit()
    if (!next) return
    void Taro.showToast({ title: '已保存', icon: 'success', duration: 1000 })
    setTimeout(() => goBackOr(ROUTES.mine), 1000)
  }

  return (
    <View className='page account-form'>
      <Text className='page-note'>手机号仅您本人和负责的管理人员可见，用于办理事项时联系您，可不填。</Text>
      <Card>
        <FormField
          id='profile-name'
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
          id='profile-phone'
          label='手机号'
          type='number'
          placeholder='11位手机号（选填）'
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
        <SubmitButton id='profile-submit' label='保存' busyLabel='正在保存…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
