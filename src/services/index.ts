/** The client seam: every backend call in the app goes through here. */
export { call, setUnauthenticatedHandler, type CallOptions } from './call'
export { ApiCallError } from './errors'
export { newRequestId } from './requestId'
export { listPersonas, devSignIn, signOut, isDevTransport, type Persona } from './devAuth'
export { uploadFile, fileUrl, type UploadProgress } from './upload'
