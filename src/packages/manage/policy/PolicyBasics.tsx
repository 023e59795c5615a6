import { Switch, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { BENEFIT_TYPES, POLICY_CATEGORIES, POLICY_LEVELS, type BenefitType, type PolicyCategory, type PolicyLevel } from '../../../../types'
import ChipGroup, { toggled } from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import TextArea from '../../../components/TextArea'
import type { PolicyEditor } from './types'

/** 标题, 文号, 发文单位, 层级, 类别, 扶持方式, 免申即享, 摘要 */
export default function PolicyBasics({ editor }: { editor: PolicyEditor }) {
  const { values, set, touch, message } = editor
  return (
    <View className='mg-section'>
      <FormField id='policy-title' label='政策标题' value={values.title} maxlength={100} message={message('title')} onInput={(x) => set('title', x)} onBlur={() => touch('title')} />
      <FormField id='policy-doc-number' label='文号（选填）' placeholder='如 潭政发〔2026〕3号' value={values.docNumber} maxlength={60} message={message('docNumber')} onInput={(x) => set('docNumber', x)} />
      <FormField id='policy-issuer' label='发文单位' value={values.issuer} maxlength={60} message={message('issuer')} onInput={(x) => set('issuer', x)} onBlur={() => touch('issuer')} />
      <Group label='政策层级' message={message('level')}>
        <ChipGroup id='policy-level' options={POLICY_LEVELS} selected={[values.level]} onToggle={(x) => set('level', x as PolicyLevel)} />
      </Group>
      <Group label='政策类别（最多4个）' message={message('categories')}>
        <ChipGroup id='policy-category' options={POLICY_CATEGORIES} selected={values.categories} onToggle={(x) => set('categories', toggled(values.categories, x as PolicyCategory))} />
      </Group>
      <Group label='扶持方式' message={message('benefitType')}>
        <ChipGroup id='policy-benefit' options={BENEFIT_TYPES} selected={[values.benefitType]} onToggle={(x) => set('benefitType', x as BenefitType)} />
      </Group>
      <View className='mg-switch'>
        <View className='mg-switch__text'>
          <Text>免申即享</Text>
          <Text className='mg-help'>符合条件的企业无需申报，直接享受</Text>
        </View>
        <Switch id='policy-exempt' checked={values.exempt} color='#1f5fbf' onChange={(e) => set('exempt', e.detail.value)} />
      </View>
      <View className='mg-pad'>
        <TextArea id='policy-summary' label='政策摘要' value={values.summary} maxlength={300} placeholder='一两句话说明支持谁、支持什么（10—300字）' message={message('summary')} onInput={(x) => set('summary', x)} onBlur={() => touch('summary')} />
      </View>
    </View>
  )
}

/** a labelled block of chips with its message */
export function Group({ label, help, message, children }: { label: string; help?: string; message?: string; children: ReactNode }) {
  return (
    <View className='mg-group'>
      <Text className='mg-group__label'>{label}</Text>
      {help && <Text className='mg-help'>{help}</Text>}
      {children}
      {message && <Text className='mg-message'>{message}</Text>}
    </View>
  )
}
