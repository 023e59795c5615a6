import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { LectureSummary, Request } from '../../../../types'
import Card from '../../../components/Card'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { caseDetailUrl } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'

const TEXT_MAX = 800
const INITIAL = { text: '' }

/** The question, kept as a draft until sent; on success the created case opens. */
export default function AskForm({ lecture }: { lecture: LectureSummary }) {
  const toPayload = useMemo(() => (v: typeof INITIAL): Request<'lecture.ask'> => ({ id: lecture._id, text: v.text }), [lecture._id])
  const form = useSchemaForm('lecture.ask', `lectureAsk.${lecture._id}`, INITIAL, { toPayload })
  const text = form.field('text')

  const submit = async () => {
    const created = await form.submit()
    if (!created) return
    await Taro.showModal({
      title: '问题已转给企业管家办理',
      content: `办件编号 ${created.number}。管家会联系讲师并限时答复，进度会通知您，也可在“我的办件”中查看。`,
      showCancel: false,
      confirmText: '查看办件'
    })
    void Taro.redirectTo({ url: caseDetailUrl(created._id) })
  }

  return (
    <View>
      <Card>
        <View className='lec-ask__about'>
          <Text className='lec-ask__title'>{lecture.title}</Text>
          <Text className='lec-ask__speaker'>
            主讲：{lecture.speaker}
            {lecture.speakerTitle ? ` · ${lecture.speakerTitle}` : ''}
          </Text>
        </View>
        <View className='lec-pad'>
          <TextArea
            id='ask-text'
            label='您的问题'
            value={form.values.text}
            maxlength={TEXT_MAX}
            placeholder='结合企业实际情况说明想请教的问题，如政策适用条件、申报材料等（至少5个字）'
            message={text.message}
            onInput={(x) => form.set('text', x)}
            onBlur={() => form.blur('text')}
          />
        </View>
      </Card>
      <Text className='page-note'>问题将作为咨询办件交给您企业的企业管家，由管家联系讲师，按工作日限时答复。</Text>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='ask-submit' label='提交问题' busyLabel='正在提交…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
