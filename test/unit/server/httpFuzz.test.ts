/**
 * Garbage over HTTP: random methods, paths, content types and bodies sent to the local
 * host always come back as the app's own error shape (or a normal answer), never as a
 * 5xx, an HTML page under /api, or fastify's own { statusCode, error } body.
 */
import type { InjectOptions } from 'fastify'
import { isErrorCode } from '../../../types'
import { useInProcessHost } from './inProcessHost'

const host = useInProcessHost('httpfuzz')

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const METHODS = ['POST', 'POST', 'POST', 'GET', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const
const PATHS = ['/api/session.me', '/api/case.submit', '/api/policy.import', '/api/no.such', '/api/', '/api', '/api/a/b', '/api/%E4%B8%AD', '/api/session.me?x=1', '/api/..%2f..%2fetc']
const TYPES = ['application/json', 'application/json; charset=utf-8', 'text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/octet-stream', '', 'application/json; charset=latin1']
const BODIES = ['', '{', '}', 'null', '[]', '[{"payload":{}}]', '"x"', '0', '{"payload":', '{"payload":{}}', '{"payload":{"type":"consult"},"requestId":"abc"}', '\u0000\u0001', '{"__proto__":{"admin":true}}', '💥'.repeat(100), '<xml/>', 'a=1&b=2']

it('300 random requests: always the app\'s shape, never a server error', async () => {
  const r = rng(8844)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]
  const statuses = new Map<number, number>()
  for (let i = 0; i < 300; i++) {
    const method = pick(METHODS)
    const options: InjectOptions = { method, url: pick(PATHS), headers: {} }
    const type = pick(TYPES)
    if (method !== 'GET' && method !== 'OPTIONS' && r() < 0.9) {
      options.payload = pick(BODIES)
      if (type) options.headers = { 'content-type': type }
    }
    if (r() < 0.2) options.headers = { ...options.headers, authorization: pick(['Bearer x', 'Bearer a.b.c', 'Basic abc', 'Bearer ']) }
    const res = await host.app.inject(options)
    const where = { method, url: options.url, type, body: options.payload, status: res.statusCode }
    statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1)
    expect({ ...where, serverError: res.statusCode >= 500 }).toEqual({ ...where, serverError: false })
    expect({ ...where, json: /^application\/json/.test(String(res.headers['content-type'])) }).toEqual({ ...where, json: true })
    const body = res.json()
    expect({ ...where, ok: typeof body.ok }).toEqual({ ...where, ok: 'boolean' })
    if (!body.ok) expect({ ...where, known: isErrorCode(body.error?.code), message: typeof body.error?.message }).toEqual({ ...where, known: true, message: 'string' })
  }
  // the run met the parser, the media-type check, the not-found and the method paths
  for (const status of [200, 400, 404, 405, 415]) expect({ status, seen: (statuses.get(status) ?? 0) > 0 }).toEqual({ status, seen: true })
})
