/** Document-level helpers shared by plain calls and transactions. */
import { randomBytes } from 'node:crypto'
import type { Doc } from '../../../cloudfunctions/api/src/db/port'
import { decodeJson, encodeJson, isPlainObject } from './codec'
import { ParamError } from './errors'

/** 32 hex characters, the shape of cloud-generated _ids. */
export function generateId(): string {
  return randomBytes(16).toString('hex')
}

export function validateDocId(id: unknown): string {
  if (typeof id !== 'string' || id === '') throw new ParamError(`_id must be a non-empty string, got ${JSON.stringify(id)}`)
  return id
}

/** The `data` of an `{data}` options argument, which must be an object. */
export function dataOf(options: unknown): Record<string, unknown> {
  const data = isPlainObject(options) ? options.data : undefined
  if (!isPlainObject(data)) throw new ParamError('expected options {data: object}')
  return data
}

/** Stored body (JSON without _id) → document as returned to callers, _id first. */
export function toDoc(id: string, body: unknown): Doc {
  return { _id: id, ...(body as Record<string, unknown>) }
}

export function readBody(json: string): Record<string, unknown> {
  return decodeJson(json) as Record<string, unknown>
}

/** A whole new document body for add / set, serverDate resolved; `_id` must already be removed. */
export function encodeBody(body: Record<string, unknown>, now: Date): string {
  return encodeJson(body, now)
}

/** add(): the caller's _id, or a fresh one; and the body without it. */
export function splitNewDocument(data: Record<string, unknown>): { id: string; body: Record<string, unknown> } {
  const { _id, ...body } = data
  return { id: _id === undefined ? generateId() : validateDocId(_id), body }
}

/** set(): the id comes from doc(id); an _id in the data would be ambiguous, so it is refused. */
export function replacementBody(data: Record<string, unknown>): Record<string, unknown> {
  if (Object.prototype.hasOwnProperty.call(data, '_id')) throw new ParamError('set() data must not contain _id')
  return data
}
