import { useCallback } from 'react'
import { call } from '../../../services'
import { useRemote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'

/** 企业认证申请 waiting for this staff member (0 until known, or when the count fails: the entry still opens the queue) */
export function useMembershipCounts(enabled: boolean): number {
  const load = useCallback(() => call('membership.counts', {}), [])
  const counts = useRemote(load, enabled)
  useShowRefresh(() => {
    if (enabled) void counts.reload()
  })
  const pending = counts.data?.pending
  return enabled && typeof pending === 'number' ? pending : 0
}
