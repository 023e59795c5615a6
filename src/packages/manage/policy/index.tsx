import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { Me, PolicyDetail } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { managePolicyUrl } from '../../../constants/routes'
import { useEditor } from '../../../hooks/useEditor'
import { useRemote } from '../../../hooks/useRemote'
import ManageGate from '../components/ManageGate'
import PolicyForm from './PolicyForm'
import PolicyStatusCard from './PolicyStatusCard'
import { EMPTY_POLICY, fromDetail, keyOfPolicyField, toFields, validatePolicy, type PolicyValues } from './policyValues'
import '../manage.scss'

/** One policy in the console (?id=), or a new one: edit every field, publish, push, withdraw. */
export default function ManagePolicyPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <ManageGate what='政策管理' className='mg-policy'>
      {(me) => (id ? <ExistingPolicy id={id} me={me} /> : <PolicyWorkspace policy={null} me={me} />)}
    </ManageGate>
  )
}

function ExistingPolicy({ id, me }: { id: string; me: Me }) {
  const load = useCallback(() => call('policy.get', { id }), [id])
  const remote = useRemote(load)
  if (!remote.data) return <RemotePending remote={remote} />
  return <PolicyWorkspace key={remote.data._id} policy={remote.data} me={me} />
}

function PolicyWorkspace({ policy: loaded, me }: { policy: PolicyDetail | null; me: Me }) {
  const [policy, setPolicy] = useState(loaded)
  const idRef = policy?._id
  const toPayload = useCallback((v: PolicyValues) => (idRef ? { id: idRef, fields: toFields(v) } : { fields: toFields(v) }), [idRef])
  const editor = useEditor({
    action: 'policy.save',
    draftKey: `policyEdit.${loaded?._id ?? 'new'}`,
    initial: loaded ? fromDetail(loaded) : EMPTY_POLICY,
    validate: validatePolicy,
    toPayload,
    keyOfField: keyOfPolicyField
  })

  const onSaved = (saved: PolicyDetail) => {
    // a new policy opens as itself, so publishing and pushing become available
    if (!policy) void Taro.redirectTo({ url: managePolicyUrl(saved._id) })
    else setPolicy(saved)
  }
  const onChanged = (next: PolicyDetail) => setPolicy(next)
  const status = policy?.lifecycle?.editStatus
  return (
    <View>
      {policy && <PolicyStatusCard policy={policy} dirty={editor.dirty} onChanged={onChanged} />}
      {status !== 'withdrawn' && <PolicyForm editor={editor} policy={policy} cityWide={me.account.role === 'admin'} onSaved={onSaved} />}
    </View>
  )
}
