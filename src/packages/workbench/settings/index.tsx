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
        </>
      )}
    </RoleGate>
  )
}
