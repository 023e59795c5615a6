import ErrorState from '../ErrorState'
import LoadingState from '../LoadingState'
import type { Remote } from '../../hooks/useRemote'

/** What a page shows before its data arrives: the spinner, or the error with 重试. */
export default function RemotePending<T>({ remote }: { remote: Remote<T> }) {
  return remote.error ? <ErrorState error={remote.error} onRetry={() => void remote.reload()} /> : <LoadingState />
}
