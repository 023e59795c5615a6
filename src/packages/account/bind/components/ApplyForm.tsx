import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { APPLICANT_CAPACITY_LABELS, type ApplicantCapacity, type Me } from '../../../../../types'
import AttachmentPicker from '../../../../components/AttachmentPicker'
import Card from '../../../../components/Card'
import ChipGroup from '../../../../components/ChipGroup'
import FormField from '../../../../components/FormField'
import FormNotice from '../../../../components/FormNotice'
import SubmitButton from '../../../../components/SubmitButton'
import type { useApplyForm } from '../useApplyForm'

interface Props {
  form: ReturnType<typeof useApplyForm>
  onSubmitted: (me: Me) => void
}

const CAPACITIES: ApplicantCapacity[] = ['legalRep', 'authorised']
const CAPACITY_OPTIONS = CAPACITIES.map((key) => ({ key, label: APPLICANT_CAPACITY_LABELS[key] }))

/** 企业认证申请: the enterprise, who the applicant is for it, and the papers that prove it. */
export default function ApplyForm({ form, onSubmitted }: Props) {
  const [uploading, setUploading] = useState({ licence: false, authorisation: false })
  const busyUploading = uploading.licence || uploading.authorisation
  const { values } = form
  const codeMessage = form.message('creditCode')

  const submit = async () => {
    if (busyUploading) return
    const me = await form.submit()
    if (me) onSubmitted(me)
  }

  return (
    <View className='ms-apply'>
      <Card title='企业信息'>
        <FormField
          id='enterprise-name'
          label='企业名称'
          placeholder='与营业执照一致'
          maxlength={60}
          value={values.name}
          message={form.message('name')}
          onInput={(v) => form.set('name', v)}
          onBlur={() => form.touch('name')}
        />
        <FormField
          id='credit-code'
          label='统一社会信用代码'
          placeholder='18位，字母请按执照填写'
          maxlength={22}
          value={values.creditCode}
          message={codeMessage}
          tone={form.creditCodeTyping ? 'hint' : 'error'}
          onInput={(v) => form.set('creditCode', v)}
          onBlur={() => form.touch('creditCode')}
        />
      </Card>

      <Card title='申请身份'>
        <View className='ms-apply__block'>
          <ChipGroup id='apply-capacity' options={CAPACITY_OPTIONS} selected={values.capacity ? [values.capacity] : []} onToggle={(k) => form.set('capacity', k as ApplicantCapacity)} />
          <FieldMessage text={form.message('capacity')} />
        </View>
      </Card>

      <Card title='证明材料'>
        <View className='ms-apply__block' id='apply-licence'>
          <Text className='ms-apply__label'>营业执照照片</Text>
          <Text className='ms-apply__help'>请拍摄营业执照正本或副本，企业名称和统一社会信用代码须清晰可见。</Text>
          <AttachmentPicker
            value={values.licence}
            onChange={(next) => form.set('licence', next)}
            max={1}
            imagesOnly
            onBusyChange={(busy) => setUploading((u) => (u.licence === busy ? u : { ...u, licence: busy }))}
          />
          <FieldMessage text={form.message('licence')} />
        </View>
        {values.capacity === 'authorised' && (
          <View className='ms-apply__block' id='apply-authorisation'>
            <Text className='ms-apply__label'>授权委托书</Text>
            <Text className='ms-apply__help'>由法定代表人签字并加盖企业公章，写明授权您代表企业使用本平台。可上传照片或 PDF。</Text>
            <AttachmentPicker
              value={values.authorisation}
              onChange={(next) => form.set('authorisation', next)}
              max={1}
              onBusyChange={(busy) => setUploading((u) => (u.authorisation === busy ? u : { ...u, authorisation: busy }))}
            />
            <FieldMessage text={form.message('authorisation')} />
          </View>
        )}
      </Card>

      <View className='ms-note' id='apply-next-steps'>
        <Text className='ms-note__title'>提交后会怎样</Text>
        <Text className='ms-note__line'>1. 申请交由企业所在园区的企业管家或园区管理员审核，审核结果会通过“消息”通知您。</Text>
        <Text className='ms-note__line'>2. 审核期间您的账号为“待认证”：可以浏览政策和动态、以个人身份咨询，但看不到企业的办件、档案和预约。</Text>
        <Text className='ms-note__line'>3. 审核通过后即成为企业成员；若企业还没有管理员，您将成为企业管理员，可邀请同事加入。</Text>
      </View>

      <FormNotice restored={form.restored} onDiscard={form.discard} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton
          id='apply-submit'
          label={busyUploading ? '请等待材料上传完成' : '提交认证申请'}
          busyLabel='正在提交…'
          busy={form.submitting}
          disabled={busyUploading}
          onSubmit={() => void submit()}
        />
      </View>
    </View>
  )
}

function FieldMessage({ text }: { text?: string }) {
  return text ? <Text className='ms-apply__error'>{text}</Text> : null
}
