/**
 * The cloud content-security port with a stand-in for cloud.openapi: what it sends to
 * msgSecCheck v2 and how the suggestion maps onto pass / review / reject.
 */
import { cloudContentCheck, type MsgSecCheckParams, type MsgSecCheckResult } from '../../../cloudfunctions/api/src/platform/cloudContentCheck'

function standIn(answer: MsgSecCheckResult | (() => never)) {
  const calls: MsgSecCheckParams[] = []
  const logs: string[] = []
  const cloud = {
    openapi: {
      security: {
        msgSecCheck: async (params: MsgSecCheckParams) => {
          calls.push(params)
          return typeof answer === 'function' ? answer() : answer
        }
      }
    }
  }
  return { calls, logs, checker: cloudContentCheck(cloud, (m) => logs.push(m)) }
}

const input = { text: '供应精密零部件加工\n本公司可承接数控加工', openid: 'oid-x', scene: 'post' as const }

it('calls msgSecCheck v2 with the openid, the forum scene, the content and a title', async () => {
  const { calls, checker } = standIn({ errCode: 0, result: { suggest: 'pass', label: 100 } })
  await checker.check(input)
  expect(calls).toEqual([{ openid: 'oid-x', scene: 3, version: 2, content: input.text, title: '供应精密零部件加工' }])
  await checker.check({ ...input, scene: 'comment' })
  expect(calls[1].scene).toBe(2)
})

it.each([
  ['pass', 100, { result: 'pass', label: null }],
  ['review', 10001, { result: 'review', label: '广告' }],
  ['risky', 20006, { result: 'reject', label: '违法犯罪' }],
  ['risky', 29999, { result: 'reject', label: '29999' }],
  ['something-new', 21000, { result: 'review', label: '其他' }]
])('maps suggest %s (label %s)', async (suggest, label, verdict) => {
  const { checker } = standIn({ errCode: 0, errMsg: 'ok', result: { suggest, label } })
  expect(await checker.check(input)).toEqual(verdict)
})

it('holds the text for review when the call fails or answers an error code', async () => {
  const failing = standIn(() => {
    throw Object.assign(new Error('openid not visited recently'), { errCode: 61010 })
  })
  expect(await failing.checker.check(input)).toEqual({ result: 'review', label: '内容安全检测失败' })
  expect(failing.logs).toHaveLength(1)
  const refusing = standIn({ errCode: 40001, errMsg: 'invalid credential' })
  expect((await refusing.checker.check(input)).result).toBe('review')
})

it('treats the platform’s risky-content refusal (87014) as reject', async () => {
  const { checker } = standIn(() => {
    throw Object.assign(new Error('risky content'), { errCode: 87014 })
  })
  expect((await checker.check(input)).result).toBe('reject')
})

it('sends at most 2500 characters', async () => {
  const { calls, checker } = standIn({ errCode: 0, result: { suggest: 'pass' } })
  await checker.check({ ...input, text: '字'.repeat(3000) })
  expect(calls[0].content).toHaveLength(2500)
})
