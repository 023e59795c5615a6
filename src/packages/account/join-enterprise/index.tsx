import Taro, { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { schemas } from '../../../../types'
import { call } from '../../../services'
import Card from '../../../components/Card'
import FormField from '../../../components/FormField'
import FormNotice from '../../../components/FormNotice'
import RemotePending from '../../../components/RemotePending'
import SubmitButton from '../../../components/SubmitButton'
import { MEMBERSHIP_ROUTES, ROUTES } from '../../../constants/routes'
import { useRemote } from '../../../hooks/useRemote'
import { useSubmission } from '../../../hooks/useSubmission'
import type { UiError } from '../../../utils/errors'
import { isMember, reviewsMemberships } from '../../../utils/membership'
import { fieldErrors } from '../../../utils/validate'
import '../membership.scss'

const normalise = (code: string) => code.replace(/\s+/g, '').toUpperCase()

/**
 * 使用企业邀请码加入 (also where a colleague's share card opens): the code an enterprise's
 * 企业管理员 issued; redeeming it makes the caller an approved member at once.
 */
export default function JoinEnterprisePage() {
  const { params } = useRouter()
  const fromLink = normalise(decodeURIComponent(params.code ?? ''))
  const loadMe = useCallback(() => call('session.me', {}), [])
  const me = useRemote(loadMe)
  const [code, setCode] = useState(fromLink)
  const [tried, setTried] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const { submit, submitting } = useSubmission('membership.redeem')
  const invalid = fieldErrors(schemas['membership.redeem'], { code }).code
  const message = tried || code.length >= 10 ? invalid : undefined

  if (!me.data) {
    return (
      <View className='page ms-page'>
        <RemotePending remote={me} />
      </View>
    )
  }

  const redeem = async () => {
    setTried(true)
    setError(null)
    if (invalid) return
    const result = await submit({ code: normalise(code) })
    if (result.ok) {
      const name = result.data.enterprise?.name ?? result.data.membership?.enterpriseName ?? '企业'
      void Taro.showToast({ title: `已加入${name}`, icon: 'none', duration: 1500 })
      setTimeout(() => void Taro.reLaunch({ url: ROUTES.mine }), 1500)
    } else if (result.error) {
      if (result.error.field === 'code') setTried(true)
      setError(result.error)
    }
  }

  const staff = reviewsMemberships(me.data)
  const member = isMember(me.data)
  return (
    <View className='page ms-page'>
      <Text className='page-note'>
        企业邀请码由企业的企业管理员在“我的 → 企业成员 → 邀请同事”中生成，10位字母或数字，有效期7天，只能使用一次。使用后您将立即成为该企业的成员。
      </Text>
      {fromLink && (
        <View className='ms-invite' id='join-code-card'>
          <Text className='ms-invite__label'>您收到的企业邀请码</Text>
          <Text className='ms-invite__code'>{fromLink}</Text>
        </View>
      )}
      <Card>
        <FormField
          id='enterprise-invite-code'
          label='企业邀请码'
          placeholder='10位字母或数字'
          maxlength={12}
          value={code}
          message={message}
          onInput={(v) => setCode(normalise(v))}
          onBlur={() => setTried(true)}
        />
      </Card>
      {staff && <Text className='page-note'>工作人员账号不能加入企业。</Text>}
      {member && <Text className='page-note'>您已是“{me.data.enterprise?.name}”的成员，如需加入其他企业请先在“我的”中退出当前企业。</Text>}
      <FormNotice error={error} />
      <View className='page-actions'>
        <SubmitButton id='join-enterprise-submit' label='加入企业' busyLabel='正在加入…' busy={submitting} disabled={staff} onSubmit={() => void redeem()} />
      </View>
      {!staff && !member && (
        <Text className='ms-back' id='join-go-apply' onClick={() => void Taro.redirectTo({ url: MEMBERSHIP_ROUTES.apply })}>
          没有邀请码？提交企业认证申请 ›
        </Text>
      )}
    </View>
  )
}
