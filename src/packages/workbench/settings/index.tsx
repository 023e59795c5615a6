import { Text } from '@tarojs/components'
import Card from '../../../components/Card'
import { ROUTES } from '../../../constants/routes'
import { openPage } from '../../../utils/nav'
import { cityScopeReason } from '../../../utils/scope'
import RoleGate from '../components/RoleGate'
import CalendarSection from './components/CalendarSection'
import DeadlineSection from './components/DeadlineSection'
import '../workbench.scss'
import './index.scss'

/** 期限与日历: the deadline settings and the holiday calendar — city-wide, so the city admin edits them; park managers read them. */
export default function SettingsPage() {
  return (
    <RoleGate roles={['manager', 'admin']} deniedText='仅园区管理员和市级管理员可以查看期限与日历' className='wb-settings'>
      {(me) => (
        <>
          <CalendarSection readOnlyReason={cityScopeReason(me, '节假日日历')} />
          <DeadlineSection canEdit={me.account.role === 'admin'} />
          {me.account.role === 'admin' && (
            <Card title='频率限制' extra='设置' onExtra={() => openPage(ROUTES.workbenchLimits)}>
              <Text id='open-rate-limits' className='wb-section-note' onClick={() => openPage(ROUTES.workbenchLimits)}>
                按账号和IP限制提交办件、商圈发布、举报、上传和报名等操作的频率，防止刷单和恶意提交。
              </Text>
            </Card>
          )}
        </>
      )}
    </RoleGate>
  )
}
