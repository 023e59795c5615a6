import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { ENTERPRISE_SCALES, ENTERPRISE_TAGS, INDUSTRIES, type EnterpriseScale, type EnterpriseTag } from '../../../../types'
import { call } from '../../../services'
import ChipGroup, { toggled } from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import { useRemote } from '../../../hooks/useRemote'
import { Group } from './PolicyBasics'
import type { RangeKey } from './policyValues'
import type { PolicyEditor } from './types'

interface Props {
  editor: PolicyEditor
  /** a park manager's policies always target their own park */
  cityWide: boolean
}

const RANGES: Array<{ label: string; unit: string; min: RangeKey; max: RangeKey }> = [
  { label: '成立年限', unit: '年', min: 'minYearsFounded', max: 'maxYearsFounded' },
  { label: '员工人数', unit: '人', min: 'minEmployees', max: 'maxEmployees' },
  { label: '年营业收入', unit: '万元', min: 'minRevenueWan', max: 'maxRevenueWan' }
]

/** 申报条件: who the policy is for. Nothing chosen or typed means no condition on that fact. */
export default function CriteriaEditor({ editor, cityWide }: Props) {
  const { values, set, touch, message } = editor
  const loadParks = useCallback(() => call('park.list', {}), [])
  const parks = useRemote(loadParks, cityWide)
  return (
    <View className='mg-section'>
      <Text className='mg-help mg-pad'>企业须同时满足以下全部条件；不选、不填表示不限。匹配结果会逐条说明企业差在哪一项。</Text>
      <Group label='行业' message={message('industries')}>
        <ChipGroup id='criteria-industry' options={INDUSTRIES} selected={values.industries} onToggle={(x) => set('industries', toggled(values.industries, x))} />
      </Group>
      <Group label='企业规模' message={message('scales')}>
        <ChipGroup id='criteria-scale' options={ENTERPRISE_SCALES} selected={values.scales} onToggle={(x) => set('scales', toggled(values.scales, x as EnterpriseScale))} />
      </Group>
      <Group label='园区' message={message('parkIds')}>
        {cityWide ? (
          <ChipGroup
            id='criteria-park'
            options={(parks.data ?? []).map((p) => ({ key: p._id, label: p.name }))}
            selected={values.parkIds}
            onToggle={(x) => set('parkIds', toggled(values.parkIds, x))}
          />
        ) : (
          <Text className='mg-help'>园区管理员发布的政策只面向本园区企业，保存时自动设为本园区。</Text>
        )}
      </Group>
      <Group label='企业须具备的资质' message={message('requiredTags')}>
        <ChipGroup id='criteria-tag' options={ENTERPRISE_TAGS} selected={values.requiredTags} onToggle={(x) => set('requiredTags', toggled(values.requiredTags, x as EnterpriseTag))} />
      </Group>
      {RANGES.map((r) => (
        <View key={r.min} className='mg-range'>
          <FormField id={`criteria-${r.min}`} label={`${r.label}不少于（${r.unit}）`} type='number' value={values[r.min]} placeholder='不限' message={message(r.min)} onInput={(x) => set(r.min, x)} onBlur={() => touch(r.min)} />
          <FormField id={`criteria-${r.max}`} label={`${r.label}不超过（${r.unit}）`} type='number' value={values[r.max]} placeholder='不限' message={message(r.max)} onInput={(x) => set(r.max, x)} onBlur={() => touch(r.max)} />
        </View>
      ))}
    </View>
  )
}
