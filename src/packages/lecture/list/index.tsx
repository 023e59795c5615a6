import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { LectureSummary } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { lectureDetailUrl, lectureEditUrl } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import LectureCard from '../components/LectureCard'
import { isOrganiser } from '../roles'
import { useMe } from '../useMe'
import '../lecture.scss'

type When = 'upcoming' | 'past'
const TABS: ReadonlyArray<TabItem<When>> = [
  { key: 'upcoming', label: '即将开始' },
  { key: 'past', label: '往期回顾' }
]
const EMPTY: Record<When, { text: string; hint: string }> = {
  upcoming: { text: '近期没有讲座安排', hint: '新的讲座发布后会在这里显示，也可以先看看往期回顾' },
  past: { text: '暂无往期讲座', hint: '讲座结束后可在这里看回放、下载课件' }
}
const keyOf = (l: LectureSummary) => l._id
const open = (l: LectureSummary) => openPage(lectureDetailUrl(l._id))

/** 潭商讲堂: upcoming lectures with seats and the caller's sign-up, and past ones with replays; organisers start a new one here. */
export default function LectureListPage() {
  const [when, setWhen] = useState<When>('upcoming')
  const me = useMe()
  const fetchPage = useCallback((page: number, pageSize: number) => call('lecture.list', { when, page, pageSize }), [when])
  const list = usePagedList(fetchPage, keyOf)
  // seats and the caller's state change on the detail page
  usePagedListEvents(list, { reloadOnShow: true })

  return (
    <View className='page lec-list'>
      <TabStrip tabs={TABS} active={when} onSelect={setWhen} idPrefix='lecture-tab' />
      {me.data && isOrganiser(me.data) && (
        <View id='lecture-create' className='lec-banner' onClick={() => openPage(lectureEditUrl())}>
          <View className='lec-banner__body'>
            <Text className='lec-banner__title'>讲堂管理</Text>
            <Text className='lec-banner__text'>发布讲座；在讲座页查看报名名单、导出名单和现场签到码</Text>
          </View>
          <Text className='lec-banner__go'>新建讲座 ›</Text>
        </View>
      )}
      <PagedListView
        list={list}
        card={false}
        renderItem={(l) => <LectureCard key={l._id} lecture={l} onOpen={open} />}
        empty={<EmptyState text={EMPTY[when].text} hint={EMPTY[when].hint} />}
      />
    </View>
  )
}
