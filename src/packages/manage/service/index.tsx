import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { Me, ServiceDetail } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { parkScopeReason } from '../../../utils/scope'
import ManageGate from '../components/ManageGate'
import ServiceForm from './ServiceForm'
import ServiceReadOnly from './ServiceReadOnly'
import '../manage.scss'

/** A service in the catalogue (?id=), or a new one. */
export default function ManageServicePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <ManageGate what='服务管理' className='mg-service'>
      {(me) => (id ? <ExistingService id={id} me={me} /> : <NewService me={me} />)}
    </ManageGate>
  )
}

function ExistingService({ id, me }: { id: string; me: Me }) {
  const load = useCallback(() => call('service.get', { id }), [id])
  const remote = useRemote(load)
  const { setData } = remote
  // the form opens again on the saved service, so it shows what was stored
  const [round, setRound] = useState(0)
  const onSaved = useCallback(
    (saved: ServiceDetail) => {
      setData(saved)
      setRound((r) => r + 1)
    },
    [setData]
  )
  if (!remote.data) return <RemotePending remote={remote} />
  // a city-level service, or another park's, is shown read-only with the reason, not failed on 保存
  const reason = parkScopeReason(me, remote.data.parkId, '该服务')
  if (reason) return <ServiceReadOnly service={remote.data} reason={reason} />
  return <ServiceForm key={`${remote.data._id}-${round}`} service={remote.data} onSaved={onSaved} />
}

function NewService({ me }: { me: Me }) {
  // after the first save the form edits the created service
  const [saved, setSaved] = useState<ServiceDetail | null>(null)
  return (
    <View>
      {me.account.role === 'manager' && (
        <Text id='service-new-scope' className='mg-scope-note'>
          新建的服务属于本园区{me.park ? `（${me.park.name}）` : ''}，由本园区管理员维护；市级服务由市级管理员新建。
        </Text>
      )}
      <ServiceForm key={saved?._id ?? 'new'} service={saved} onSaved={setSaved} />
    </View>
  )
}
