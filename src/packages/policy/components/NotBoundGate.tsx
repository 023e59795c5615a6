import type { UiError } from '../../../utils/errors'
import BindPrompt from '../../../components/BindPrompt'

/** A failed list that means "no enterprise": why, and (for someone who can) the way to 企业认证; null for other failures. */
export function notBoundGate(error: UiError, doing: string) {
  if (error.code === 'NOT_BOUND' || error.code === 'MEMBERSHIP_PENDING') {
    return (
      <BindPrompt
        title={`认证为企业成员后可${doing}`}
        text='政策匹配依据您企业的档案（行业、规模、成立时间、人数、营收和资质标签），因此需要先认证为您所在企业的成员。'
        pending={error.code === 'MEMBERSHIP_PENDING' ? true : undefined}
      />
    )
  }
  if (error.code === 'FORBIDDEN') {
    return <BindPrompt title={`${doing}面向企业用户`} text='工作人员账号没有企业档案，可在“政策”页直接搜索和浏览政策。' canBind={false} />
  }
  return null
}
