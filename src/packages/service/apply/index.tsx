import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect } from 'react'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import BindGate, { actsForEnterprise } from '../components/BindGate'
import { promisedLabel } from '../modes'
import ApplyForm from './ApplyForm'
import '../service.scss'

/** 在线申请 (?serviceId=&mode=): for an entrepreneur of a bound enterprise; the application becomes a 服务申请 case. */
export default function ServiceApplyPage() {
  const { params } = useRouter()
  const serviceId = params.serviceId ?? ''
  const wantedMode = params.mode ? decodeURIComponent(params.mode) : undefined
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const canApply = me.data !== null && actsForEnterprise(me.data)
  const loadService = useCallback(() => call('service.get', { id: serviceId }), [serviceId])
  const service = useRemote(loadService, canApply)
  const { reload } = service
  const onMaterialsRejected = useCallback(() => void reload(), [reload])

  useEffect(() => {
    if (service.data) void Taro.setNavigationBarTitle({ title: `申请：${service.data.name}` }).catch(() => undefined)
  }, [service.data])

  let body
  if (!me.data) body = <RemotePending remote={me} />
  else if (!canApply) body = <BindGate me={me.data} doing='申请服务' />
  else if (!service.data) body = <RemotePending remote={service} />
  else if (!service.data.active) body = <EmptyState text='该服务暂停受理' hint='恢复受理后即可在线申请；如有急需，可通过“咨询”联系您的企业管家' />
  else {
    body = (
      <View>
        {service.error && <ErrorState compact error={service.error} onRetry={() => void reload()} />}
        <Text className='page-note'>
          {service.data.name} · {service.data.department} · {promisedLabel(service.data.promisedDays)}。提交后作为“服务申请”办件限时办理，可在“我的办件”中查看进度。
        </Text>
        <ApplyForm key={service.data._id} service={service.data} wantedMode={wantedMode} onMaterialsRejected={onMaterialsRejected} />
      </View>
    )
  }
  return <View className='page svc-apply-page'>{body}</View>
}
