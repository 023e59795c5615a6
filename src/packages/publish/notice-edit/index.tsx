import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { ManagedNotice, Me, Park } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { useEditor } from '../../../hooks/useEditor'
import { useRemote } from '../../../hooks/useRemote'
import PublishGate from '../components/PublishGate'
import NoticeForm from './NoticeForm'
import { emptyNotice, fromNotice, keyOfNoticeField, toNoticePayload, validateNotice, type NoticeValues } from './noticeValues'
import SentNotice from './SentNotice'
import '../publish.scss'

/** One notice (?id=) or a new one: compose with an audience and its live count, publish; once sent, 送达 / 已读. */
export default function PublishNoticeEditPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <PublishGate what='通知发布' className='pb-notice-edit'>
      {(me) => <NoticeLoader id={id} me={me} />}
    </PublishGate>
  )
}

function NoticeLoader({ id, me }: { id: string; me: Me }) {
  const loadParks = useCallback(() => call('park.list', {}), [])
  const parks = useRemote(loadParks)
  const loadNotice = useCallback(() => (id ? call('notice.manageGet', { id }) : Promise.resolve(null)), [id])
  const notice = useRemote(loadNotice)
  if (!parks.data) return <RemotePending remote={parks} />
  if (id && !notice.data) return <RemotePending remote={notice} />
  return <NoticeWorkspace key={notice.data?._id ?? 'new'} notice={notice.data} me={me} parks={parks.data} />
}

function NoticeWorkspace({ notice: loaded, me, parks }: { notice: ManagedNotice | null; me: Me; parks: Park[] }) {
  const [notice, setNotice] = useState(loaded)
  const id = notice?._id
  const toPayload = useCallback((v: NoticeValues) => toNoticePayload(v, me, id), [me, id])
  const validate = useCallback((v: NoticeValues) => validateNotice(v, me), [me])
  const form = useEditor({ action: 'notice.save', draftKey: `noticeEdit.${loaded?._id ?? 'new'}`, initial: loaded ? fromNotice(loaded) : emptyNotice(me), validate, toPayload, keyOfField: keyOfNoticeField })
  if (notice?.status === 'published') return <SentNotice notice={notice} parks={parks} />
  return (
    <View>
      <NoticeForm form={form} me={me} parks={parks} notice={notice} onSaved={setNotice} />
    </View>
  )
}
