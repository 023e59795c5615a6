import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import SubmitButton from '../../../components/SubmitButton'
import Card from '../../../components/Card'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import { ROUTES } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import '../form.scss'

const INITIAL = { name: '', creditCode: '' }

/** the code is checked while typed; its length message is only a hint until 18 characters are in */
const stillTyping = (field: string, value: string) => field === 'creditCode' && value.replace(/\s+/g, '').length < 18

/** 绑定企业: enterprise name + 统一社会信用代码, checked here with the server's own rules. */
export default function BindEnterprisePage() {
  const form = useSchemaForm('account.bindEnterprise', 'bindEnterprise', INITIAL, {
    liveFields: ['creditCode'],
    stillTyping
  })
  const name = form.field('name')
  const code = form.field('creditCode')

  const submit = async () => {
    const me = await form.submit()
    if (!me) return
    void Taro.showToast({ title: '绑定成功', icon: 'success', duration: 1200 })
    setTimeout(() => void Taro.reLaunch({ url: ROUTES.home }), 1200)
  }

  return (
    <View className='page account-form'>
      <Text className='page-note'>
        请填写营业执照上的企业名称和18位统一社会信用代码。绑定后，企业管家将为您提供一对一服务，适用政策会及时提醒。
      </Text>
      <Card>
        <FormField
          id='enterprise-name'
          label='企业名称'
          placeholder='与营业执照一致'
          maxlength={60}
          value={form.values.name}
          message={name.message}
          tone={name.tone}
          onInput={(v) => form.set('name', v)}
          onBlur={() => form.blur('name')}
        />
        <FormField
          id='credit-code'
          label='统一社会信用代码'
          placeholder='18位，字母请按执照填写'
          maxlength={22}
          value={form.values.creditCode}
          message={code.message}
          tone={code.tone}
          onInput={(v) => form.set('creditCode', v)}
          onBlur={() => form.blur('creditCode')}
        />
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='bind-submit' label='绑定企业' busyLabel='正在绑定…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
