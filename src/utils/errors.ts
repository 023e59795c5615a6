/**
 * What the UI needs from a failure. Calls reject with ApiCallError (Chinese message,
 * code, field, retryable); anything else is a bug and is shown as a generic failure.
 */
export interface UiError {
  message: string
  code: string
  retryable: boolean
  field?: string
}

const FALLBACK = '服务暂时不可用，请稍后重试'

export function toUiError(error: unknown): UiError {
  const e = error as { message?: unknown; code?: unknown; retryable?: unknown; field?: unknown } | null
  if (e && typeof e === 'object' && typeof e.code === 'string' && typeof e.message === 'string') {
    return {
      message: e.message || FALLBACK,
      code: e.code,
      retryable: e.retryable === true,
      field: typeof e.field === 'string' ? e.field : undefined
    }
  }
  return { message: FALLBACK, code: 'INTERNAL', retryable: true }
}
