import { ERROR_MESSAGES, isErrorCode, type ApiError, type ErrorCode } from '../../types'

/** What every failed call rejects with; `message` is Chinese and meant for the user. */
export class ApiCallError extends Error {
  readonly code: ErrorCode
  readonly field?: string
  readonly correlationId?: string

  constructor(error: ApiError) {
    super(error.message)
    this.name = 'ApiCallError'
    this.code = error.code
    this.field = error.field
    this.correlationId = error.correlationId
  }

  /** network trouble and server hiccups are worth a retry; a refused request is not */
  get retryable(): boolean {
    return this.code === 'NETWORK' || this.code === 'INTERNAL' || this.code === 'REQUEST_IN_PROGRESS'
  }
}

export function networkError(): ApiCallError {
  return new ApiCallError({ code: 'NETWORK', message: ERROR_MESSAGES.NETWORK })
}

/** Turns whatever a transport returned into an ApiError; anything unrecognised is INTERNAL. */
export function toApiError(value: unknown): ApiError {
  const e = value as Partial<ApiError> | null
  if (e && isErrorCode(e.code)) {
    return {
      code: e.code,
      message: typeof e.message === 'string' && e.message ? e.message : ERROR_MESSAGES[e.code],
      field: typeof e.field === 'string' ? e.field : undefined,
      correlationId: typeof e.correlationId === 'string' ? e.correlationId : undefined
    }
  }
  return { code: 'INTERNAL', message: ERROR_MESSAGES.INTERNAL }
}
