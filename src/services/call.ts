import { WRITE_ACTIONS, type ActionName, type Request, type Response } from '../../types'
import { ApiCallError, toApiError } from './errors'
import { rememberFileUrls } from './fileUrls'
import { newRequestId } from './requestId'
import { currentTransport } from './transport'

export interface CallOptions {
  /** reuse the same id when the user retries the same submission */
  requestId?: string
}

type Handler = (error: ApiCallError) => void
let onUnauthenticated: Handler | null = null

/** Registered once by the app: where to send a caller the server does not know. */
export function setUnauthenticatedHandler(handler: Handler | null): void {
  onUnauthenticated = handler
}

/**
 * The one way the app reaches the backend. Resolves with the typed response or
 * rejects with an ApiCallError whose message is ready to show.
 */
export async function call<A extends ActionName>(
  action: A,
  payload: Request<A>,
  options: CallOptions = {}
): Promise<Response<A>> {
  const requestId = WRITE_ACTIONS.has(action) ? options.requestId ?? newRequestId() : undefined
  const result = await currentTransport()({ action, payload, requestId })
  if (result.ok) {
    // URLs of the files this answer names: fileUrl() reads them
    rememberFileUrls(result.files)
    return result.data as Response<A>
  }
  const error = new ApiCallError(toApiError(result.error))
  if (error.code === 'UNAUTHENTICATED' && onUnauthenticated) onUnauthenticated(error)
  throw error
}
