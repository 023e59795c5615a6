import { useCallback } from 'react'
import { call } from '../../services'
import { useRemote, type Remote } from '../../hooks/useRemote'
import type { Me } from '../../../types'

/** who the caller is, for what the page offers (the server checks again on every action) */
export function useMe(): Remote<Me> {
  const load = useCallback(() => call('session.me', {}), [])
  return useRemote(load)
}
