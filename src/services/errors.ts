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

/**
 * An HTTP answer that is not in the app's shape (a proxy's error page, say): what its
 * status means, never a network failure — the server was reached.
 */
export function httpError(status: number): ApiCallError {
  const code: ErrorCode =
    status === 400 ? 'MALFORMED_REQUEST'
    : status === 401 ? 'UNAUTHENTICATED'
    : status === 403 ? 'FORBIDDEN'
    : status === 404 ? 'UNKNOWN_ACTION'
    : status === 413 ? 'PAYLOAD_TOO_LARGE'
    : status === 415 ? 'UNSUPPORTED_MEDIA_TYPE'
    : status === 429 ? 'RATE_LIMITED'
    : 'INTERNAL'
  return new ApiCallError({ code, message: ERROR_MESSAGES[code] })
}

/**
 * Turns whatever a transport returned into an ApiError; an unrecognised code (a newer
 * server) is INTERNAL but keeps the server's own message, which is written for the user.
 */
export function toApiError(value: unknown): ApiError {
  const e = value as Partial<ApiError> | null
  const message = e && typeof e.message === 'string' && e.message ? e.message : null
  if (e && isErrorCode(e.code)) {
    return {
      code: e.code,
      message: message ?? ERROR_MESSAGES[e.code],
      field: typeof e.field === 'string' ? e.field : undefined,
      correlationId: typeof e.correlationId === 'string' ? e.correlationId : undefined
    }
  }
  return { code: 'INTERNAL', message: message ?? ERROR_MESSAGES.INTERNAL }
}
