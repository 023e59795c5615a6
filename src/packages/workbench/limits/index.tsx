import RoleGate from '../components/RoleGate'
import LimitsForm from './LimitsForm'
import '../workbench.scss'
import './index.scss'

/** 频率限制: limits on abuse are a city-wide rule, so only the city admin sees and sets them. */
export default function LimitsPage() {
  return (
    <RoleGate roles={['admin']} deniedText='仅市级管理员可以设置频率限制' className='wb-limits'>
      {() => <LimitsForm />}
    </RoleGate>
  )
}
