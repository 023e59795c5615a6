import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { APPOINTMENT_KINDS, type AppointmentKind, type AppointmentSlot, type Me } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import { useEditor } from '../../../hooks/useEditor'
import PickerField from '../components/PickerField'
import { Group } from '../policy/PolicyBasics'
import { EMPTY_SLOT, keyOfSlotField, slotPayload, validateSlot } from './slotValues'

/** A new 企业接待日 / 早餐会 session; dates and times are Beijing time. */
export default function SlotForm({ me, onCreated }: { me: Me; onCreated: (slot: AppointmentSlot) => void }) {
  const editor = useEditor({
    action: 'appointment.createSlot',
    draftKey: 'slotCreate',
    initial: EMPTY_SLOT,
    validate: validateSlot,
    toPayload: slotPayload,
    keyOfField: keyOfSlotField
  })
  const { values, set, touch, message } = editor

  const create = async () => {
    const slot = await editor.submit()
    if (!slot) return
    // the next session is often the same kind, host and place
    editor.replace({ ...EMPTY_SLOT, kind: values.kind, host: values.host, place: values.place })
    void Taro.showToast({ title: '场次已发布', icon: 'success' })
    onCreated(slot)
  }

  return (
    <Card title='新增场次'>
      <Text id='slot-scope' className='mg-scope-note'>
        {me.account.role === 'admin'
          ? '以市级名义发布，全市企业均可预约。'
          : `场次以本园区${me.park ? `（${me.park.name}）` : ''}名义发布；市级场次和其他园区的场次只能查看，由市级管理员或该园区管理员发布。`}
      </Text>
      <View className='mg-section'>
        <Group label='类型' message={message('kind')}>
          <ChipGroup id='slot-kind' options={APPOINTMENT_KINDS} selected={[values.kind]} onToggle={(x) => set('kind', x as AppointmentKind)} />
        </Group>
        <FormField id='slot-title' label='活动名称' placeholder='如 3月第二期企业接待日' value={values.title} maxlength={60} message={message('title')} onInput={(x) => set('title', x)} onBlur={() => touch('title')} />
        <FormField id='slot-host' label='接待人' placeholder='如 市营商环境协调事务中心主任' value={values.host} maxlength={60} message={message('host')} onInput={(x) => set('host', x)} onBlur={() => touch('host')} />
        <FormField id='slot-place' label='地点' value={values.place} maxlength={100} message={message('place')} onInput={(x) => set('place', x)} onBlur={() => touch('place')} />
        <PickerField id='slot-date' label='日期（北京时间）' mode='date' value={values.date} placeholder='选择日期' message={message('date')} onChange={(x) => set('date', x)} />
        <View className='mg-range'>
          <PickerField id='slot-start' label='开始时间' mode='time' value={values.start} placeholder='选择时间' message={message('start')} onChange={(x) => set('start', x)} />
          <PickerField id='slot-end' label='结束时间' mode='time' value={values.end} placeholder='选择时间' message={message('end')} onChange={(x) => set('end', x)} />
        </View>
        <FormField id='slot-capacity' label='名额（家）' type='number' value={values.capacity} maxlength={3} message={message('capacity')} onInput={(x) => set('capacity', x)} onBlur={() => touch('capacity')} />
        <Text className='mg-help mg-pad'>发布后企业即可在“惠企服务 → 企业接待日 · 早餐会”预约，名额约满即止；开始后不能再预约或取消。</Text>
      </View>
      <FormNotice restored={editor.restored} onDiscard={editor.discard} error={editor.formError} />
      <View className='page-actions'>
        <SubmitButton id='slot-create' label='发布场次' busyLabel='正在发布…' busy={editor.submitting} onSubmit={() => void create()} />
      </View>
    </Card>
  )
}
