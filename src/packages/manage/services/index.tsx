import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { Me, ServiceSummary } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { manageServiceUrl, SERVICE_ROUTES } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import { ownerLabel } from '../../../utils/scope'
import ManageGate from '../components/ManageGate'
import '../manage.scss'

const keyOf = (s: ServiceSummary) => s._id
const open = (s: ServiceSummary) => openPage(manageServiceUrl(s._id))
const fetchPage = (page: number, pageSize: number) => call('service.list', { page, pageSize })

/** 服务管理: the catalogue to edit, and the way to new services and appointment sessions. */
export default function ManageServicesPage() {
  return (
    <ManageGate what='服务管理' className='mg-services'>
      {(me) => <ServiceConsole me={me} />}
    </ManageGate>
  )
}

function ServiceConsole({ me }: { me: Me }) {
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })
  return (
    <View>
      <View className='mg-toolbar mg-pad'>
        <View id='service-new'>
          <AtButton type='primary' size='small' onClick={() => openPage(manageServiceUrl())}>
            新建服务
          </AtButton>
        </View>
        <View id='service-slots'>
          <AtButton type='secondary' size='small' onClick={() => openPage(SERVICE_ROUTES.manageSlots)}>
            预约场次
          </AtButton>
        </View>
      </View>
      <PagedListView
        list={list}
        renderItem={(s) => (
          <View key={s._id} id={`service-row-${s._id}`} className='mg-row' onClick={() => open(s)}>
            <View className='mg-row__head'>
              <Text className='mg-row__title'>{s.name}</Text>
              <Text className='mg-badge mg-badge--owner'>{ownerLabel(me, s.parkId)}</Text>
              <Text className={`mg-badge mg-badge--${s.active ? 'published' : 'withdrawn'}`}>{s.active ? '受理中' : '暂停受理'}</Text>
            </View>
            <Text className='mg-row__meta'>
              {s.category} · {s.department} · {s.promisedDays} 个工作日 · {s.modes.join('、')}
            </Text>
          </View>
        )}
        empty={<EmptyState text='暂无服务' hint='点“新建服务”录入服务事项和一次性告知材料' />}
      />
    </View>
  )
}
