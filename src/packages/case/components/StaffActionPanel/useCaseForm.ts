import Taro from '@tarojs/taro'
import { useCallback, useEffect, useRef, useState } from 'react'
import { schemas, type CaseDetail, type Request } from '../../../../../types'
import { useSchemaForm, type FormValues } from '../../../../hooks/useSchemaForm'
import type { UiError } from '../../../../utils/errors'
import { fieldErrors } from '../../../../utils/validate'
import { STALE_CODES } from '../../detail/staleCodes'

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

export interface CaseFormOptions<A extends StaffWrite, F extends FormValues> {
  action: A
  detail: CaseDetail
  initial: F
  /** the action's own fields from the form values; id and version are added here */
  toPayload: (values: F) => Omit<Request<A>, 'id' | 'version'>
  /** messages the schema cannot phrase for a person (e.g. 请选择转办对象 for an empty id); they block sending */
  check?: (values: F) => Record<string, string>
  /** asks before sending when the step cannot be undone */
  confirm?: { title: string; content: string }
  /** the toast after success */
  done: string
  onChanged: (detail: CaseDetail) => void
  onStale: () => void
}

export interface CaseForm<F extends FormValues> {
  values: F
  restored: boolean
  set: <K extends keyof F & string>(field: K, value: F[K]) => void
  message: (field: keyof F & string) => string | undefined
  /** a failure not tied to one field (a stale answer is the page's to show) */
  formError: UiError | null
  submitting: boolean
  submit: () => Promise<void>
  discard: () => void
}

/**
 * One action form on a case, on the shared schema form: a draft per case and action, the
 * version the user saw sent along, and a stale answer handed to the page, which reloads
 * the case (the draft stays for a second try).
 */
export function useCaseForm<A extends StaffWrite, F extends FormValues>(opts: CaseFormOptions<A, F>): CaseForm<F> {
  const { action, detail, onChanged, onStale } = opts
  const { _id: id, version } = detail
  const build = useRef(opts.toPayload)
  build.current = opts.toPayload
  const toPayload = useCallback((v: F) => ({ ...build.current(v), id, version }) as unknown as Request<A>, [id, version])
  const form = useSchemaForm(action, `case.${id}.${action}`, opts.initial, { toPayload })
  const [checked, setChecked] = useState(false)
  const extra = opts.check?.(form.values) ?? {}

  const stale = form.formError !== null && STALE_CODES.has(form.formError.code)
  useEffect(() => {
    if (stale) onStale()
  }, [stale, onStale])

  const message = (field: keyof F & string) => {
    const own = form.field(field).message
    return extra[field] && (checked || own) ? extra[field] : own
  }

  const submit = async () => {
    const blocked = Object.keys(extra).length > 0
    setChecked(blocked)
    const valid = !blocked && Object.keys(fieldErrors(schemas[action], toPayload(form.values))).length === 0
    if (blocked) {
      // reveal the schema's messages too, without sending
      Object.keys(form.values).forEach((f) => form.blur(f))
      return
    }
    if (valid && opts.confirm) {
      const { confirm } = await Taro.showModal({ ...opts.confirm, confirmText: '确定' })
      if (!confirm) return
    }
    const next = await form.submit()
    if (next) {
      void Taro.showToast({ title: opts.done, icon: 'success' })
      onChanged(next as CaseDetail)
    }
  }

  const discard = () => {
    setChecked(false)
    form.reset()
  }

  return {
    values: form.values,
    restored: form.restored,
    set: form.set,
    message,
    formError: stale ? null : form.formError,
    submitting: form.submitting,
    submit,
    discard
  }
}
