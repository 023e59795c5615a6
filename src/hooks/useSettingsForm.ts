import Taro from '@tarojs/taro'
import { useEffect, useState } from 'react'
import type { ActionName, Request, Response } from '../../types'
import type { UiError } from '../utils/errors'
import { useRemote, type Remote } from './useRemote'
import { useSubmission } from './useSubmission'

/** a stored setting edited as one string per field, keyed by the field's path */
export type FieldValues = Record<string, string>

export interface SettingsFormSpec<A extends ActionName> {
  /** reads the setting; must be stable (useCallback) */
  load: () => Promise<Response<A>>
  /** the write action; its answer is the setting as saved */
  save: A
  toValues: (settings: Response<A>) => FieldValues
  toSettings: (values: FieldValues) => Request<A>
  /** field path → message; empty when the values may be sent */
  check: (values: FieldValues) => Record<string, string>
}

export interface SettingsForm<A extends ActionName> {
  remote: Remote<Response<A>>
  /** null until the setting is loaded */
  values: FieldValues | null
  setField: (path: string, value: string) => void
  setValues: (values: FieldValues) => void
  /** a field's message: shown once a save was tried, or at once when the field is emptied */
  messageOf: (path: string) => string | undefined
  error: UiError | null
  submitting: boolean
  save: () => Promise<void>
}

/** A settings page's form: load, edit, check before sending, save once, take the saved answer. */
export function useSettingsForm<A extends ActionName>(spec: SettingsFormSpec<A>): SettingsForm<A> {
  const remote = useRemote(spec.load)
  const [values, setValues] = useState<FieldValues | null>(null)
  const [attempted, setAttempted] = useState(false)
  const [error, setError] = useState<UiError | null>(null)
  const { submit, submitting } = useSubmission(spec.save)
  const { toValues } = spec

  useEffect(() => {
    if (remote.data) setValues(toValues(remote.data))
  }, [remote.data, toValues])

  const errors = values ? spec.check(values) : {}
  const save = async () => {
    if (!values) return
    setAttempted(true)
    setError(null)
    if (Object.keys(errors).length > 0) return
    const result = await submit(spec.toSettings(values))
    if (result.ok) {
      remote.setData(result.data)
      setAttempted(false)
      void Taro.showToast({ title: '已保存', icon: 'success' })
    } else if (result.error) {
      setError(result.error)
    }
  }

  return {
    remote,
    values,
    setField: (path, value) => setValues((prev) => (prev ? { ...prev, [path]: value } : prev)),
    setValues,
    messageOf: (path) => (values && (attempted || values[path] === '') ? errors[path] : undefined),
    error,
    submitting,
    save
  }
}
