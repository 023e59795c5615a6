import { useCallback, useMemo, useState } from 'react'
import type { LectureDetail } from '../../../../types'
import { useDraft } from '../../../hooks/useDraft'
import { useSubmission } from '../../../hooks/useSubmission'
import type { UiError } from '../../../utils/errors'
import { keyOfField, lecturePayload, validateLecture, type LectureValues } from './lectureValues'

type Key = keyof LectureValues & string

const INVALID: UiError = { message: '还有内容需要修改，请按红色提示修改后再保存', code: 'INVALID_INPUT', retryable: false }

/**
 * The lecture form's state: kept as a draft per lecture, checked with the shared schema
 * (nested under `fields`, so the generic schema form does not fit), and a server error put
 * on the field it names.
 */
export function useLectureEditor(id: string | null, initial: LectureValues) {
  const draft = useDraft<LectureValues>(`lectureEdit.${id ?? 'new'}`, initial)
  const { submit: send, submitting } = useSubmission('lecture.save')
  const [touched, setTouched] = useState<Partial<Record<Key, boolean>>>({})
  const [attempted, setAttempted] = useState(false)
  const [serverErrors, setServerErrors] = useState<Partial<Record<Key, string>>>({})
  const [formError, setFormError] = useState<UiError | null>(null)
  const values = draft.value
  const errors = useMemo(() => validateLecture(values), [values])
  const toPayload = useMemo(() => lecturePayload(id), [id])
  const { update, clear } = draft

  const set = useCallback(
    <K extends Key>(key: K, value: LectureValues[K]) => {
      update({ [key]: value } as Partial<LectureValues>)
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
  const touch = useCallback((key: Key) => setTouched((t) => (t[key] ? t : { ...t, [key]: true })), [])
  const message = (key: Key): string | undefined => serverErrors[key] ?? (attempted || touched[key] ? errors[key] : undefined)

  const submit = async (): Promise<LectureDetail | null> => {
    setAttempted(true)
    setFormError(null)
    if (Object.keys(errors).length > 0) {
      setFormError(INVALID)
      return null
    }
    const result = await send(toPayload(values))
    if (result.ok) {
      clear()
      setAttempted(false)
      setTouched({})
      return result.data
    }
    const error = result.error
    if (error) {
      const key = error.field ? keyOfField(error.field) : ''
      if (key) setServerErrors((e) => ({ ...e, [key]: error.message }))
      setFormError(error)
    }
    return null
  }

  const discard = useCallback(() => {
    clear()
    setAttempted(false)
    setTouched({})
    setServerErrors({})
    setFormError(null)
  }, [clear])

  return { values, restored: draft.restored, set, touch, message, formError, submitting, submit, discard }
}

export type LectureEditor = ReturnType<typeof useLectureEditor>
