import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { StewardDetail } from '../../../../types'
import Card from '../../../components/Card'
import { caseSubmitUrl } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'
import { dial } from '../dial'

/**
 * How to reach the steward. The full number and 拨打电话 only for those the server says may
 * see it; 咨询 for the enterprise in this steward's care (its consultations go to them).
 */
export default function ContactCard({ steward }: { steward: StewardDetail }) {
  const canCall = steward.phoneVisible && steward.phone !== ''
  return (
    <Card title='联系管家' className='st-contact'>
      <View className='st-contact__row'>
        <Text className='st-contact__label'>电话</Text>
        <Text id='steward-phone' className='st-contact__phone'>
          {steward.phone || '未留电话'}
        </Text>
      </View>
      {!steward.phoneVisible && steward.phone && <Text className='st-contact__note'>为保护个人信息，完整号码仅向该管家负责的企业显示。</Text>}
      {(canCall || steward.mine) && (
        <View className='st-contact__buttons'>
          {steward.mine && (
            <View id='steward-consult'>
              <AtButton type='primary' onClick={() => openPage(caseSubmitUrl('consult'))}>
                咨询
              </AtButton>
            </View>
          )}
          {canCall && (
            <View id='steward-call'>
              <AtButton type={steward.mine ? 'secondary' : 'primary'} onClick={() => dial(steward.phone)}>
                拨打电话
              </AtButton>
            </View>
          )}
        </View>
      )}
      {steward.mine && <Text className='st-contact__note'>咨询将直接交办给{steward.name}，按工作日限时响应，办理过程随时可查。</Text>}
    </Card>
  )
}
