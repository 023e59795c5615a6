import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { PolicyDetail } from '../../../../types'
import Card from '../../../components/Card'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import CriteriaEditor from './CriteriaEditor'
import LinkedServicePicker from './LinkedServicePicker'
import PolicyBasics from './PolicyBasics'
import PolicyBody from './PolicyBody'
import PolicyDates from './PolicyDates'
import { fromDetail } from './policyValues'
import type { PolicyEditor } from './types'

interface Props {
  editor: PolicyEditor
  /** the saved policy; null for a new one */
  policy: PolicyDetail | null
  cityWide: boolean
  onSaved: (policy: PolicyDetail) => void
}

/** Every field of a policy, saved with policy.save (a new policy becomes a draft). */
export default function PolicyForm({ editor, policy, cityWide, onSaved }: Props) {
  const save = async () => {
    const saved = await editor.submit()
    if (!saved) return
    editor.replace(fromDetail(saved))
    void Taro.showToast({ title: policy ? '已保存' : '已存为草稿', icon: 'success' })
    onSaved(saved)
  }
  const discard = () => (policy ? editor.replace(fromDetail(policy)) : editor.discard())

  return (
    <View className='mg-policy-form'>
      <Card title='基本信息'>
        <PolicyBasics editor={editor} />
      </Card>
      <Card title='正文与解读'>
        <PolicyBody editor={editor} />
      </Card>
      <Card title='日期'>
        <PolicyDates editor={editor} />
      </Card>
      <Card title='申报条件'>
        <CriteriaEditor editor={editor} cityWide={cityWide} />
      </Card>
      <Card title='关联服务'>
        <View className='mg-section'>
          <LinkedServicePicker editor={editor} />
        </View>
      </Card>
      <FormNotice restored={editor.restored} onDiscard={discard} error={editor.formError} />
      <View className='page-actions'>
        <SubmitButton id='policy-save' label={policy ? '保存修改' : '保存为草稿'} busyLabel='正在保存…' busy={editor.submitting} onSubmit={() => void save()} />
      </View>
    </View>
  )
}
