import { useCallback, useMemo, useState } from 'react'
import type { ActionName, Request, Response } from '../../types'
import type { UiError } from '../utils/errors'
import { useDraft } from './useDraft'
import { useSubmission } from './useSubmission'

export interface EditorOptions<A extends ActionName, V extends object> {
  action: A
  draftKey: string
  initial: V
  /** messages by value key: the shared schema's plus checks across fields ('' for the form as a whole) */
  validate: (values: V) => Record<string, string>
  toPayload: (values: V) => Request<A>
  /** the value key a server error's field path is about (e.g. 'fields.criteria.minEmployees' → 'minEmployees') */
  keyOfField: (path: string) => string
}

export interface Editor<A extends ActionName, V extends object> {
  values: V
  /** the form opened with a draft from an earlier visit */
  restored: boolean
  /** changed since loaded or saved */
  dirty: boolean
  set: <K extends keyof V & string>(key: K, value: V[K]) => void
  /** the field was left: its message may show */
  touch: (key: keyof V & string) => void
  message: (key: keyof V & string) => string | undefined
  /** shows these values (e.g. the saved document) and forgets the draft and the messages */
  replace: (values: V) => void
  /** back to `initial`: the draft and the messages dropped */
  discard: () => void
  formError: UiError | null
  submitting: boolean
  submit: () => Promise<Response<A> | null>
}

const INVALID: UiError = { message: '还有内容需要修改，请按红色提示修改后再保存', code: 'INVALID_INPUT', retryable: false }

/**
 * A console editor whose values are not the payload's shape (nested fields, numbers typed as
 * text, dates as pickers), so useSchemaForm does not fit: kept as a draft, checked by the
 * caller's `validate` (the shared schema underneath), server errors put on the field they name.
 */
export function useEditor<A extends ActionName, V extends object>(options: EditorOptions<A, V>): Editor<A, V> {
  const { action, draftKey, initial, validate, toPayload, keyOfField } = options
  const draft = useDraft<V>(draftKey, initial)
  const { submit: send, submitting } = useSubmission(action)
  const [touched, setTouched] = useState<Record<string, boolean>>({})
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<UiError | null>(null)
  const [dirty, setDirty] = useState(draft.restored)
  const values = draft.value
  const errors = useMemo(() => validate(values), [validate, values])
  const { update, replace: show, clear, restored } = draft

  const set = useCallback(
    <K extends keyof V & string>(key: K, value: V[K]) => {
      update({ [key]: value } as unknown as Partial<V>)
      setDirty(true)
      setTouched((t) => (t[key] ? t : { ...t, [key]: true }))
      setServerErrors((e) => {
        if (!(key in e)) return e
        const next = { ...e }
        delete next[key]
        return next
      })
    },
    [update]
  )
  const touch = useCallback((key: string) => setTouched((t) => (t[key] ? t : { ...t, [key]: true })), [])
  const message = (key: string) => serverErrors[key] ?? (attempted || touched[key] ? errors[key] : undefined)

  const discard = useCallback(() => {
    clear()
    setDirty(false)
    setAttempted(false)
    setTouched({})
    setServerErrors({})
    setFormError(null)
  }, [clear])
  const replace = useCallback(
    (v: V) => {
      discard()
      show(v)
    },
    [discard, show]
  )

  const submit = async (): Promise<Response<A> | null> => {
    setAttempted(true)
    setFormError(null)
    if (Object.keys(errors).length > 0) {
      setFormError(errors[''] ? { ...INVALID, message: errors[''] } : INVALID)
      return null
    }
    const result = await send(toPayload(values))
    if (result.ok) {
      discard()
      return result.data
    }
    const error = result.error
    if (error) {
      const key = error.field ? keyOfField(error.field) : ''
      if (key && key in values) setServerErrors((e) => ({ ...e, [key]: error.message }))
      setFormError(error)
    }
    return null
  }

  return { values, restored, dirty, set, touch, message, replace, discard, formError, submitting, submit }
}
