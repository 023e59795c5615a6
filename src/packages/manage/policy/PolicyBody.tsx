import { Text, View } from '@tarojs/components'
import FormField from '../../../components/FormField'
import TextArea from '../../../components/TextArea'
import PolicyAttachments from './PolicyAttachments'
import type { PolicyEditor } from './types'

const BODY_HELP =
  '可直接输入纯文字，每行为一段；也可粘贴简单的 HTML：<p> <br> <strong> <em> <u> <h3> <h4> <ul> <ol> <li> <table> <a href="https://…"> <img src="https://…">。保存时会自动去除脚本、事件属性等不安全内容。'

/** 正文, 解读 (text and an optional video) and the attachments */
export default function PolicyBody({ editor }: { editor: PolicyEditor }) {
  const { values, set, touch, message } = editor
  return (
    <View className='mg-section'>
      <View className='mg-pad'>
        <TextArea id='policy-body' label='政策正文' help={BODY_HELP} tall value={values.bodyHtml} maxlength={100000} message={message('bodyHtml')} onInput={(x) => set('bodyHtml', x)} onBlur={() => touch('bodyHtml')} />
        <TextArea
          id='policy-interpretation'
          label='政策解读（选填）'
          help='用通俗的话讲清楚谁能享受、怎么申请、注意什么'
          value={values.interpretation}
          maxlength={5000}
          message={message('interpretation')}
          onInput={(x) => set('interpretation', x)}
          onBlur={() => touch('interpretation')}
        />
      </View>
      <FormField id='policy-video' label='解读视频地址（选填）' placeholder='https:// 或 cloud:// 开头' value={values.videoUrl} maxlength={300} message={message('videoUrl')} onInput={(x) => set('videoUrl', x)} onBlur={() => touch('videoUrl')} />
      <View className='mg-group'>
        <Text className='mg-group__label'>附件（选填，最多10个）</Text>
        <PolicyAttachments value={values.attachments} message={message('attachments')} onChange={(x) => set('attachments', x)} />
      </View>
    </View>
  )
}
