import { ERROR_MESSAGES, type ErrorCode } from '../../../../types'

/** A refusal the user should read: a stable code plus a Chinese message. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly field?: string
  ) {
    super(message ?? ERROR_MESSAGES[code])
    this.name = 'DomainError'
  }
}

export function fail(code: ErrorCode, message?: string, field?: string): never {
  throw new DomainError(code, message, field)
}
