import { View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import type { MyCaseFilter } from '../../../../types'
import EmptyState from '../../../components/EmptyState'
import { caseSubmitUrl } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'

const TEXT: Record<MyCaseFilter, string> = {
  all: '您还没有办件',
  active: '没有办理中的办件',
  toRate: '没有待评价的办件',
  done: '没有已完结的办件'
}

/** No cases under this filter: says so, and offers to ask or complain. */
export default function EmptyCases({ filter }: { filter: MyCaseFilter }) {
  return (
    <View className='empty-cases'>
      <EmptyState text={TEXT[filter]} hint='遇到政策或办事问题，可以随时咨询；对办理不满意，可以投诉' />
      <View className='case-empty-actions'>
        <AtButton type='primary' size='small' onClick={() => openPage(caseSubmitUrl('consult'))}>
          我要咨询
        </AtButton>
        <AtButton type='secondary' size='small' onClick={() => openPage(caseSubmitUrl('complaint'))}>
          我要投诉
        </AtButton>
      </View>
    </View>
  )
}
