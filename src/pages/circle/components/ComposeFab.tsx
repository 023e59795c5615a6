import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { CIRCLE_ROUTES, type Me } from '../../../../types'
import BindPrompt from '../../../components/BindPrompt'
import { openPage } from '../../../utils/nav'
import { canPost } from '../access'

/**
 * The floating 发布 button. A bound entrepreneur goes to the form; anyone else is told
 * why a post needs an enterprise (and, if they can, offered 企业认证). While `me` is
 * unknown the form page itself answers.
 */
export default function ComposeFab({ me }: { me: Me | null }) {
  const [prompt, setPrompt] = useState(false)
  const tap = () => {
    if (!me || canPost(me)) openPage(CIRCLE_ROUTES.edit)
    else setPrompt(true)
  }
  const role = me?.account.role
  const staff = role === 'steward' || role === 'manager' || role === 'admin'
  return (
    <View>
      <View id='post-compose' className='circle-fab' onClick={tap}>
        <Text className='circle-fab__plus'>＋</Text>
        <Text className='circle-fab__label'>发布</Text>
      </View>
      {prompt && (
        <View className='circle-sheet'>
          <View className='circle-sheet__mask' onClick={() => setPrompt(false)} />
          <View className='circle-sheet__panel'>
            <BindPrompt
              title={staff ? '工作人员账号不能发布供需信息' : '认证为企业成员后即可发布供需信息'}
              text={
                staff
                  ? '供应、需求与合作信息由企业用户以企业名义发布。您可以浏览商圈信息；园区管理员可在“我的 → 商圈审核”处理待审核内容。'
                  : '供需信息以企业名义公开展示，对方申请联系方式也要由您的企业同意，因此需要先认证为您所在企业的成员（提交企业认证申请经园区审核，或使用企业管理员发放的邀请码）。'
              }
              canBind={!staff}
              pending={me?.membership?.status === 'pending'}
            />
            <Text id='post-compose-cancel' className='circle-sheet__cancel' onClick={() => setPrompt(false)}>
              以后再说
            </Text>
          </View>
        </View>
      )}
    </View>
  )
}
