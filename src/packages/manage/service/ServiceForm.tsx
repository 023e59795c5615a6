import Taro from '@tarojs/taro'
import { Switch, Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { SERVICE_CATEGORIES, SERVICE_MODES, type ServiceCategory, type ServiceDetail, type ServiceMode } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup, { toggled } from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import { Group } from '../policy/PolicyBasics'
import MaterialRows from './MaterialRows'
import PolicyIdsPicker from './PolicyIdsPicker'
import { EMPTY_SERVICE, fromService, materialRowErrors, servicePayload } from './serviceValues'

interface Props {
  service: ServiceDetail | null
  onSaved: (service: ServiceDetail) => void
}

/** A catalogue entry: what it is, who handles it, how fast, the fee, the modes, the 一次性告知 materials and guide. */
export default function ServiceForm({ service, onSaved }: Props) {
  const toPayload = useMemo(() => servicePayload(service?._id ?? null), [service?._id])
  const form = useSchemaForm('service.save', `serviceEdit.${service?._id ?? 'new'}`, service ? fromService(service) : EMPTY_SERVICE, { toPayload })
  const { values, set, blur, field } = form
  const materialsMessage = field('materials').message
  // row messages once the list's own message shows (after a save was tried)
  const rowErrors = materialsMessage ? materialRowErrors(toPayload(values)) : {}

  const save = async () => {
    const saved = await form.submit()
    if (!saved) return
    void Taro.showToast({ title: '已保存', icon: 'success' })
    onSaved(saved)
  }

  return (
    <View className='mg-service-form'>
      <Card title='基本信息'>
        <View className='mg-section'>
          <FormField id='service-name' label='服务名称' value={values.name} maxlength={40} message={field('name').message} onInput={(x) => set('name', x)} onBlur={() => blur('name')} />
          <Group label='服务类别' message={field('category').message}>
            <ChipGroup id='service-category' options={SERVICE_CATEGORIES} selected={[values.category]} onToggle={(x) => set('category', x as ServiceCategory)} />
          </Group>
          <FormField id='service-department' label='办理部门' value={values.department} maxlength={60} message={field('department').message} onInput={(x) => set('department', x)} onBlur={() => blur('department')} />
          <FormField id='service-days' label='承诺时限（工作日）' type='number' value={values.promisedDays} maxlength={2} message={field('promisedDays').message} onInput={(x) => set('promisedDays', x)} onBlur={() => blur('promisedDays')} />
          <FormField id='service-fee' label='收费标准' value={values.fee} maxlength={40} message={field('fee').message} onInput={(x) => set('fee', x)} onBlur={() => blur('fee')} />
          <Group label='办理方式' help='领办：陪同办；导办：指导企业自己办；帮办：协助准备、跟踪；代办：授权后全程代办' message={field('modes').message}>
            <ChipGroup id='service-mode' options={SERVICE_MODES} selected={values.modes} onToggle={(x) => set('modes', toggled(values.modes, x as ServiceMode))} />
          </Group>
          <View className='mg-pad'>
            <TextArea id='service-summary' label='服务简介' value={values.summary} maxlength={300} message={field('summary').message} onInput={(x) => set('summary', x)} onBlur={() => blur('summary')} />
          </View>
          <View className='mg-switch'>
            <View className='mg-switch__text'>
              <Text>受理中</Text>
              <Text className='mg-help'>关闭后暂停受理，企业端不再显示</Text>
            </View>
            <Switch id='service-active' checked={values.active} color='#1f5fbf' onChange={(e) => set('active', e.detail.value)} />
          </View>
        </View>
      </Card>
      <Card title='一次性告知材料'>
        <View className='mg-section mg-pad'>
          <MaterialRows value={values.materials} rowErrors={rowErrors} message={Object.keys(rowErrors).length ? undefined : materialsMessage} onChange={(x) => set('materials', x)} />
        </View>
      </Card>
      <Card title='办事指南'>
        <View className='mg-section mg-pad'>
          <TextArea id='service-guide' label='办理流程和注意事项' help='每行为一段，最多20段' value={values.guide} maxlength={10000} message={field('guide').message} onInput={(x) => set('guide', x)} onBlur={() => blur('guide')} />
        </View>
      </Card>
      <Card title='相关政策'>
        <View className='mg-section mg-pad'>
          <PolicyIdsPicker value={values.policyIds} onChange={(x) => set('policyIds', x)} />
          {field('policyIds').message && <Text className='mg-message'>{field('policyIds').message}</Text>}
        </View>
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='service-save' label='保存服务' busyLabel='正在保存…' busy={form.submitting} onSubmit={() => void save()} />
      </View>
    </View>
  )
}
