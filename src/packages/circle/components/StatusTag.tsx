import { Text } from '@tarojs/components'
import type { PostStatus } from '../../../../types'

/** short labels for tags; the poster's panel says the longer sentence */
export const STATUS_SHORT: Record<PostStatus, string> = {
  reviewing: '审核中',
  published: '已发布',
  rejected: '未通过',
  hidden: '已隐藏',
  closed: '已关闭',
  expired: '已过期'
}

/** A post's status as a small coloured tag. */
export default function StatusTag({ status }: { status: PostStatus }) {
  return <Text className={`cc-status cc-status--${status}`}>{STATUS_SHORT[status]}</Text>
}
