import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { NEWS_CATEGORIES, type ManagedNews } from '../../../../types'
import AttachmentPicker from '../../../components/AttachmentPicker'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { fromNews } from './newsValues'
import ScheduleFields from './ScheduleFields'
import type { NewsForm as Form } from './types'

const BODY_HELP = '可直接输入纯文字，每行为一段；也可粘贴简单的 HTML：<p> <br> <strong> <em> <h3> <ul> <ol> <li> <table> <a href="https://…"> <img src="https://…">。保存时会自动去除脚本、事件属性等不安全内容。'

interface Props {
  form: Form
  /** the saved item; null for a new one */
  news: ManagedNews | null
  onSaved: (news: ManagedNews) => void
}

/** Every field of a news item, saved with news.save (a new one becomes a draft, or scheduled). */
export default function NewsForm({ form, news, onSaved }: Props) {
  const { values, set, touch, message } = form
  const [uploading, setUploading] = useState(false)
  const onBusy = useCallback((busy: boolean) => setUploading(busy), [])

  const save = async () => {
    const saved = await form.submit()
    if (!saved) return
    form.replace(fromNews(saved))
    void Taro.showToast({ title: saved.status === 'scheduled' ? '已定时' : news ? '已保存' : '已存为草稿', icon: 'success' })
    onSaved(saved)
  }
  const discard = () => (news ? form.replace(fromNews(news)) : form.discard())

  return (
    <View className='pb-news-form'>
      <Card title='基本信息'>
        <FormField id='news-title' label='标题' value={values.title} maxlength={60} placeholder='4—60个字' message={message('title')} onInput={(x) => set('title', x)} onBlur={() => touch('title')} />
        <View className='pb-group'>
          <Text className='pb-group__label'>栏目</Text>
          <ChipGroup id='news-category' options={NEWS_CATEGORIES} selected={values.category ? [values.category] : []} onToggle={(c) => set('category', c as typeof values.category)} />
          {message('category') && <Text className='pb-message'>{message('category')}</Text>}
        </View>
        <FormField id='news-source' label='来源' value={values.source} maxlength={40} placeholder='如：湘潭高新区管委会' message={message('source')} onInput={(x) => set('source', x)} onBlur={() => touch('source')} />
        <View className='pb-pad'>
          <TextArea id='news-summary' label='摘要' value={values.summary} maxlength={120} placeholder='列表中显示的一两句话' message={message('summary')} onInput={(x) => set('summary', x)} onBlur={() => touch('summary')} />
        </View>
      </Card>
      <Card title='封面（选填）'>
        <View className='pb-pad'>
          <AttachmentPicker imagesOnly max={1} value={values.cover} onChange={(x) => set('cover', x)} onBusyChange={onBusy} />
        </View>
      </Card>
      <Card title='正文'>
        <View className='pb-pad'>
          <TextArea id='news-body' label='正文' help={BODY_HELP} tall value={values.bodyHtml} maxlength={50000} message={message('bodyHtml')} onInput={(x) => set('bodyHtml', x)} onBlur={() => touch('bodyHtml')} />
        </View>
      </Card>
      {news?.status !== 'published' && news?.status !== 'unpublished' && (
        <Card title='发布时间'>
          <ScheduleFields form={form} />
        </Card>
      )}
      <FormNotice restored={form.restored} onDiscard={discard} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='news-save' label={values.schedule ? '保存并定时发布' : news ? '保存修改' : '保存为草稿'} busyLabel='正在保存…' busy={form.submitting} disabled={uploading} onSubmit={() => void save()} />
      </View>
    </View>
  )
}
