import type { PolicyDetail, ServiceMode } from '../../../../types'

/** how the enterprise applies itself (领办 / 导办), and how the office does it for it (帮办 / 代办) */
export function applyModes(modes: ServiceMode[] | null): { self: ServiceMode | undefined; proxy: ServiceMode | undefined } {
  // not known yet (loading, or the service could not be read): let the form choose / offer 帮办
  if (!modes) return { self: undefined, proxy: '帮办' }
  return {
    self: modes.find((m) => m === '领办' || m === '导办') ?? modes[0],
    proxy: modes.find((m) => m === '帮办' || m === '代办')
  }
}

/** why the 申报 button cannot be used now, or null when it can */
export function applyBlocked(p: PolicyDetail): string | null {
  if (p.status === 'expired') return '政策已失效'
  if (p.status === 'not_yet') return '政策尚未生效'
  if (p.window.state === 'closed') return '申报已截止'
  if (p.window.state === 'upcoming') return p.window.daysLeft ? `${p.window.daysLeft}天后开始申报` : '尚未开始申报'
  return null
}
