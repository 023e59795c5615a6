import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect } from 'react'
import type { LectureDetail } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { lectureDetailUrl } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { goBackOr } from '../../../utils/nav'
import OrganiserGate from '../components/OrganiserGate'
import LectureForm from './LectureForm'
import { EMPTY_LECTURE, fromLecture } from './lectureValues'
import { useLectureEditor } from './useLectureEditor'
import '../lecture.scss'

/** A lecture (?id=) for its organiser to edit, or a new one. */
export default function LectureEditPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: id ? '编辑讲座' : '新建讲座' }).catch(() => undefined)
  }, [id])
  return <OrganiserGate className='lec-edit'>{id ? <ExistingLecture id={id} /> : <Editor lecture={null} />}</OrganiserGate>
}

function ExistingLecture({ id }: { id: string }) {
  const load = useCallback(() => call('lecture.get', { id }), [id])
  const remote = useRemote(load)
  if (!remote.data) return <RemotePending remote={remote} />
  if (!remote.data.canManage) return <EmptyState text='只能编辑本园区组织的讲座' hint='市级讲座由市级管理员编辑' />
  return <Editor lecture={remote.data} />
}

function Editor({ lecture }: { lecture: LectureDetail | null }) {
  const editor = useLectureEditor(lecture?._id ?? null, lecture ? fromLecture(lecture) : EMPTY_LECTURE)
  const save = async () => {
    const saved = await editor.submit()
    if (!saved) return
    void Taro.showToast({ title: lecture ? '已保存' : '讲座已发布', icon: 'success' })
    // an edit returns to the lecture page (it reloads on show); a new lecture opens its page
    if (lecture) goBackOr(lectureDetailUrl(saved._id))
    else void Taro.redirectTo({ url: lectureDetailUrl(saved._id) })
  }
  return <LectureForm editor={editor} lecture={lecture} onSave={() => void save()} />
}
