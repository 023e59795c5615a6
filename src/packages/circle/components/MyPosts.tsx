import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { POST_STATUSES, postDetailUrl, type PostStatus, type PostSummary } from '../../../../types'
import { call } from '../../../services'
import ChipGroup from '../../../components/ChipGroup'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import { cursorField, usePagedList } from '../../../hooks/usePagedList'
import { useSubmission } from '../../../hooks/useSubmission'
import PostCard from '../../../pages/circle/components/PostCard'
import { openPage } from '../../../utils/nav'
import { postEditUrl } from '../routes'
import StatusTag, { STATUS_SHORT } from './StatusTag'

type StatusFilter = 'all' | PostStatus
const FILTERS = [{ key: 'all', label: '全部' }, ...POST_STATUSES.map((s) => ({ key: s, label: STATUS_SHORT[s] }))]

const keyOf = (p: PostSummary) => p._id
const open = (p: PostSummary) => openPage(postDetailUrl(p._id))
const canEdit = (p: PostSummary) => p.status !== 'closed'
const canClose = (p: PostSummary) => p.status !== 'closed' && p.status !== 'expired'

/** 我的发布: the enterprise's posts in every status, with 编辑 and 关闭. */
export default function MyPosts() {
  const [status, setStatus] = useState<StatusFilter>('all')
  const fetchPage = useCallback((page: number, pageSize: number, cursor?: string) => call('post.mine', { ...(status === 'all' ? {} : { status }), page, pageSize, ...cursorField(cursor) }), [status])
  const list = usePagedList(fetchPage, keyOf)
  // back from 编辑 or the detail page, where the post may have changed
  usePagedListEvents(list, { reloadOnShow: true })
  const close = useSubmission('post.close')
  const [closing, setClosing] = useState<string | null>(null)

  const confirmClose = async (post: PostSummary) => {
    const { confirm } = await Taro.showModal({
      title: '关闭信息',
      content: `关闭“${post.title}”后不再公开展示，也不能再申请联系方式，且不能重新打开。确定关闭吗？`,
      confirmText: '关闭',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    setClosing(post._id)
    const result = await close.submit({ id: post._id })
    setClosing(null)
    if (result.ok) {
      list.replaceItem(result.data)
      void Taro.showToast({ title: '已关闭', icon: 'success' })
    } else if (result.error) {
      void Taro.showModal({ title: '关闭失败', content: result.error.message, showCancel: false })
    }
  }

  return (
    <View>
      <View className='cc-filter'>
        <ChipGroup id='mine-status' options={FILTERS} selected={[status]} onToggle={(s) => setStatus(s as StatusFilter)} />
      </View>
      <PagedListView
        list={list}
        card={false}
        renderItem={(p) => (
          <PostCard key={p._id} post={p} onOpen={open} badge={<StatusTag status={p.status} />}>
            {(canEdit(p) || canClose(p)) && (
              <View className='cc-row-actions'>
                {canEdit(p) && (
                  <Text id={`edit-${p._id}`} className='cc-row-actions__op' onClick={() => openPage(postEditUrl(p._id))}>
                    编辑
                  </Text>
                )}
                {canClose(p) && (
                  <Text id={`close-${p._id}`} className='cc-row-actions__op cc-row-actions__op--danger' onClick={() => void confirmClose(p)}>
                    {closing === p._id ? '正在关闭…' : '关闭'}
                  </Text>
                )}
              </View>
            )}
          </PostCard>
        )}
        empty={<EmptyState text={status === 'all' ? '您的企业还没有发布供需信息' : `没有${STATUS_SHORT[status]}的信息`} hint={status === 'all' ? '在商圈页点“发布”即可发布' : undefined} />}
      />
    </View>
  )
}
