import { RichText, Text, View } from '@tarojs/components'
import type { NewsItem } from '../../../../types'
import { htmlWithFileUrls } from '../../../services/upload'

/**
 * The body: rich text sanitised by the server when there is some, else the plain
 * paragraphs of older items, rendered as text (never as HTML).
 */
export default function NewsBody({ news }: { news: NewsItem }) {
  if (news.bodyHtml) {
    return (
      <View id='news-body' className='article__rich'>
        <RichText nodes={htmlWithFileUrls(news.bodyHtml)} userSelect />
      </View>
    )
  }
  return (
    <View id='news-body' className='article__body'>
      {news.body.map((p, i) => (
        <Text key={i} className='article__para' userSelect>
          {p}
        </Text>
      ))}
    </View>
  )
}
