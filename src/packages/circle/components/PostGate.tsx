import type { ReactNode } from 'react'
import type { Me } from '../../../../types'
import BindPrompt from '../../../components/BindPrompt'
import { canPost } from '../../../pages/circle/access'
import RoleGate from './RoleGate'

const isStaff = (me: Me) => me.account.role !== 'guest' && me.account.role !== 'entrepreneur'

interface Props {
  /** e.g. 发布供需信息 */
  doing: string
  className: string
  children: (me: Me) => ReactNode
}

/** The poster's pages (发布, 我的发布): for an entrepreneur of a bound enterprise; others learn why. */
export default function PostGate({ doing, className, children }: Props) {
  return (
    <RoleGate
      allow={canPost}
      className={className}
      denied={(me) =>
        isStaff(me) ? (
          <BindPrompt title={`工作人员账号不能${doing}`} text='供应、需求与合作信息由企业用户以企业名义发布和管理。' canBind={false} />
        ) : (
          <BindPrompt
            title={`请先完成企业认证再${doing}`}
            text='供需信息以企业名义公开展示，联系方式的申请也由您的企业处理，因此需要先认证为您所在企业的成员（提交企业认证申请经园区审核，或使用企业管理员发放的邀请码）。'
            pending={me.membership?.status === 'pending'}
          />
        )
      }
    >
      {children}
    </RoleGate>
  )
}
