import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { PostDetail } from '../../../../types'
import ReportSheet from './ReportSheet'

interface Props {
  post: PostDetail
  /** after a report: the post as now known (reported, perhaps hidden) */
  onReported: (post: PostDetail) => void
}

/** The 举报 link under a post (#post-report), or that the caller's enterprise already reported it. */
export default function ReportEntry({ post, onReported }: Props) {
  const [open, setOpen] = useState(false)
  if (post.reported) {
    return (
      <View className='cc-report'>
        <Text id='post-reported' className='cc-report__done'>
          您的企业已举报该信息，管理员会尽快核实
        </Text>
      </View>
    )
  }
  const reported = (hidden: boolean) => {
    setOpen(false)
    onReported({ ...post, reported: true, status: hidden ? 'hidden' : post.status })
  }
  return (
    <View className='cc-report'>
      <Text id='post-report' className='cc-report__link' onClick={() => setOpen(true)}>
        举报
      </Text>
      {open && <ReportSheet postId={post._id} onClose={() => setOpen(false)} onReported={reported} />}
    </View>
  )
}
