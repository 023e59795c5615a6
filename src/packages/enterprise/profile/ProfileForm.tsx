import Taro from '@tarojs/taro'
import { Picker, Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { ENTERPRISE_SCALES, ENTERPRISE_TAGS, INDUSTRIES, REVENUE_BANDS, type EnterpriseProfile } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import { ROUTES } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import { goBackOr } from '../../../utils/nav'
import { toBeijing } from '../../../utils/time'
import { EMPTY_PROFILE, fromProfile, toProfilePayload } from './profileValues'

export const SAVED_MESSAGE = '档案已更新，适用政策已重新匹配'
const REVENUE_OPTIONS = REVENUE_BANDS.map((b) => ({ key: b.key, label: b.label }))

interface Props {
  profile: EnterpriseProfile
  onSaved: (profile: EnterpriseProfile) => void
}

function Message({ text }: { text?: string }) {
  return text ? <Text className='profile-form__message'>{text}</Text> : null
}

/** 一企一档: the facts that decide which policies fit, checked with the shared schema; kept as a draft until saved. */
export default function ProfileForm({ profile, onSaved }: Props) {
  const form = useSchemaForm('enterprise.updateProfile', `enterpriseProfile.${profile.enterpriseId}`, EMPTY_PROFILE, { toPayload: toProfilePayload })
  const { prefill } = form
  useEffect(() => prefill(fromProfile(profile)), [profile, prefill])
  const v = form.values
  const today = toBeijing(new Date())?.format('YYYY-MM-DD') ?? ''
  const employees = form.field('employees')

  const save = async () => {
    const saved = await form.submit()
    if (!saved) return
    onSaved(saved)
    void Taro.showToast({ title: SAVED_MESSAGE, icon: 'none', duration: 1500 })
    setTimeout(() => goBackOr(ROUTES.mine), 1500)
  }

  return (
    <View className='profile-form'>
      <Card>
        <Text className='profile-form__label'>所属行业</Text>
        <ChipGroup id='profile-industry' options={INDUSTRIES} selected={[v.industry]} onToggle={(k) => form.set('industry', k)} />
        <Message text={form.field('industry').message} />

        <Text className='profile-form__label'>企业规模</Text>
        <ChipGroup id='profile-scale' options={ENTERPRISE_SCALES} selected={[v.scale]} onToggle={(k) => form.set('scale', k)} />
        <Message text={form.field('scale').message} />

        <Text className='profile-form__label'>成立日期</Text>
        <Picker mode='date' value={v.foundedOn || today} start='1949-10-01' end={today} onChange={(e) => form.set('foundedOn', String(e.detail.value))}>
          <View id='profile-founded' className='profile-form__picker'>
            <Text className={v.foundedOn ? '' : 'profile-form__placeholder'}>{v.foundedOn || '请选择成立日期'}</Text>
            <Text className='profile-form__arrow'>›</Text>
          </View>
        </Picker>
        <Message text={form.field('foundedOn').message} />
      </Card>
      <Card>
        <FormField
          id='profile-employees'
          label='员工人数（选填）'
          type='number'
          placeholder='在职员工人数，如 25'
          maxlength={7}
          value={v.employees}
          message={employees.message}
          tone={employees.tone}
          onInput={(text) => form.set('employees', text)}
          onBlur={() => form.blur('employees')}
        />
      </Card>
      <Card>
        <Text className='profile-form__label'>上年度营业收入（选填）</Text>
        <ChipGroup id='profile-revenue' options={REVENUE_OPTIONS} selected={[v.revenueBand]} onToggle={(k) => form.set('revenueBand', k === v.revenueBand ? '' : k)} />
        <Message text={form.field('revenueBand').message} />

        <Text className='profile-form__label'>资质标签（可多选）</Text>
        <ChipGroup
          id='profile-tags'
          options={ENTERPRISE_TAGS}
          selected={v.tags}
          onToggle={(k) => form.set('tags', v.tags.includes(k) ? v.tags.filter((t) => t !== k) : [...v.tags, k])}
        />
        <Message text={form.field('tags').message} />
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='profile-save' label='保存档案' busyLabel='正在保存…' busy={form.submitting} onSubmit={() => void save()} />
      </View>
    </View>
  )
}
