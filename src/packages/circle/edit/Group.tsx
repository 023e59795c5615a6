import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'

interface Props {
  label: string
  help?: string
  message?: string
  children: ReactNode
}

/** A labelled block of chips (or a picker) with its help and message. */
export default function Group({ label, help, message, children }: Props) {
  return (
    <View className={`cc-group${message ? ' cc-group--error' : ''}`}>
      <Text className='cc-group__label'>{label}</Text>
      {help && <Text className='cc-group__help'>{help}</Text>}
      {children}
      {message && <Text className='cc-group__message'>{message}</Text>}
    </View>
  )
}
