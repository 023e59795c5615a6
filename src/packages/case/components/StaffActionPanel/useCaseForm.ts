import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { schemas, type CaseDetail, type Request } from '../../../../../types'
import { useDraft } from '../../../../hooks/useDraft'
import { useSubmission } from '../../../../hooks/useSubmission'
import type { UiError } from '../../../../utils/errors'
import { fieldErrors } from '../../../../utils/validate'

/** the writes a steward or manager makes on a case */
export type StaffWrite =
  | 'case.accept'
  | 'case.reply'
  | 'case.requestInfo'
  | 'case.transfer'
  | 'case.resolve'
  | 'case.assign'
  | 'case.press'
  | 'case.reviewReject'
  | 'case.reviewRectify'
  | 'case.revisit'

/** the case moved on under the form (someone else acted): the page must reload it */
const STALE_CODES = new Set(['CASE_STALE', 'CONFLICT', 'INVALID_TRANSITION'])

export interface CaseFormOptions<A extends StaffWrite, F extends object> {
  action: A
  detail: CaseDetail
  initial: F
  /** the action's own fields from the form values; id and version are added here */
  toPayload: (values: F) => Omit<Request<A>, 'id' | 'version'>
  /** messages the schema cannot phrase for a person, e.g. 请选择转办对象 for an empty id */
  check?: (values: F) => Record<string, string>
  /** asks before sending when the step cannot be undone */
  confirm?: (values: F) => { title: string; content: string } | null
  /** the toast after success */
  done: string
  onChanged: (detail: CaseDetail) => void
  onStale: () => void
}

export interface CaseForm<F extends object> {
  values: F
  restored: boolean
  set: <K extends keyof F>(field: K, value: F[K]) => void
  /** the message under a field: shown once a send was attempted, or from the server */
  message: (field: keyof F & string) => string | undefined
  /** a failure not tied to one field */
  formError: UiError | null
  submitting: boolean
  submit: () => Promise<void>
  discard: () => void
}

/**
 * One action form on a case: values kept as a draft per case and action, messages from
 * the shared schema, the version the user saw sent along, and a stale answer handed to
 * the page so it shows the fresh state (the draft stays for a second try).
 */
export function useCaseForm<A extends StaffWrite, F extends object>(opts: CaseFormOptions<A, F>): CaseForm<F> {
  const { action, detail, onChanged, onStale } = opts
  const draft = useDraft<F>(`case.${detail._id}.${action}`, opts.initial)
  const { submit: send, submitting } = useSubmission(action)
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState<UiError | null>(null)
  const values = draft.value

  const payload = { ...opts.toPayload(values), id: detail._id, version: detail.version } as unknown as Request<A>
  const clientErrors = { ...fieldErrors(schemas[action], payload), ...opts.check?.(values) }
  const ownFields = Object.keys(values)
  // a message about id/version is nothing the user can fix in a field: show it above the button
  const otherKey = Object.keys(clientErrors).find((k) => !ownFields.includes(k))
  const shownFormError: UiError | null =
    formError ?? (attempted && otherKey ? { message: clientErrors[otherKey], code: 'INVALID_INPUT', retryable: false } : null)

  const { update } = draft
  const set = useCallback(
    <K extends keyof F>(field: K, value: F[K]) => {
      update({ [field]: value } as unknown as Partial<F>)
      setServerErrors((e) => {
        if (!(field in e)) return e
        const next = { ...e }
        delete next[field as string]
        return next
      })
    },
    [update]
  )

  const message = (field: keyof F & string) => serverErrors[field] ?? (attempted ? clientErrors[field] : undefined)

  const submit = async () => {
    setAttempted(true)
    setFormError(null)
    if (Object.keys(clientErrors).length > 0) return
    const ask = opts.confirm?.(values)
    if (ask) {
      const { confirm } = await Taro.showModal({ ...ask, confirmText: '确定' })
      if (!confirm) return
    }
    const result = await send(payload)
    if (result.ok) {
      draft.clear()
      setAttempted(false)
      setServerErrors({})
      void Taro.showToast({ title: opts.done, icon: 'success' })
      onChanged(result.data as CaseDetail)
      return
    }
    const error = result.error
    if (!error) return
    setFormError(error)
    if (STALE_CODES.has(error.code)) {
      onStale()
    } else if (error.field && ownFields.includes(error.field)) {
      setFormError(null)
      setServerErrors((e) => ({ ...e, [error.field as string]: error.message }))
    }
  }

  const discard = () => {
    draft.clear()
    setAttempted(false)
    setServerErrors({})
    setFormError(null)
  }

  return { values, restored: draft.restored, set, message, formError: shownFormError, submitting, submit, discard }
}
