import { schemas } from '../../../../../types'
import type { StaffWrite } from './useCaseForm'

interface PipeItem {
  type?: string
  requirement?: unknown
}

/**
 * The maximum length the shared schema allows for a text field, so the counter and the
 * textarea's maxlength never drift from what the server accepts.
 */
export function maxLengthOf(action: StaffWrite, field: string, fallback = 500): number {
  const schema = schemas[action] as unknown as { entries?: Record<string, { pipe?: PipeItem[]; wrapped?: { pipe?: PipeItem[] } }> }
  const entry = schema.entries?.[field]
  const pipe = entry?.pipe ?? entry?.wrapped?.pipe ?? []
  const max = pipe.find((p) => p.type === 'max_length')?.requirement
  return typeof max === 'number' ? max : fallback
}
