import { cloudMessenger, type WxOpenApiLike } from '../../../cloudfunctions/api/src/platform/cloudMessenger'

type SendParams = Parameters<WxOpenApiLike['openapi']['subscribeMessage']['send']>[0]

/** stands in for wx-server-sdk's cloud object: records what would go to WeChat */
function fakeCloud(answer: { errCode?: number; errMsg?: string } = { errCode: 0, errMsg: 'openapi.subscribeMessage.send:ok' }) {
  const calls: SendParams[] = []
  const cloud: WxOpenApiLike = { openapi: { subscribeMessage: { send: async (p) => (calls.push(p), answer) } } }
  return { cloud, calls }
}

const message = {
  touser: 'oid-1',
  templateKey: 'caseProgress' as const,
  templateId: 'TPL-PROGRESS',
  page: 'packages/case/detail/index?id=c1',
  data: { thing1: { value: '您的咨询已有答复' } }
}

describe('cloud messenger', () => {
  it('takes template ids from SUBSCRIBE_TPL_* and logs the ones missing', () => {
    const logs: Array<Record<string, unknown>> = []
    const m = cloudMessenger(fakeCloud().cloud, { SUBSCRIBE_TPL_CASE_PROGRESS: ' TPL-PROGRESS ', SUBSCRIBE_TPL_RATE_REMINDER: 'TPL-RATE' }, (msg, f) => logs.push({ msg, ...f }))
    expect(m.templates).toEqual({ caseProgress: 'TPL-PROGRESS', rateReminder: 'TPL-RATE', caseOverdue: '' })
    expect(logs).toEqual([{ msg: 'subscribe template not configured; its messages are skipped', template: 'caseOverdue', variable: 'SUBSCRIBE_TPL_CASE_OVERDUE' }])
  })

  it('calls subscribeMessage.send with the cloud-call parameter names', async () => {
    const { cloud, calls } = fakeCloud()
    await cloudMessenger(cloud, { SUBSCRIBE_TPL_CASE_PROGRESS: 'TPL-PROGRESS', SUBSCRIBE_MINIPROGRAM_STATE: 'trial' }, () => {}).send(message)
    expect(calls).toEqual([{ touser: 'oid-1', templateId: 'TPL-PROGRESS', page: 'packages/case/detail/index?id=c1', data: message.data, miniprogramState: 'trial', lang: 'zh_CN' }])
  })

  it('treats a non-zero errCode as a failed send', async () => {
    const { cloud } = fakeCloud({ errCode: 43101, errMsg: 'user refuse to accept the msg' })
    await expect(cloudMessenger(cloud, {}, () => {}).send(message)).rejects.toThrow('43101')
  })

  it('drops a message for an unconfigured template instead of crashing', async () => {
    const { cloud, calls } = fakeCloud()
    const logs: string[] = []
    await cloudMessenger(cloud, {}, (m) => logs.push(m)).send({ ...message, templateId: '' })
    expect(calls).toEqual([])
    expect(logs).toContain('subscribe message dropped: template not configured')
  })
})
