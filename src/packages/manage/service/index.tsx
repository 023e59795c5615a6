import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { ServiceDetail } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import ManageGate from '../components/ManageGate'
import ServiceForm from './ServiceForm'
import '../manage.scss'

/** A service in the catalogue (?id=), or a new one. */
export default function ManageServicePage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <ManageGate what='服务管理' className='mg-service'>
      {() => (id ? <ExistingService id={id} /> : <NewService />)}
    </ManageGate>
  )
}

function ExistingService({ id }: { id: string }) {
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
  return <ServiceForm key={`${remote.data._id}-${round}`} service={remote.data} onSaved={onSaved} />
}

function NewService() {
  // after the first save the form edits the created service
  const [saved, setSaved] = useState<ServiceDetail | null>(null)
  return (
    <View>
      <ServiceForm key={saved?._id ?? 'new'} service={saved} onSaved={setSaved} />
    </View>
  )
}
