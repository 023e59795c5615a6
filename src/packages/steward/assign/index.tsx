import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { MAX_ASSIGN_BATCH, type AssignableEnterprise, type StewardAssignResult } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import LoadingState from '../../../components/LoadingState'
import TextArea from '../../../components/TextArea'
import { stewardHistoryUrl } from '../../../constants/routes'
import { useSubmission } from '../../../hooks/useSubmission'
import { openPage } from '../../../utils/nav'
import AssignResultView from './AssignResultView'
import EnterprisePicker from './EnterprisePicker'
import StewardPicker from './StewardPicker'
import { useAssignTarget } from './useAssignTarget'
import '../steward.scss'

/** 指派企业管家: pick enterprises of the park, a steward of the park, a reason; confirm; see what changed. */
export default function StewardAssignPage() {
  const { params } = useRouter()
  const target = useAssignTarget(params.stewardId)
  const [selected, setSelected] = useState<Map<string, AssignableEnterprise>>(new Map())
  const [reason, setReason] = useState('')
  const [result, setResult] = useState<StewardAssignResult | null>(null)
  const [error, setError] = useState<string | null>(null)
  const { submit, submitting } = useSubmission('steward.assign')

  const role = target.me?.account.role
  const { parkId, steward } = target
  const blocked = !target.me ? (
    target.error ? <ErrorState error={target.error} onRetry={() => void target.reload()} /> : <LoadingState />
  ) : role !== 'manager' && role !== 'admin' ? (
    <EmptyState text='只有园区管理员可以指派企业管家' />
  ) : !parkId ? (
    <EmptyState text='暂无园区' />
  ) : null
  if (blocked || !parkId) return <View className='page st-assign'>{blocked}</View>

  const toggle = (e: AssignableEnterprise) =>
    setSelected((m) => {
      const next = new Map(m)
      if (next.has(e._id)) next.delete(e._id)
      else next.set(e._id, e)
      return next
    })
  const selectAll = (list: AssignableEnterprise[]) =>
    setSelected((m) => {
      const next = new Map(m)
      for (const e of list) if (next.size < MAX_ASSIGN_BATCH) next.set(e._id, e)
      return next
    })
  const changePark = (id: string) => {
    target.setParkId(id)
    target.setSteward(null)
    setSelected(new Map())
  }

  const missing = selected.size === 0 ? '请选择企业' : !steward ? '请选择管家' : reason.trim().length < 2 ? '请填写指派原因（至少2个字）' : selected.size > MAX_ASSIGN_BATCH ? `一次最多指派${MAX_ASSIGN_BATCH}家企业` : null
  const confirm = async () => {
    if (missing || !steward) {
      setError(missing)
      return
    }
    setError(null)
    const { confirm: ok } = await Taro.showModal({
      title: '确认指派',
      content: `将所选 ${selected.size} 家企业的企业管家指派为 ${steward.name}。已在办理中的事项不随之转移，仍由原管家办结。`,
      confirmText: '确认指派'
    })
    if (!ok) return
    const r = await submit({ stewardId: steward.id, enterpriseIds: [...selected.keys()], reason: reason.trim() })
    if (r.ok) setResult(r.data)
    else if (r.error) setError(r.error.message)
  }
  const again = () => {
    setResult(null)
    setSelected(new Map())
    setReason('')
  }

  if (result) {
    return (
      <View className='page st-assign'>
        <AssignResultView result={result} onAgain={again} onHistory={() => openPage(stewardHistoryUrl())} />
      </View>
    )
  }

  return (
    <View className='page st-assign'>
      {role === 'admin' && (
        <View className='st-filters'>
          <ChipGroup id='assign-park' options={target.parks.map((p) => ({ key: p._id, label: p.name }))} selected={[parkId]} onToggle={changePark} />
        </View>
      )}
      <Text className='st-step'>1. 选择企业（已选 {selected.size} 家，一次最多 {MAX_ASSIGN_BATCH} 家）</Text>
      <EnterprisePicker parkId={parkId} selected={selected} onToggle={toggle} onSelectAll={selectAll} />
      <Text className='st-step'>2. 选择管家{steward ? `：${steward.name}` : ''}</Text>
      <StewardPicker parkId={parkId} selectedId={steward?.id ?? null} onSelect={(s) => target.setSteward({ id: s._id, name: s.name })} />
      <Text className='st-step'>3. 指派原因</Text>
      <Card>
        <TextArea id='assign-reason' autoHeight label='指派原因（记入变更记录）' placeholder='如：新入园企业分配管家、管家分工调整、企业申请更换' maxlength={200} value={reason} onInput={setReason} />
      </Card>
      {error && <Text id='assign-error' className='page-note st-text__message'>{error}</Text>}
      <View className='st-bar'>
        <Text className='st-bar__count'>已选 {selected.size} 家{steward ? ` → ${steward.name}` : ''}</Text>
        <View id='assign-submit'>
          <AtButton type='primary' size='small' loading={submitting} disabled={submitting} onClick={() => void confirm()}>
            确认指派
          </AtButton>
        </View>
      </View>
    </View>
  )
}
