import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { type PostDetail, type PostStatus } from '../../../../types'
import Card from '../../../components/Card'
import { useSubmission } from '../../../hooks/useSubmission'
import { openPage } from '../../../utils/nav'
import { postEditUrl } from '../routes'

/** what the poster is told about the post's state */
export function ownerStatusText(post: PostDetail): string {
  const texts: Record<PostStatus, string> = {
    reviewing: '审核中：内容审核通过后公开展示',
    published: '已发布：正在商圈公开展示',
    rejected: `未通过：${post.moderation?.reason || '管理员未说明理由'}。修改后可重新提交。`,
    hidden: '已隐藏：该信息被多次举报，管理员复核前暂不公开展示',
    closed: '已关闭：不再公开展示，也不能申请联系方式',
    expired: '已过期：已过有效期，不再公开展示。编辑并重新选择有效期后可再次展示。'
  }
  return texts[post.status]
}

export const canEdit = (post: PostDetail): boolean => post.status !== 'closed'
export const canClose = (post: PostDetail): boolean => post.status !== 'closed' && post.status !== 'expired'

interface Props {
  post: PostDetail
  onChanged: (post: PostDetail) => void
}

/** The poster's own view: the state (with a manager's reason when refused), 编辑 and 关闭. */
export default function OwnerPanel({ post, onChanged }: Props) {
  const close = useSubmission('post.close')

  const confirmClose = async () => {
    const { confirm } = await Taro.showModal({
      title: '关闭信息',
      content: '关闭后该信息不再公开展示，也不能再申请联系方式，且不能重新打开。确定关闭吗？',
      confirmText: '关闭',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    const result = await close.submit({ id: post._id })
    if (result.ok) {
      onChanged(result.data)
      void Taro.showToast({ title: '已关闭', icon: 'success' })
    } else if (result.error) {
      void Taro.showModal({ title: '关闭失败', content: result.error.message, showCancel: false })
    }
  }

  return (
    <Card title='我的发布' className='cc-owner'>
      <Text id='post-owner-status' className={`cc-owner__status cc-owner__status--${post.status}`}>
        {ownerStatusText(post)}
      </Text>
      <View className='cc-owner__actions'>
        {canEdit(post) && (
          <View id='post-edit' className='cc-owner__action'>
            <AtButton size='small' type='primary' onClick={() => openPage(postEditUrl(post._id))}>
              编辑
            </AtButton>
          </View>
        )}
        {canClose(post) && (
          <View id='post-close' className='cc-owner__action'>
            <AtButton size='small' type='secondary' loading={close.submitting} disabled={close.submitting} onClick={() => void confirmClose()}>
              关闭
            </AtButton>
          </View>
        )}
      </View>
    </Card>
  )
}
