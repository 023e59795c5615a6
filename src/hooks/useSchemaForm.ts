import { useCallback, useMemo, useState } from 'react'
import { schemas, type ActionName, type Request, type Response } from '../../types'
import type { UiError } from '../utils/errors'
import { fieldErrors } from '../utils/validate'
import { useDraft } from './useDraft'
import { useSubmission } from './useSubmission'
import type { FieldTone } from '../components/FormField'

/** form values: text fields are strings; other controls (chips, switches, attachments) any JSON value */
export type FormValues = Record<string, unknown>

export interface FieldState {
  message?: string
  tone: FieldTone
}

export interface SchemaFormOptions<A extends ActionName, F extends FormValues> {
  /** fields checked on every keystroke (the others once left, or on submit) */
  liveFields?: Array<keyof F & string>
  /** while true for a live field, its message is a grey hint rather than an error (still typing) */
  stillTyping?: (field: keyof F & string, value: string) => boolean
  /** the action's payload from the values when they differ (e.g. a fixed field added); default: the values as they are */
  toPayload?: (values: F) => Request<A>
}

export interface SchemaForm<A extends ActionName, F extends FormValues> {
  values: F
  /** the form opened with a draft from an earlier visit */
  restored: boolean
  set: <K extends keyof F & string>(field: K, value: F[K]) => void
  /** shows server values (unless a draft was restored) without saving them as a draft */
  prefill: (values: Partial<F>) => void
  blur: (field: keyof F & string) => void
  field: (field: keyof F & string) => FieldState
  /** a failure that is not about one field */
  formError: UiError | null
  submitting: boolean
  /** validates with the shared schema and calls the server only when valid; null when not sent or failed */
  submit: () => Promise<Response<A> | null>
  /** drops the draft and the messages, back to `initial` */
  reset: () => void
}

/**
 * A form bound to one write action: values kept as a draft, the action's own schema for
 * the client-side messages, server errors mapped to their field, double taps ignored.
 */
export function useSchemaForm<A extends ActionName, F extends FormValues>(
  action: A,
  draftKey: string,
  initial: F,
  options: SchemaFormOptions<A, F> = {}
): SchemaForm<A, F> {
  const draft = useDraft<F>(draftKey, initial)
  const { submit: send, submitting } = useSubmission(action)
  const [blurred, setBlurred] = useState<Record<string, boolean>>({})
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<UiError | null>(null)
  const { liveFields, stillTyping, toPayload } = options
  const values = draft.value
  const payload = useMemo(() => (toPayload ? toPayload(values) : (values as unknown as Request<A>)), [toPayload, values])
  const clientErrors = useMemo(() => fieldErrors(schemas[action], payload), [action, payload])

  const { update, replace, clear, restored } = draft
  const set = useCallback(
    <K extends keyof F & string>(field: K, value: F[K]) => {
      update({ [field]: value } as unknown as Partial<F>)
      setServerErrors((e) => {
        if (!(field in e)) return e
        const next = { ...e }
        delete next[field]
        return next
      })
    },
    [update]
  )

  const prefill = useCallback(
    (v: Partial<F>) => {
      if (!restored) replace({ ...initial, ...v })
    },
    // `initial` is a literal in the caller: only its first value matters
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [restored, replace]
  )

  const blur = useCallback((field: keyof F & string) => setBlurred((b) => (b[field] ? b : { ...b, [field]: true })), [])

  const field = useCallback(
    (name: keyof F & string): FieldState => {
      if (serverErrors[name]) return { message: serverErrors[name], tone: 'error' }
      const message = clientErrors[name]
      if (!message) return { tone: 'error' }
      if (attempted || blurred[name]) return { message, tone: 'error' }
      const value = values[name]
      if (liveFields?.includes(name) && typeof value === 'string' && value !== '') {
        return { message, tone: stillTyping?.(name, value) ? 'hint' : 'error' }
      }
      return { tone: 'error' }
    },
    [serverErrors, clientErrors, attempted, blurred, values, liveFields, stillTyping]
  )

  const submit = useCallback(async () => {
    setAttempted(true)
    setFormError(null)
    if (Object.keys(clientErrors).length > 0) return null
    const result = await send(payload)
    if (result.ok) {
      clear()
      setAttempted(false)
      setBlurred({})
      return result.data
    }
    const error = result.error
    if (error) {
      if (error.field && error.field in values) {
        setServerErrors((e) => ({ ...e, [error.field as string]: error.message }))
      } else {
        setFormError(error)
      }
    }
    return null
  }, [clientErrors, send, payload, values, clear])

  const reset = useCallback(() => {
    clear()
    setAttempted(false)
    setBlurred({})
    setServerErrors({})
    setFormError(null)
  }, [clear])

  return { values, restored, set, prefill, blur, field, formError, submitting, submit, reset }
}
