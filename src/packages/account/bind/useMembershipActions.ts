import Taro from '@tarojs/taro'
import { useState } from 'react'
import type { Me } from '../../../../types'
import { useSubmission } from '../../../hooks/useSubmission'
import type { UiError } from '../../../utils/errors'
import { licenseAuthCode, licenseSubjectProblem, type LicenseSubject } from './licenseAuth'

/** 撤回申请 and the 电子营业执照 authorisation, each answering the caller's new state. */
export function useMembershipActions(subject: LicenseSubject, onChanged: (me: Me) => void) {
  const withdrawal = useSubmission('membership.withdraw')
  const auth = useSubmission('membership.licenseAuth')
  const [authError, setAuthError] = useState<UiError | null>(null)

  const withdraw = async (enterpriseName: string) => {
    const { confirm } = await Taro.showModal({
      title: '撤回申请',
      content: `确定撤回对“${enterpriseName}”的认证申请吗？撤回后可以重新提交。`,
      confirmText: '撤回',
      confirmColor: '#d4380d'
    })
    if (!confirm) return
    const result = await withdrawal.submit({})
    if (result.ok) {
      onChanged(result.data)
      void Taro.showToast({ title: '已撤回', icon: 'success' })
    } else if (result.error) {
      void Taro.showModal({ title: '撤回失败', content: result.error.message, showCancel: false })
    }
  }

  const licenseAuth = async () => {
    const problem = licenseSubjectProblem(subject)
    if (problem) {
      setAuthError({ code: 'INVALID_INPUT', message: `请先在上方填写企业信息并选择申请身份：${problem}`, retryable: false })
      return
    }
    setAuthError(null)
    const result = await auth.submit({ authCode: licenseAuthCode(subject) })
    if (result.ok) {
      onChanged(result.data)
      void Taro.showToast({ title: '认证成功', icon: 'success' })
    } else if (result.error) {
      setAuthError(result.error)
    }
  }

  return { withdraw, withdrawing: withdrawal.submitting, licenseAuth, authorising: auth.submitting, authError }
}
