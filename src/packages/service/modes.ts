import type { ServiceMode, ServiceSummary } from '../../../types'

/** what each mode means for the enterprise, said plainly */
export const MODE_HINTS: Record<ServiceMode, string> = {
  领办: '工作人员陪同到窗口，领着企业办',
  导办: '工作人员线上线下指导，企业自己办',
  帮办: '工作人员帮助准备材料、跟踪进度',
  代办: '企业授权后，工作人员全程代为办理'
}

/** the mode the 帮代办 button asks for: 帮办 when offered, else 代办; null when the service offers neither */
export function proxyMode(service: Pick<ServiceSummary, 'modes'>): ServiceMode | null {
  if (service.modes.includes('帮办')) return '帮办'
  if (service.modes.includes('代办')) return '代办'
  return null
}

/** 承诺 5 个工作日 */
export const promisedLabel = (days: number): string => `承诺 ${days} 个工作日办结`
