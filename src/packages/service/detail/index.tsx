import Taro, { usePullDownRefresh, useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback, useEffect } from 'react'
import { call } from '../../../services'
import Card from '../../../components/Card'
import ErrorState from '../../../components/ErrorState'
import RemotePending from '../../../components/RemotePending'
import { serviceApplyUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { openPage } from '../../../utils/nav'
import MaterialList from '../components/MaterialList'
import ServiceFacts from '../components/ServiceFacts'
import { proxyMode } from '../modes'
import LinkedPolicies from './LinkedPolicies'
import '../service.scss'

/** One service (?id=): 一次性告知 materials, guide, time limit, fee, modes, linked policies, and the ways to apply. */
export default function ServiceDetailPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const load = useCallback(() => call('service.get', { id }), [id])
  const remote = useRemote(load)
  usePullDownRefresh(() => {
    void remote.reload().finally(() => Taro.stopPullDownRefresh())
  })
  const service = remote.data
  useEffect(() => {
    if (service) void Taro.setNavigationBarTitle({ title: service.name }).catch(() => undefined)
  }, [service])

  if (!service) {
    return (
      <View className='page svc-detail'>
        <RemotePending remote={remote} />
      </View>
    )
  }
  const proxy = proxyMode(service)
  return (
    <View className='page svc-detail'>
      {remote.error && <ErrorState compact error={remote.error} onRetry={() => void remote.reload()} />}
      <Card>
        <View className='svc-detail__head'>
          <Text className='svc-detail__name'>{service.name}</Text>
          <Text className='svc-tag'>{service.category}</Text>
        </View>
        <Text className='svc-detail__summary'>{service.summary}</Text>
        <ServiceFacts service={service} />
      </Card>
      <Card title='一次性告知材料清单'>
        <Text className='svc-detail__note'>以下材料一次告知、一次备齐；标“必交”的须在线上传，标“选交”的有则更快。</Text>
        <MaterialList materials={service.materials} />
      </Card>
      {service.guide.length > 0 && (
        <Card title='办事指南'>
          <View className='svc-guide'>
            {service.guide.map((p, i) => (
              <Text key={i} className='svc-guide__para'>
                {p}
              </Text>
            ))}
          </View>
        </Card>
      )}
      {service.policyIds.length > 0 && (
        <Card title='相关政策'>
          <LinkedPolicies ids={service.policyIds} />
        </Card>
      )}
      {service.active ? (
        <View className='page-actions svc-detail__actions'>
          <View id='service-apply'>
            <AtButton type='primary' onClick={() => openPage(serviceApplyUrl(service._id))}>
              在线申请
            </AtButton>
          </View>
          {proxy && (
            <View id='service-proxy'>
              <AtButton type='secondary' onClick={() => openPage(serviceApplyUrl(service._id, proxy))}>
                帮代办
              </AtButton>
            </View>
          )}
          <Text className='page-note svc-detail__after'>提交后作为“服务申请”办件限时办理，可在“我的办件”中查看进度。</Text>
        </View>
      ) : (
        <Text className='page-note svc-detail__paused'>该服务暂停受理，恢复后即可在线申请。如有急需，可通过“咨询”联系您的企业管家。</Text>
      )}
    </View>
  )
}
