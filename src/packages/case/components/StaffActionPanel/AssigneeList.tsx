import { Text, View } from '@tarojs/components'
import { useCallback } from 'react'
import { ROLE_LABELS } from '../../../../../types'
import { call } from '../../../../services'
import EmptyState from '../../../../components/EmptyState'
import RemotePending from '../../../../components/RemotePending'
import { useRemote } from '../../../../hooks/useRemote'

interface Props {
  caseId: string
  /** the chosen person's id, '' for none */
  value: string
  message?: string
  onChange: (userId: string) => void
}

/** Who can take the case, from the server: name, role and how many open cases they hold. */
export default function AssigneeList({ caseId, value, message, onChange }: Props) {
  const load = useCallback(() => call('case.assignees', { id: caseId }), [caseId])
  const people = useRemote(load)

  let body
  if (!people.data) body = <RemotePending remote={people} />
  else if (people.data.length === 0) body = <EmptyState text='暂无可选人员' hint='请联系园区管理员' />
  else {
    body = people.data.map((p) => (
      <View
        key={p._id}
        id={`assignee-${p._id}`}
        className={`assignee${p._id === value ? ' assignee--on' : ''}`}
        role='radio'
        aria-checked={p._id === value}
        onClick={() => onChange(p._id)}
      >
        <View className='assignee__who'>
          <Text className='assignee__name'>{p.name}</Text>
          <Text className='assignee__role'>{ROLE_LABELS[p.role]}</Text>
          {p.isEnterpriseSteward && <Text className='assignee__own'>本企业管家</Text>}
        </View>
        <Text className='assignee__load'>在办 {p.load} 件</Text>
      </View>
    ))
  }

  return (
    <View className={`assignee-list${message ? ' assignee-list--error' : ''}`}>
      {body}
      {message && <Text className='case-form__message'>{message}</Text>}
    </View>
  )
}
