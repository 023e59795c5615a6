import { Text, View } from '@tarojs/components'
import { LECTURE_MODE_LABELS, LECTURE_MODES, type LectureDetail, type LectureMode } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import PickerField from '../components/PickerField'
import SlideRows from './SlideRows'
import type { LectureEditor } from './useLectureEditor'

const MODE_OPTIONS = LECTURE_MODES.map((m) => ({ key: m, label: LECTURE_MODE_LABELS[m] }))

interface Props {
  editor: LectureEditor
  /** the lecture being edited; null for a new one */
  lecture: LectureDetail | null
  onSave: () => void
}

/** Every field of a lecture; dates and times are Beijing time. */
export default function LectureForm({ editor, lecture, onSave }: Props) {
  const { values, set, touch, message } = editor
  const online = values.mode === 'online'
  return (
    <View>
      <Card title='基本信息'>
        <FormField id='lecture-title' label='讲座名称' value={values.title} maxlength={60} message={message('title')} onInput={(x) => set('title', x)} onBlur={() => touch('title')} />
        <FormField id='lecture-speaker' label='主讲人' value={values.speaker} maxlength={30} message={message('speaker')} onInput={(x) => set('speaker', x)} onBlur={() => touch('speaker')} />
        <FormField id='lecture-speaker-title' label='主讲人职务' placeholder='如 湘潭大学商学院教授' value={values.speakerTitle} maxlength={60} message={message('speakerTitle')} onInput={(x) => set('speakerTitle', x)} onBlur={() => touch('speakerTitle')} />
        <View className='lec-group'>
          <Text className='lec-group__label'>举办方式</Text>
          <ChipGroup id='lecture-mode' options={MODE_OPTIONS} selected={[values.mode]} onToggle={(m) => set('mode', m as LectureMode)} />
        </View>
        <FormField
          id='lecture-place'
          label={online ? '直播平台或会议号' : '地点'}
          placeholder={online ? '如 腾讯会议 123-456-789' : '如 市民之家三楼多功能厅'}
          value={values.place}
          maxlength={100}
          message={message('place')}
          onInput={(x) => set('place', x)}
          onBlur={() => touch('place')}
        />
        <FormField id='lecture-capacity' label='名额（人）' type='number' value={values.capacity} maxlength={4} message={message('capacity')} onInput={(x) => set('capacity', x)} onBlur={() => touch('capacity')} />
        {lecture && <Text className='lec-help lec-pad'>已报名 {lecture.confirmed} 人；增加名额时按顺序从候补中递补，名额不能少于已报名人数。</Text>}
      </Card>
      <Card title='时间（北京时间）'>
        <View className='lec-range'>
          <PickerField id='lecture-start-date' label='开始日期' mode='date' value={values.startDate} placeholder='选择日期' message={message('startDate')} onChange={(x) => set('startDate', x)} />
          <PickerField id='lecture-start-time' label='开始时间' mode='time' value={values.startTime} placeholder='选择时间' message={message('startTime')} onChange={(x) => set('startTime', x)} />
        </View>
        <View className='lec-range'>
          <PickerField id='lecture-end-date' label='结束日期' mode='date' value={values.endDate} placeholder='同开始日期' message={message('endDate')} onChange={(x) => set('endDate', x)} />
          <PickerField id='lecture-end-time' label='结束时间' mode='time' value={values.endTime} placeholder='选择时间' message={message('endTime')} onChange={(x) => set('endTime', x)} />
        </View>
        <Text className='lec-help lec-pad'>开讲前一天提醒已报名的企业；开讲前30分钟至结束可签到。</Text>
      </Card>
      <Card title='讲座介绍'>
        <View className='lec-pad'>
          <TextArea id='lecture-intro' label='介绍' help='每行为一段，最多20段' value={values.intro} maxlength={5000} message={message('intro')} onInput={(x) => set('intro', x)} onBlur={() => touch('intro')} />
        </View>
        <FormField id='lecture-cover' label='封面图地址（选填）' placeholder='https:// 或 cloud://' value={values.cover} maxlength={500} message={message('cover')} onInput={(x) => set('cover', x)} onBlur={() => touch('cover')} />
      </Card>
      <Card title='回放与课件（讲座结束后展示）'>
        <FormField id='lecture-replay' label='回放视频地址（选填）' placeholder='https:// 或 cloud://' value={values.replayUrl} maxlength={500} message={message('replayUrl')} onInput={(x) => set('replayUrl', x)} onBlur={() => touch('replayUrl')} />
        <View className='lec-pad'>
          <SlideRows value={values.slides} message={message('slides')} onChange={(x) => set('slides', x)} />
        </View>
      </Card>
      <FormNotice restored={editor.restored} onDiscard={editor.discard} error={editor.formError} />
      <View className='page-actions'>
        <SubmitButton id='lecture-save' label={lecture ? '保存修改' : '发布讲座'} busyLabel='正在保存…' busy={editor.submitting} onSubmit={onSave} />
      </View>
    </View>
  )
}
