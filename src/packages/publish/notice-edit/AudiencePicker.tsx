import { Text, View } from '@tarojs/components'
import { INDUSTRIES, NOTICE_AUDIENCE_KINDS, NOTICE_AUDIENCE_LABELS, type Me, type NoticeAudienceKind, type Park } from '../../../../types'
import ChipGroup, { toggled } from '../../../components/ChipGroup'
import EnterprisePicker from './EnterprisePicker'
import type { NoticeForm } from './types'

interface Props {
  form: NoticeForm
  me: Me
  parks: Park[]
}

/**
 * 通知对象. A park manager chooses within their park (no 全市; parks is their park; an
 * industry or named enterprises inside it); the admin chooses anything.
 */
export default function AudiencePicker({ form, me, parks }: Props) {
  const { values, set, message } = form
  const admin = me.account.role === 'admin'
  const ownPark = parks.find((p) => p._id === me.account.parkId)
  const kinds = NOTICE_AUDIENCE_KINDS.filter((k) => admin || k !== 'city').map((k) => ({ key: k, label: k === 'parks' && !admin ? '本园区企业' : NOTICE_AUDIENCE_LABELS[k] }))
  const parkOptions = parks.map((p) => ({ key: p._id, label: p.name }))

  return (
    <View className='pb-audience'>
      <View className='pb-group'>
        <Text className='pb-group__label'>通知对象</Text>
        <ChipGroup id='audience-kind' options={kinds} selected={[values.kind]} onToggle={(k) => set('kind', k as NoticeAudienceKind)} />
        {!admin && <Text className='pb-help'>园区管理员只能向{ownPark ? `“${ownPark.name}”` : '本园区'}的企业发送通知</Text>}
      </View>
      {admin && (values.kind === 'parks' || values.kind === 'industries') && (
        <View className='pb-group'>
          <Text className='pb-group__label'>{values.kind === 'parks' ? '园区' : '限定园区（不选即全市）'}</Text>
          <ChipGroup id='audience-parks' options={parkOptions} selected={values.parkIds} onToggle={(p) => set('parkIds', toggled(values.parkIds, p))} />
          {message('parkIds') && <Text className='pb-message'>{message('parkIds')}</Text>}
        </View>
      )}
      {values.kind === 'industries' && (
        <View className='pb-group'>
          <Text className='pb-group__label'>行业</Text>
          <ChipGroup id='audience-industries' options={INDUSTRIES} selected={values.industries} onToggle={(i) => set('industries', toggled(values.industries, i as (typeof INDUSTRIES)[number]))} />
          {message('industries') && <Text className='pb-message'>{message('industries')}</Text>}
        </View>
      )}
      {values.kind === 'enterprises' && (
        <View className='pb-group'>
          <Text className='pb-group__label'>企业</Text>
          <EnterprisePicker value={values.enterprises} message={message('enterprises')} onChange={(x) => set('enterprises', x)} />
        </View>
      )}
      {message('kind') && <Text className='pb-message pb-pad'>{message('kind')}</Text>}
    </View>
  )
}
