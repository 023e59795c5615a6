import { Image, Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { PostSummary } from '../../../../types'
import { fileUrl } from '../../../services/upload'
import KindTag from './KindTag'
import './PostCard.scss'

interface Props {
  post: PostSummary
  onOpen: (post: PostSummary) => void
  /** under the card's text, e.g. the poster's own actions */
  children?: ReactNode
  /** at the right of the title row, e.g. the status on 我的发布 */
  badge?: ReactNode
}

/**
 * One post in a list (#post-<id>): kind, title, the start of the text, the first image,
 * who posted it and until when it is shown. Everything is plain text.
 */
export default function PostCard({ post, onOpen, children, badge }: Props) {
  return (
    <View id={`post-${post._id}`} className='post-card'>
      <View className='post-card__main' onClick={() => onOpen(post)}>
        <View className='post-card__body'>
          <View className='post-card__head'>
            <KindTag kind={post.kind} />
            <Text className='post-card__title'>{post.title}</Text>
            {badge}
          </View>
          <Text className='post-card__excerpt'>{post.excerpt}</Text>
          <Text className='post-card__who'>
            {post.enterpriseName}
            {post.parkName ? ` · ${post.parkName}` : ''}
          </Text>
          <View className='post-card__meta'>
            <Text className='post-card__industry'>{post.industry}</Text>
            <Text className='post-card__valid'>有效期至 {post.validUntil}</Text>
          </View>
        </View>
        {post.cover && (
          <View className='post-card__cover'>
            <Image className='post-card__image' src={fileUrl(post.cover)} mode='aspectFill' lazyLoad />
            {post.imageCount > 1 && <Text className='post-card__count'>{post.imageCount}图</Text>}
          </View>
        )}
      </View>
      {children}
    </View>
  )
}
