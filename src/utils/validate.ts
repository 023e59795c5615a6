import * as v from 'valibot'

/**
 * The first message per top-level field from a shared action schema, so a form shows
 * exactly what the server would answer, before any request is made.
 */
export function fieldErrors(schema: v.GenericSchema, value: unknown): Record<string, string> {
  const result = v.safeParse(schema, value)
  if (result.success) return {}
  const out: Record<string, string> = {}
  for (const issue of result.issues) {
    const key = issue.path?.[0]?.key
    const field = typeof key === 'string' ? key : ''
    if (!(field in out)) out[field] = issue.message
  }
  return out
}
