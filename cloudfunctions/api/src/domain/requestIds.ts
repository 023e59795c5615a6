/**
 * Document ids derived from the request (ctx.requestKey): a retry of one request makes the
 * same id, so a create that already landed before a crash is found, not made twice
 * (docs/decisions/0013). Without a request key (seed, internal calls) ids stay random.
 */
import { createHash } from 'node:crypto'

/** `prefix` + `hexLength` hex characters, the shape of the random ids each collection uses */
export function idForRequest(requestKey: string | null | undefined, prefix: string, hexLength: number, random: () => string): string {
  if (!requestKey) return random()
  return prefix + createHash('sha256').update(`${prefix}:${requestKey}`).digest('hex').slice(0, hexLength)
}
