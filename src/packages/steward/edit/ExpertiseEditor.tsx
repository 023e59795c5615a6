import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { MAX_STEWARD_EXPERTISE } from '../../../../types'

interface Props {
  items: string[]
  onChange: (items: string[]) => void
  message?: string
}

/** 擅长领域 as removable tags plus an input to add one (at most MAX_STEWARD_EXPERTISE, 12 characters each). */
export default function ExpertiseEditor({ items, onChange, message }: Props) {
  const [text, setText] = useState('')
  const add = () => {
    const value = text.trim()
    if (!value) return
    if (items.includes(value)) {
      setText('')
      return
    }
    if (items.length >= MAX_STEWARD_EXPERTISE) {
      void Taro.showToast({ title: `最多${MAX_STEWARD_EXPERTISE}项`, icon: 'none' })
      return
    }
    onChange([...items, value])
    setText('')
  }
  return (
    <View>
      <Text className='st-field-label'>擅长领域（{items.length}/{MAX_STEWARD_EXPERTISE}）</Text>
      <View className='st-tags'>
        {items.map((t) => (
          <Text key={t} className='st-tag' aria-label={`删除${t}`} onClick={() => onChange(items.filter((x) => x !== t))}>
            {t} ×
          </Text>
        ))}
      </View>
      <View className='st-expertise'>
        <Input
          id='expertise-input'
          className='st-expertise__input'
          value={text}
          placeholder='如：高企认定、融资贷款'
          maxlength={12}
          confirmType='done'
          onInput={(e) => setText(e.detail.value)}
          onConfirm={add}
        />
        <Text id='expertise-add' className='st-expertise__add' onClick={add}>
          添加
        </Text>
      </View>
      {message && <Text className='st-text__message'>{message}</Text>}
    </View>
  )
}
