import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import './index.scss'

interface Props {
  title?: string
  /** a small action at the right of the title, e.g. 更多 */
  extra?: string
  onExtra?: () => void
  className?: string
  children: ReactNode
}

/** A white section with an optional title row. */
export default function Card({ title, extra, onExtra, className, children }: Props) {
  return (
    <View className={`card${className ? ` ${className}` : ''}`}>
      {title && (
        <View className='card__head'>
          <Text className='card__title'>{title}</Text>
          {extra && (
            <Text className='card__extra' onClick={onExtra}>
              {extra}
            </Text>
          )}
        </View>
      )}
      {children}
    </View>
  )
}
