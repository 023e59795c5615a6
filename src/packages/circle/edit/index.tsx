import Taro, { useRouter } from '@tarojs/taro'
import { useCallback, useEffect, useMemo } from 'react'
import { postDetailUrl, type Me, type PostDetail } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import RemotePending from '../../../components/RemotePending'
import { useRemote } from '../../../hooks/useRemote'
import { goBackOr } from '../../../utils/nav'
import PostGate from '../components/PostGate'
import PostForm, { announceSaved } from './PostForm'
import { EMPTY_POST, valuesFrom } from './postValues'
import '../circle.scss'

/** 发布 (no id) or 编辑 (?id=) a post of the caller's enterprise. */
export default function PostEditPage() {
  const { params } = useRouter()
  const id = params.id || null
  const doing = id ? '编辑供需信息' : '发布供需信息'
  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: doing }).catch(() => undefined)
  }, [doing])
  return (
    <PostGate doing={doing} className='cc-edit'>
      {(me) => (id ? <EditPost id={id} /> : <NewPost me={me} />)}
    </PostGate>
  )
}

function NewPost({ me }: { me: Me }) {
  // the account's own name and phone are the likely contact; a draft overrides them
  const initial = useMemo(() => ({ ...EMPTY_POST, contactName: me.account.name, contactPhone: me.account.phone }), [me.account.name, me.account.phone])
  const saved = async (post: PostDetail) => {
    await announceSaved(post)
    void Taro.redirectTo({ url: postDetailUrl(post._id) })
  }
  return <PostForm postId={null} initial={initial} onSaved={(p) => void saved(p)} />
}

function EditPost({ id }: { id: string }) {
  const load = useCallback(() => call('post.get', { id }), [id])
  const remote = useRemote(load)
  const post = remote.data
  if (!post) return <RemotePending remote={remote} />
  if (post.contactState !== 'own') return <EmptyState text='只能编辑本企业发布的信息' />
  if (post.status === 'closed') return <EmptyState text='已关闭的信息不能再编辑' hint='如仍有供需，请重新发布一条' />
  const saved = async (next: PostDetail) => {
    await announceSaved(next)
    goBackOr(postDetailUrl(next._id))
  }
  return <PostForm postId={id} initial={valuesFrom(post)} onSaved={(p) => void saved(p)} />
}
