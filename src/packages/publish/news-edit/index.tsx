import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { ManagedNews } from '../../../../types'
import { call } from '../../../services'
import RemotePending from '../../../components/RemotePending'
import { publishNewsUrl } from '../../../constants/routes'
import { useEditor } from '../../../hooks/useEditor'
import { useRemote } from '../../../hooks/useRemote'
import PublishGate from '../components/PublishGate'
import NewsForm from './NewsForm'
import NewsStatusCard from './NewsStatusCard'
import { EMPTY_NEWS, fromNews, keyOfNewsField, toNewsPayload, validateNews, type NewsValues } from './newsValues'
import '../publish.scss'

/** One news item (?id=) or a new one: write, schedule, publish, withdraw. */
export default function PublishNewsEditPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  return (
    <PublishGate what='动态管理' className='pb-news-edit'>
      {() => (id ? <ExistingNews id={id} /> : <NewsWorkspace news={null} />)}
    </PublishGate>
  )
}

function ExistingNews({ id }: { id: string }) {
  const load = useCallback(() => call('news.manageGet', { id }), [id])
  const remote = useRemote(load)
  if (!remote.data) return <RemotePending remote={remote} />
  return <NewsWorkspace key={remote.data._id} news={remote.data} />
}

const validate = (v: NewsValues) => validateNews(v)

function NewsWorkspace({ news: loaded }: { news: ManagedNews | null }) {
  const [news, setNews] = useState(loaded)
  const id = news?._id
  const toPayload = useCallback((v: NewsValues) => toNewsPayload(v, id), [id])
  const form = useEditor({ action: 'news.save', draftKey: `newsEdit.${loaded?._id ?? 'new'}`, initial: loaded ? fromNews(loaded) : EMPTY_NEWS, validate, toPayload, keyOfField: keyOfNewsField })

  const onSaved = (saved: ManagedNews) => {
    // a new item opens as itself, so publishing becomes available
    if (!news) void Taro.redirectTo({ url: publishNewsUrl(saved._id) })
    else setNews(saved)
  }
  const onChanged = (next: ManagedNews) => {
    setNews(next)
    form.replace(fromNews(next))
  }
  return (
    <View>
      {news && <NewsStatusCard news={news} dirty={form.dirty} onChanged={onChanged} />}
      {(!news || news.editable) && <NewsForm form={form} news={news} onSaved={onSaved} />}
    </View>
  )
}
