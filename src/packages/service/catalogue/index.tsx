import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { SERVICE_CATEGORIES, type ServiceCategory, type ServiceSummary } from '../../../../types'
import { call } from '../../../services'
import ChipGroup from '../../../components/ChipGroup'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { SERVICE_ROUTES, serviceDetailUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import ServiceCard from '../components/ServiceCard'
import '../service.scss'

const ALL = '全部'
const CATEGORY_OPTIONS = [ALL, ...SERVICE_CATEGORIES]
const keyOf = (s: ServiceSummary) => s._id
const open = (s: ServiceSummary) => openPage(serviceDetailUrl(s._id))

/** 惠企服务: the catalogue by category, and the way to book 企业接待日 / 早餐会. */
export default function ServiceCataloguePage() {
  const [category, setCategory] = useState<ServiceCategory | null>(null)
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('service.list', category ? { category, page, pageSize } : { page, pageSize }),
    [category]
  )
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list)

  return (
    <View className='page svc-catalogue'>
      <View id='appointments-entry' className='svc-banner' onClick={() => openPage(SERVICE_ROUTES.appointments)}>
        <View className='svc-banner__body'>
          <Text className='svc-banner__title'>企业接待日 · 早餐会</Text>
          <Text className='svc-banner__text'>预约与部门负责人面对面，当面反映问题、对接资源</Text>
        </View>
        <Text className='svc-banner__go'>去预约 ›</Text>
      </View>
      <View className='svc-filter'>
        <ChipGroup
          id='service-category'
          options={CATEGORY_OPTIONS}
          selected={[category ?? ALL]}
          onToggle={(c) => setCategory(c === ALL ? null : (c as ServiceCategory))}
        />
      </View>
      <PagedListView
        list={list}
        card={false}
        renderItem={(s) => <ServiceCard key={s._id} service={s} onOpen={open} />}
        empty={<EmptyState text={category ? `“${category}”类暂无服务` : '暂无服务'} hint='可以先通过“咨询”向您的企业管家说明需求' />}
      />
    </View>
  )
}
