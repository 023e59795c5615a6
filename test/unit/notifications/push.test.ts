import type { Messenger, SubscribeMessage } from '../../../cloudfunctions/api/src/domain/context'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { addNotifications, deliverPendingPushes } from '../../../cloudfunctions/api/src/domain/notifications'
import { outboxMessenger, recentOutbox } from '../../../server/messenger/outboxMessenger'
import type { SubscribeTemplateKey } from '../../../types'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'

let bed: Bed
let messenger: Messenger
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  messenger = outboxMessenger(bed.db, bed.clock)
})
afterEach(() => bed.close())

async function notify(template: SubscribeTemplateKey | null, title = '您的咨询已有答复', openid = FIX.ownerA): Promise<void> {
  await addNotifications(
    bed.db,
    [{ userId: userIdFor(openid), kind: 'case', title, body: '管家甲答复了您的咨询“厂房租金补贴如何申请”，请查看', link: '/packages/case/detail/index?id=c1', caseId: 'c1', template }],
    bed.clock.now()
  )
}

async function subscribe(openid: string, accepted: SubscribeTemplateKey[]) {
  const r = await bed.call(openid, 'subscription.record', { accepted })
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data
}

async function pushStates(): Promise<string[]> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).orderBy('createdAt', 'asc').orderBy('title', 'asc').get()
  return data.map((d) => d.pushState)
}

async function credits(openid: string) {
  return (await bed.db.collection(COLLECTIONS.subscriptions).doc(userIdFor(openid)).get()).data?.credits
}

describe('subscriptions', () => {
  it('lists the configured templates and counts one credit per acceptance', async () => {
    expect(await bed.call(FIX.guest, 'subscription.templates')).toEqual({
      ok: true,
      data: [
        { key: 'caseProgress', templateId: 'local-caseProgress', title: '办件进度通知' },
        { key: 'rateReminder', templateId: 'local-rateReminder', title: '服务评价提醒' },
        { key: 'caseOverdue', templateId: 'local-caseOverdue', title: '办件超期提醒' }
      ]
    })
    expect(await subscribe(FIX.ownerA, ['caseProgress', 'rateReminder'])).toEqual({ credits: { caseProgress: 1, rateReminder: 1 } })
    expect(await subscribe(FIX.ownerA, ['caseProgress', 'caseProgress'])).toEqual({ credits: { caseProgress: 2, rateReminder: 1 } })
    expect(await bed.call(FIX.ownerA, 'subscription.record', { accepted: ['nope'] })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '订阅模板不存在' } })
  })
})

describe('deliverPendingPushes', () => {
  it('sends once with a credit, spends the credit, and never sends twice', async () => {
    await subscribe(FIX.ownerA, ['caseProgress'])
    await notify('caseProgress')
    expect(await deliverPendingPushes(bed.db, messenger, bed.clock.now())).toBe(1)
    expect(await deliverPendingPushes(bed.db, messenger, bed.clock.now())).toBe(0)
    expect(await pushStates()).toEqual(['sent'])
    expect(await credits(FIX.ownerA)).toEqual({ caseProgress: 0 })

    const outbox = await recentOutbox(bed.db)
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({
      touser: FIX.ownerA,
      templateKey: 'caseProgress',
      templateId: 'local-caseProgress',
      page: 'packages/case/detail/index?id=c1',
      // thing fields are cut to WeChat's 20 characters; time is Beijing time
      data: { thing1: { value: '您的咨询已有答复' }, thing2: { value: '管家甲答复了您的咨询“厂房租金补贴如何…' }, time3: { value: '2026年11月20日 10:00' } },
      sentAt: bed.clock.now().toISOString()
    })
    expect([...outbox[0].data.thing2.value]).toHaveLength(20)
  })

  it('skips without a credit, and leaves plain notifications alone', async () => {
    await subscribe(FIX.ownerA, ['rateReminder'])
    await notify('caseProgress', 'a 有订阅模板')
    await notify(null, 'b 无订阅模板')
    expect(await deliverPendingPushes(bed.db, messenger, bed.clock.now())).toBe(0)
    expect(await pushStates()).toEqual(['skipped', 'none'])
    expect(await credits(FIX.ownerA)).toEqual({ rateReminder: 1 })
    expect(await recentOutbox(bed.db)).toEqual([])
  })

  it('one credit pays for one message: the second waits for nothing and is skipped', async () => {
    await subscribe(FIX.ownerA, ['caseProgress'])
    await notify('caseProgress', '甲')
    await notify('caseProgress', '乙')
    expect(await deliverPendingPushes(bed.db, messenger, bed.clock.now())).toBe(1)
    expect((await pushStates()).sort()).toEqual(['sent', 'skipped'])
  })

  it('two concurrent runs send once', async () => {
    await subscribe(FIX.ownerA, ['caseProgress'])
    await notify('caseProgress')
    const sent = await Promise.all([
      deliverPendingPushes(bed.db, messenger, bed.clock.now()),
      deliverPendingPushes(bed.db, messenger, bed.clock.now())
    ])
    expect(sent[0] + sent[1]).toBe(1)
    expect(await recentOutbox(bed.db)).toHaveLength(1)
  })

  it('a refused send is marked failed and the user keeps the credit', async () => {
    await subscribe(FIX.ownerA, ['caseProgress'])
    await notify('caseProgress')
    const logs: string[] = []
    const refusing: Messenger = {
      templates: messenger.templates,
      send: async () => {
        throw new Error('43101 user refuse to accept the msg')
      }
    }
    expect(await deliverPendingPushes(bed.db, refusing, bed.clock.now(), (m, f) => logs.push(`${m} ${f.error}`))).toBe(0)
    expect(await pushStates()).toEqual(['failed'])
    expect(await credits(FIX.ownerA)).toEqual({ caseProgress: 1 })
    expect(logs).toEqual(['subscribe message send failed 43101 user refuse to accept the msg'])
    // failed is final: it is not retried on the next run
    expect(await deliverPendingPushes(bed.db, messenger, bed.clock.now())).toBe(0)
  })

  it('a template without an id is skipped with a log line, keeping the credit', async () => {
    await subscribe(FIX.ownerA, ['caseOverdue'])
    await notify('caseOverdue')
    const sends: SubscribeMessage[] = []
    const unconfigured: Messenger = { templates: { ...messenger.templates, caseOverdue: '' }, send: async (m) => void sends.push(m) }
    const logs: Array<Record<string, unknown>> = []
    expect(await deliverPendingPushes(bed.db, unconfigured, bed.clock.now(), (message, f) => logs.push({ message, ...f }))).toBe(0)
    expect(sends).toEqual([])
    expect(await pushStates()).toEqual(['skipped'])
    expect(await credits(FIX.ownerA)).toEqual({ caseOverdue: 1 })
    expect(logs).toMatchObject([{ message: 'subscribe message skipped', template: 'caseOverdue', reason: 'template not configured' }])
  })

  it('the router delivers after a successful write', async () => {
    await notify('caseProgress')
    // subscription.record is itself a write: the pending message goes out right after it
    await subscribe(FIX.ownerA, ['caseProgress'])
    expect(await pushStates()).toEqual(['sent'])
    expect(await recentOutbox(bed.db)).toMatchObject([{ touser: FIX.ownerA, templateKey: 'caseProgress' }])
    expect(await credits(FIX.ownerA)).toEqual({ caseProgress: 0 })
  })
})
