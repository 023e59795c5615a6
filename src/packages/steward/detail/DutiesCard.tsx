import { Text, View } from '@tarojs/components'
import { STEWARD_DUTY_NOTES, type StewardCard } from '../../../../types'
import Card from '../../../components/Card'
import Tags from '../components/Tags'

/** The 五员 duties this steward covers, each said plainly, and what they are good at. */
export default function DutiesCard({ steward }: { steward: StewardCard }) {
  return (
    <Card title='职责与擅长'>
      {steward.duties.length === 0 && <Text className='st-line'>尚未填写履行的职责。</Text>}
      {steward.duties.map((d) => (
        <View key={d} className='st-duty'>
          <Text className='st-duty__name'>{d}</Text>
          <Text className='st-duty__note'>{STEWARD_DUTY_NOTES[d]}</Text>
        </View>
      ))}
      {steward.expertise.length > 0 && (
        <View>
          <Text className='st-field-label'>擅长领域</Text>
          <Tags id='steward-expertise' items={steward.expertise} />
        </View>
      )}
    </Card>
  )
}
