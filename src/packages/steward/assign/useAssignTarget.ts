import { useCallback, useEffect, useState } from 'react'
import type { Me, Park } from '../../../../types'
import { call } from '../../../services'
import { useRemote } from '../../../hooks/useRemote'

export interface AssignTarget {
  me: Me | null
  parks: Park[]
  /** the park whose enterprises and stewards are listed: a manager's own, the admin's choice */
  parkId: string | null
  setParkId: (id: string) => void
  steward: { id: string; name: string } | null
  setSteward: (s: { id: string; name: string } | null) => void
  loading: boolean
  error: ReturnType<typeof useRemote<Me>>['error']
  reload: () => Promise<void>
}

/**
 * Who assigns where: the caller, the parks (the admin picks one), and the steward chosen —
 * possibly handed in by the steward's page (?stewardId=), whose park then becomes the admin's choice.
 */
export function useAssignTarget(initialStewardId: string | undefined): AssignTarget {
  const load = useCallback(async () => {
    const [me, parks] = await Promise.all([call('session.me', {}), call('park.list', {})])
    const preset = initialStewardId ? await call('steward.get', { id: initialStewardId }).catch(() => null) : null
    return { me, parks, preset }
  }, [initialStewardId])
  const remote = useRemote(load)
  const [parkId, setParkId] = useState<string | null>(null)
  const [steward, setSteward] = useState<{ id: string; name: string } | null>(null)

  const data = remote.data
  useEffect(() => {
    if (!data) return
    const { me, parks, preset } = data
    const own = me.account.role === 'manager' ? me.account.parkId : null
    setParkId(own ?? preset?.parkId ?? parks[0]?._id ?? null)
    if (preset) setSteward({ id: preset._id, name: preset.name })
  }, [data])

  return {
    me: data?.me ?? null,
    parks: data?.parks ?? [],
    parkId,
    setParkId,
    steward,
    setSteward,
    loading: remote.loading,
    error: remote.error,
    reload: remote.reload
  }
}
