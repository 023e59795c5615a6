import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useEffect } from 'react'
import ComingSoon from '../../../components/ComingSoon'
import { isSectionKey, SECTIONS, type SectionInfo } from '../../../constants/sections'

const UNKNOWN: SectionInfo = {
  key: 'service',
  title: '功能建设中',
  brief: '',
  glyph: '建',
  plan: '该功能正在建设中，上线后将在首页开放。',
  target: { kind: 'pending' }
}

/** The shared page for a function or channel that is not available yet (?key=...). */
export default function PendingSectionPage() {
  const { params } = useRouter()
  const section = isSectionKey(params.key) ? SECTIONS[params.key] : UNKNOWN

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: section.title })
  }, [section.title])

  return (
    <View className='page'>
      <ComingSoon section={section} />
    </View>
  )
}
