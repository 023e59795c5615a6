import { Text } from '@tarojs/components'
import { POST_KIND_LABELS, type PostKind } from '../../../../types'
import './KindTag.scss'

/** 供应 / 需求 / 合作, each in its own colour so a list can be scanned by kind. */
export default function KindTag({ kind }: { kind: PostKind }) {
  return <Text className={`kind-tag kind-tag--${kind}`}>{POST_KIND_LABELS[kind]}</Text>
}
