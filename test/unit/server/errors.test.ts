/**
 * Every answer of the local host is the app's own { ok:false, error:{ code, message } }:
 * malformed JSON, unsupported content types, oversized bodies (the import with its own
 * larger limit), unknown /api paths and methods, and fastify's own errors.
 */
import type { InjectOptions } from 'fastify'
import { API_BODY_LIMIT, IMPORT_BODY_LIMIT } from '../../../server/httpErrors'
import { isErrorCode } from '../../../types'
import { useInProcessHost } from './inProcessHost'

const host = useInProcessHost('errors')

type Inject = InjectOptions

/** the answer must be the app's error shape with a known code and a Chinese message */
async function appError(options: Inject): Promise<{ status: number; code: string; message: string }> {
  const res = await host.app.inject(options)
  expect(res.headers['content-type']).toMatch(/^application\/json/)
  const body = res.json()
  expect(body).toEqual({ ok: false, error: expect.objectContaining({ code: expect.any(String), message: expect.any(String) }) })
  expect(isErrorCode(body.error.code)).toBe(true)
  expect(body.error.message).toMatch(/[\u4e00-\u9fa5]/)
  return { status: res.statusCode, code: body.error.code, message: body.error.message }
}

const post = (url: string, payload: string | Buffer, contentType = 'application/json'): Inject => ({ method: 'POST', url, payload, headers: { 'content-type': contentType } })

describe('local host errors', () => {
  it('answers malformed JSON with MALFORMED_REQUEST (400)', async () => {
    for (const body of ['{"payload":', '{payload: 1}', 'not json', '{"a":1}}']) {
      expect(await appError(post('/api/session.me', body))).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' })
    }
  })

  it('answers a JSON body that is not an object, and an empty JSON body, with MALFORMED_REQUEST', async () => {
    for (const body of ['[1,2]', '"text"', '42']) {
      expect(await appError(post('/api/session.me', body))).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' })
    }
    expect(await appError(post('/api/session.me', ''))).toMatchObject({ status: 400, code: 'MALFORMED_REQUEST' })
  })

  it('answers an unsupported content type with UNSUPPORTED_MEDIA_TYPE (415)', async () => {
    for (const type of ['text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'application/octet-stream']) {
      expect(await appError(post('/api/session.me', 'payload=1', type))).toMatchObject({ status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' })
    }
  })

  it('answers an oversized body with PAYLOAD_TOO_LARGE (413) and says how large it may be', async () => {
    const big = JSON.stringify({ payload: { text: 'x'.repeat(API_BODY_LIMIT) } })
    const r = await appError(post('/api/case.submit', big))
    expect(r).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' })
    expect(r.message).toContain('1MB')
  })

  it('gives the policy import its own larger limit, and over it says how large an import may be', async () => {
    // over the ordinary limit, under the import's: it reaches the router (which asks who is calling)
    const fits = JSON.stringify({ payload: { format: 'csv', content: '标题'.repeat(API_BODY_LIMIT / 3), dryRun: true } })
    expect(Buffer.byteLength(fits)).toBeGreaterThan(API_BODY_LIMIT)
    expect(await appError(post('/api/policy.import', fits))).toMatchObject({ status: 200, code: 'UNAUTHENTICATED' })
    const tooBig = JSON.stringify({ payload: { format: 'csv', content: 'x'.repeat(IMPORT_BODY_LIMIT) } })
    const r = await appError(post('/api/policy.import', tooBig))
    expect(r).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' })
    expect(r.message).toContain('导入文件过大')
    expect(r.message).toContain('2MB')
  })

  it('answers unknown /api paths and wrong methods in the app shape', async () => {
    expect(await appError({ method: 'POST', url: '/api/no.such.action', payload: {} })).toMatchObject({ status: 200, code: 'UNKNOWN_ACTION' })
    expect(await appError({ method: 'POST', url: '/api/case/get', payload: {} })).toMatchObject({ status: 404, code: 'UNKNOWN_ACTION' })
    expect(await appError({ method: 'GET', url: '/api' })).toMatchObject({ status: 404, code: 'UNKNOWN_ACTION' })
    expect(await appError({ method: 'GET', url: '/api/', headers: { accept: 'text/html' } })).toMatchObject({ status: 404, code: 'UNKNOWN_ACTION' })
    expect(await appError({ method: 'GET', url: '/api/session.me' })).toMatchObject({ status: 405, code: 'MALFORMED_REQUEST' })
    expect(await appError({ method: 'PUT', url: '/api/session.me', payload: {} })).toMatchObject({ status: 405, code: 'MALFORMED_REQUEST' })
    expect(await appError({ method: 'GET', url: '/no-such-file.js' })).toMatchObject({ status: 404, code: 'NOT_FOUND' })
  })

  it('answers anything thrown in a route with INTERNAL (500) and a correlation id that the log carries', async () => {
    const logged: string[] = []
    const spy = jest.spyOn(console, 'error').mockImplementation((line: string) => void logged.push(line))
    const fresh = await host.build()
    fresh.get('/dev/boom', async () => {
      throw new Error('disk on fire')
    })
    try {
      const res = await fresh.inject({ method: 'GET', url: '/dev/boom' })
      expect(res.statusCode).toBe(500)
      const body = res.json()
      expect(body).toEqual({ ok: false, error: { code: 'INTERNAL', message: '服务暂时不可用，请稍后重试', correlationId: expect.stringMatching(/^[0-9a-f]{16}$/) } })
      expect(JSON.stringify(body)).not.toContain('disk on fire')
      expect(logged.some((line) => line.includes(body.error.correlationId) && line.includes('disk on fire'))).toBe(true)
    } finally {
      spy.mockRestore()
      await fresh.close()
    }
  })

  it('still serves a well-formed call, with or without a body', async () => {
    expect((await host.app.inject({ method: 'POST', url: '/api/session.me', payload: { payload: {} } })).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    expect((await host.app.inject({ method: 'POST', url: '/api/session.me' })).json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    const res = await host.app.inject({ method: 'POST', url: '/api/session.me', payload: { payload: {} }, headers: { 'content-type': 'application/json; charset=utf-8' } })
    expect(res.statusCode).toBe(200)
    expect(res.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })
})
