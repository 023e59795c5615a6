import Taro, { usePullDownRefresh } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import type { CaseDetail } from '../../../../types'
import { call } from '../../../services'
import { useRemote, type Remote } from '../../../hooks/useRemote'
import { useShowRefresh } from '../../../hooks/useShowRefresh'
import { STALE_MESSAGE } from './staleCodes'

export interface CaseView {
  remote: Remote<CaseDetail>
  /** said above the case after a write lost to someone else's, '' otherwise */
  notice: string
  /** a write succeeded: show the case as the server answered it */
  onChanged: (detail: CaseDetail) => void
  /** someone else changed the case first: say so and load the fresh state */
  onStale: () => void
}

/** One case for a page that acts on it: loaded, reloaded on pull-down and on coming back. */
export function useCaseDetail(id: string): CaseView {
  const load = useCallback(() => call('case.get', { id }), [id])
  const remote = useRemote(load)
  const { reload, setData } = remote
  const [notice, setNotice] = useState('')

  useShowRefresh(() => void reload())
  usePullDownRefresh(() => {
    void reload().finally(() => Taro.stopPullDownRefresh())
  })

  const onChanged = useCallback(
    (next: CaseDetail) => {
      setNotice('')
      setData(next)
    },
    [setData]
  )
  const onStale = useCallback(() => {
    setNotice(STALE_MESSAGE)
    void reload()
  }, [reload])

  return { remote, notice, onChanged, onStale }
}
