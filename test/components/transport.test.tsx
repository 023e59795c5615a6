/**
 * The HTTP transport shows the local host's answers as what they are: Taro.request
 * resolves on HTTP 4xx/5xx, and a body in the app's error shape is passed through; only
 * a request that got no answer at all is 网络连接失败.
 */
import Taro from '@tarojs/taro'
import { call } from '../../src/services/call'
import { ApiCallError } from '../../src/services/errors'
import { appResult } from '../../src/services/transport'

type Answer = { statusCode: number; data: unknown }
let answer: Answer | Error

beforeEach(() => {
  jest.spyOn(Taro, 'request').mockImplementation((async () => {
    if (answer instanceof Error) throw answer
    return { ...answer, header: {}, errMsg: 'request:ok' }
  }) as unknown as typeof Taro.request)
})
afterEach(() => jest.restoreAllMocks())

async function failure(): Promise<ApiCallError> {
  try {
    await call('session.me', {})
  } catch (e) {
    expect(e).toBeInstanceOf(ApiCallError)
    return e as ApiCallError
  }
  throw new Error('the call succeeded')
}

const appError = (code: string, message: string) => ({ ok: false, error: { code, message } })

describe('the HTTP transport', () => {
  it('passes the host\'s own error answers through, whatever the HTTP status', async () => {
    const cases: Array<[number, string, string]> = [
      [413, 'PAYLOAD_TOO_LARGE', '导入文件过大：每次导入的文件不能超过2MB（约200万字），请拆分后分批导入'],
      [400, 'MALFORMED_REQUEST', '请求格式不正确，请刷新页面后重试'],
      [415, 'UNSUPPORTED_MEDIA_TYPE', '请求的内容类型不受支持，请以 JSON 提交'],
      [404, 'UNKNOWN_ACTION', '不支持的操作'],
      [500, 'INTERNAL', '服务暂时不可用，请稍后重试']
    ]
    for (const [statusCode, code, message] of cases) {
      answer = { statusCode, data: appError(code, message) }
      const e = await failure()
      expect([e.code, e.message]).toEqual([code, message])
    }
  })

  it('reads an answer that arrived as a JSON string', async () => {
    answer = { statusCode: 413, data: JSON.stringify(appError('PAYLOAD_TOO_LARGE', '提交的内容过大（每次不超过1MB），请删减后重试')) }
    expect((await failure()).message).toBe('提交的内容过大（每次不超过1MB），请删减后重试')
  })

  it('says what an HTTP status means when the body is not the app\'s (a proxy\'s page), never 网络连接失败', async () => {
    const cases: Array<[number, unknown, string]> = [
      [413, '<html><body>413 Request Entity Too Large</body></html>', 'PAYLOAD_TOO_LARGE'],
      [415, null, 'UNSUPPORTED_MEDIA_TYPE'],
      [400, '', 'MALFORMED_REQUEST'],
      [429, null, 'RATE_LIMITED'],
      [502, '<html>Bad Gateway</html>', 'INTERNAL'],
      [200, { unexpected: true }, 'INTERNAL'],
      [500, { ok: false }, 'INTERNAL']
    ]
    for (const [statusCode, data, code] of cases) {
      answer = { statusCode, data }
      const e = await failure()
      expect(e.code).toBe(code)
      expect(e.message).not.toBe('网络连接失败，请检查网络后重试')
    }
  })

  it('keeps the message of an error code this client does not know yet', async () => {
    answer = { statusCode: 200, data: appError('SOMETHING_NEW', '新的错误说明') }
    expect(await failure()).toMatchObject({ code: 'INTERNAL', message: '新的错误说明' })
  })

  it('is a network failure only when no answer came at all', async () => {
    answer = new Error('request:fail timeout')
    expect(await failure()).toMatchObject({ code: 'NETWORK', message: '网络连接失败，请检查网络后重试', retryable: true })
  })

  it('still resolves a good answer', async () => {
    answer = { statusCode: 200, data: { ok: true, data: { hello: 1 } } }
    await expect(call('session.me', {})).resolves.toEqual({ hello: 1 })
  })
})

describe('appResult', () => {
  it('accepts only the app\'s answer shape', () => {
    expect(appResult({ ok: true, data: 1 })).toEqual({ ok: true, data: 1 })
    expect(appResult('{"ok":false,"error":{"code":"NOT_FOUND","message":"x"}}')).toMatchObject({ ok: false })
    for (const bad of [null, undefined, '', 'oops', 42, [], { ok: 'yes' }, { ok: false }, { ok: false, error: 'x' }]) expect(appResult(bad)).toBeNull()
  })
})


describe('the cloud transport', () => {
  function cloudTransport(callFunction: () => Promise<unknown>) {
    const env = { TARO_ENV: process.env.TARO_ENV, TARO_APP_CLOUD_ENV: process.env.TARO_APP_CLOUD_ENV }
    process.env.TARO_ENV = 'weapp'
    process.env.TARO_APP_CLOUD_ENV = 'env-test'
    let transport!: typeof import('../../src/services/transport')
    jest.isolateModules(() => {
      // the fresh module registry has its own Taro: stand in for its cloud SDK
      const taro = (require('@tarojs/taro') as { default: { cloud: Record<string, unknown> } }).default
      taro.cloud = { ...taro.cloud, init: () => undefined, callFunction }
      transport = require('../../src/services/transport')
    })
    const chosen = transport.currentTransport()
    Object.assign(process.env, env)
    return chosen
  }

  it('passes the function\'s answer through, calls a crash before the router a server fault, and no answer a network failure', async () => {
    const envelope = { action: 'session.me' as const, payload: {} }
    await expect(cloudTransport(async () => ({ result: appError('FORBIDDEN', '您没有权限进行此操作') }))(envelope)).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    await expect(cloudTransport(async () => ({ result: undefined }))(envelope)).rejects.toMatchObject({ code: 'INTERNAL' })
    await expect(cloudTransport(async () => ({ result: { errorMessage: 'Task timed out' } }))(envelope)).rejects.toMatchObject({ code: 'INTERNAL' })
    await expect(
      cloudTransport(async () => {
        throw new Error('cloud.callFunction:fail')
      })(envelope)
    ).rejects.toMatchObject({ code: 'NETWORK' })
  })
})
