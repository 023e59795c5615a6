import { Text, View } from '@tarojs/components'
import type { PostDetail } from '../../../../types'
import AttachmentList from '../../../components/AttachmentList'
import Card from '../../../components/Card'
import KindTag from '../../../pages/circle/components/KindTag'
import { formatDate } from '../../../utils/time'
import StatusTag from '../components/StatusTag'

/**
 * The post itself. Everything here was typed by a user, so it is rendered as <Text>
 * only — never RichText — and markup in it stays visible as characters.
 */
export default function PostBody({ post }: { post: PostDetail }) {
  return (
    <Card className='cc-post'>
      <View className='cc-post__head'>
        <KindTag kind={post.kind} />
        <Text className='cc-post__industry'>{post.industry}</Text>
        {post.status !== 'published' && <StatusTag status={post.status} />}
      </View>
      <Text id='post-title' className='cc-post__title'>
        {post.title}
      </Text>
      <Text className='cc-post__who'>
        {post.enterpriseName}
        {post.parkName ? ` · ${post.parkName}` : ''}
      </Text>
      <Text className='cc-post__dates'>
        发布于 {formatDate(post.createdAt)} · 有效期至 {post.validUntil}
      </Text>
      <Text id='post-text' className='cc-post__text'>
        {post.text}
      </Text>
      <AttachmentList items={post.images} />
    </Card>
  )
}
