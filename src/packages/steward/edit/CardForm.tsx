import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useEffect } from 'react'
import { STEWARD_DUTIES, STEWARD_DUTY_NOTES, type StewardCard, type StewardDuty } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import { stewardDetailUrl } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import { goBackOr } from '../../../utils/nav'
import ExpertiseEditor from './ExpertiseEditor'
import PhotoField from './PhotoField'

interface Values extends Record<string, unknown> {
  title: string
  department: string
  duties: StewardDuty[]
  expertise: string[]
  photo: string | null
}

const INITIAL: Values = { title: '', department: '', duties: [], expertise: [], photo: null }

/** The steward's own card, as the directory shows it to enterprises. */
export default function CardForm({ card }: { card: StewardCard }) {
  const form = useSchemaForm('steward.updateCard', 'stewardCard', INITIAL)
  const { prefill } = form
  useEffect(() => {
    prefill({ title: card.title, department: card.department, duties: card.duties, expertise: card.expertise, photo: card.photo })
  }, [card, prefill])

  const v = form.values
  const toggleDuty = (d: string) => {
    const duty = d as StewardDuty
    // kept in the canonical order so the card reads the same everywhere
    const next = v.duties.includes(duty) ? v.duties.filter((x) => x !== duty) : STEWARD_DUTIES.filter((x) => x === duty || v.duties.includes(x))
    form.set('duties', next)
  }
  const submit = async () => {
    const saved = await form.submit()
    if (!saved) return
    void Taro.showToast({ title: '名片已保存', icon: 'success', duration: 1000 })
    setTimeout(() => goBackOr(stewardDetailUrl(saved._id)), 1000)
  }
  const title = form.field('title')
  const department = form.field('department')

  return (
    <View>
      <Card>
        <PhotoField name={card.name} photo={v.photo} onChange={(p) => form.set('photo', p)} message={form.field('photo').message} />
        <FormField id='card-title' label='职务' placeholder='如：经济发展局副局长' maxlength={20} value={v.title} message={title.message} tone={title.tone} onInput={(x) => form.set('title', x)} onBlur={() => form.blur('title')} />
        <FormField id='card-department' label='所在单位' placeholder='如：湘潭高新区管委会' maxlength={40} value={v.department} message={department.message} tone={department.tone} onInput={(x) => form.set('department', x)} onBlur={() => form.blur('department')} />
      </Card>
      <Card title='履行的职责（“五员”）'>
        <ChipGroup id='card-duty' options={STEWARD_DUTIES} selected={v.duties} onToggle={toggleDuty} />
        {v.duties.map((d) => (
          <Text key={d} className='st-line'>
            {d}：{STEWARD_DUTY_NOTES[d]}
          </Text>
        ))}
        {form.field('duties').message && <Text className='st-text__message'>{form.field('duties').message}</Text>}
      </Card>
      <Card>
        <ExpertiseEditor items={v.expertise} onChange={(items) => form.set('expertise', items)} message={form.field('expertise').message} />
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        <SubmitButton id='card-submit' label='保存名片' busyLabel='正在保存…' busy={form.submitting} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
