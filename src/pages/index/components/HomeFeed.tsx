import { View } from '@tarojs/components'
import type { HomeFeed as Feed, NewsSummary, Notice } from '../../../../types'
import Card from '../../../components/Card'
import EmptyState from '../../../components/EmptyState'
import ErrorState from '../../../components/ErrorState'
import LoadingState from '../../../components/LoadingState'
import NewsItem from '../../../components/NewsItem'
import NoticeItem from '../../../components/NoticeItem'
import { newsDetailUrl, noticeDetailUrl, ROUTES } from '../../../constants/routes'
import type { UiError } from '../../../utils/errors'
import { openPage } from '../../../utils/nav'

interface Props {
  feed: Feed | null
  loading: boolean
  error: UiError | null
  onRetry: () => void
}

const openNotice = (n: Notice) => openPage(noticeDetailUrl(n._id))
const openNews = (n: NewsSummary) => openPage(newsDetailUrl(n._id))

/** Urgent notices pinned first, then the latest 通知公告 and 营商动态. */
export default function HomeFeed({ feed, loading, error, onRetry }: Props) {
  if (!feed) {
    if (error) {
      return (
        <Card title='通知公告'>
          <ErrorState error={error} onRetry={onRetry} />
        </Card>
      )
    }
    return <Card title='通知公告'>{loading ? <LoadingState /> : <EmptyState text='暂无通知' />}</Card>
  }

  const urgentIds = new Set(feed.urgentNotices.map((n) => n._id))
  const notices = feed.notices.filter((n) => !urgentIds.has(n._id))

  return (
    <View className='home-feed'>
      {error && <ErrorState compact error={error} onRetry={onRetry} />}
      {feed.urgentNotices.length > 0 && (
        <Card title='紧急通知' className='home-feed__urgent'>
          {feed.urgentNotices.map((n) => (
            <NoticeItem key={n._id} notice={n} onOpen={openNotice} />
          ))}
        </Card>
      )}
      <Card title='通知公告' extra='更多 ›' onExtra={() => openPage(ROUTES.noticeList)}>
        {notices.length === 0 ? (
          <EmptyState text={urgentIds.size > 0 ? '暂无其他通知' : '暂无通知'} />
        ) : (
          notices.map((n) => <NoticeItem key={n._id} notice={n} onOpen={openNotice} />)
        )}
      </Card>
      <Card title='营商动态' extra='更多 ›' onExtra={() => openPage(ROUTES.newsList)}>
        {feed.news.length === 0 ? (
          <EmptyState text='暂无动态' />
        ) : (
          feed.news.map((n) => <NewsItem key={n._id} news={n} onOpen={openNews} />)
        )}
      </Card>
    </View>
  )
}
