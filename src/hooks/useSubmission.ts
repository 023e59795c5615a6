import { useCallback, useRef, useState } from 'react'
import type { ActionName, Request, Response } from '../../types'
import { call, newRequestId } from '../services'
import { toUiError, type UiError } from '../utils/errors'

export type SubmitResult<A extends ActionName> =
  | { ok: true; data: Response<A> }
  /** error is null when the tap was ignored because a submission is already running */
  | { ok: false; error: UiError | null }

export interface Submission<A extends ActionName> {
  submit: (payload: Request<A>) => Promise<SubmitResult<A>>
  submitting: boolean
}

/**
 * One write action behind a button: ignores double taps, and reuses the client request
 * id when the same payload is retried after a retryable failure (network, timeout), so
 * the server applies it once.
 */
export function useSubmission<A extends ActionName>(action: A): Submission<A> {
  const [submitting, setSubmitting] = useState(false)
  const busy = useRef(false)
  const pending = useRef<{ payload: string; requestId: string } | null>(null)

  const submit = useCallback(
    async (payload: Request<A>): Promise<SubmitResult<A>> => {
      if (busy.current) return { ok: false, error: null }
      const key = JSON.stringify(payload)
      if (!pending.current || pending.current.payload !== key) {
        pending.current = { payload: key, requestId: newRequestId() }
      }
      busy.current = true
      setSubmitting(true)
      try {
        const data = await call(action, payload, { requestId: pending.current.requestId })
        pending.current = null
        return { ok: true, data }
      } catch (e) {
        const error = toUiError(e)
        if (!error.retryable) pending.current = null
        return { ok: false, error }
      } finally {
        busy.current = false
        setSubmitting(false)
      }
    },
    [action]
  )

  return { submit, submitting }
}
