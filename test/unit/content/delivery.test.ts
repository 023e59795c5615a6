/** Publishing delivers one notification per recipient, once; a cut-short delivery resumes; 送达 / 已读. */
import { COLLECTIONS, type NoticeDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { deliverNotice } from '../../../cloudfunctions/api/src/domain/publishing'
import { runSweep } from '../../../cloudfunctions/api/src/domain/sweep'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { openBed, type Bed } from '../helpers'
import { audience, NN, noticeInput, noticeNotifications, ok, sendNotice } from './fixture'
import { seedContent } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedContent(bed)
})
afterEach(() => bed.close())

const recipients = async (noticeId: string) => (await noticeNotifications(bed, noticeId)).map((n) => n.userId).sort()
const sweep = () => runSweep({ db: bed.db, clock: bed.clock, messenger: outboxMessenger(bed.db, bed.clock) })

describe('preview', () => {
  it('counts enterprises and their users before anything is sent', async () => {
    const preview = (openid: string, a: unknown) => ok(bed, openid, 'notice.previewAudience', { audience: a })
    expect(await preview(NN.admin, audience('city'))).toEqual({ enterprises: 3, users: 3 })
    expect(await preview(NN.managerA, audience('parks', { parkIds: [NN.parkA] }))).toEqual({ enterprises: 2, users: 2 })
    expect(await preview(NN.admin, audience('industries', { industries: ['智能制造'] }))).toEqual({ enterprises: 2, users: 2 })
    expect(await preview(NN.managerA, audience('industries', { industries: ['智能制造'] }))).toEqual({ enterprises: 1, users: 1 })
    expect(await preview(NN.managerA, audience('enterprises', { enterpriseIds: [NN.entA._id, NN.entA2._id] }))).toEqual({ enterprises: 2, users: 2 })
    expect(await preview(NN.admin, audience('industries', { industries: ['生物医药'] }))).toEqual({ enterprises: 0, users: 0 })
    expect((await bed.db.collection(COLLECTIONS.notifications).count()).total).toBe(0)
  })
})

describe('publish', () => {
  it('delivers one notification per recipient, linked to the notice, with a subscribe message where subscribed', async () => {
    await ok(bed, NN.ownerA, 'subscription.record', { accepted: ['caseProgress'] })
    const n = await sendNotice(bed, NN.managerA, { audience: audience('parks', { parkIds: [NN.parkA] }), urgent: true })
    expect(await recipients(n._id)).toEqual([userIdFor(NN.ownerA), userIdFor(NN.ownerA2)].sort())
    const mine = await ok(bed, NN.ownerA, 'notification.list')
    expect(mine.items).toEqual([expect.objectContaining({ kind: 'notice', title: `【紧急】${n.title}`, link: `/packages/notice/detail/index?id=${n._id}`, read: false })])
    expect((await ok(bed, NN.ownerB, 'notification.list')).items).toEqual([])
    // the router sends pending pushes after the write: only ownerA had a credit
    const outbox = (await bed.db.collection(COLLECTIONS.outbox).get()).data
    expect(outbox.map((m) => m.touser)).toEqual([NN.ownerA])
    expect(n.stats).toEqual({ delivered: 2, read: 0, done: true })
  })

  it('publishing twice delivers once', async () => {
    const draft = await ok(bed, NN.admin, 'notice.save', noticeInput())
    await ok(bed, NN.admin, 'notice.publish', { id: draft._id })
    const again = await ok(bed, NN.admin, 'notice.publish', { id: draft._id })
    expect(again.publishedAt).toBeTruthy()
    expect(await recipients(draft._id)).toHaveLength(3)
    expect(await ok(bed, NN.admin, 'notice.stats', { id: draft._id })).toEqual({ delivered: 3, read: 0, done: true })
  })

  it('a delivery cut short resumes where it stopped and notifies nobody twice', async () => {
    const draft = await ok(bed, NN.admin, 'notice.save', noticeInput())
    const nowIso = bed.clock.now().toISOString()
    // as if publish had crashed right after marking the notice published
    await bed.db.collection(COLLECTIONS.notices).doc(draft._id).update({
      data: { status: 'published', publishedAt: nowIso, delivery: bed.db.command.set({ state: 'delivering', cursor: '', startedAt: nowIso, finishedAt: null }) }
    })
    expect(await deliverNotice(bed.db, draft._id, bed.clock.now(), { maxPages: 1, pageSize: 1 })).toBe(false)
    expect(await recipients(draft._id)).toEqual([userIdFor(NN.ownerA)])
    const stored = (await bed.db.collection(COLLECTIONS.notices).doc(draft._id).get()).data as NoticeDoc
    expect(stored.delivery).toMatchObject({ state: 'delivering', cursor: NN.entA._id })
    expect(await ok(bed, NN.admin, 'notice.stats', { id: draft._id })).toEqual({ delivered: 1, read: 0, done: false })

    // the same page again (a second runner, a retry) adds nothing
    await bed.db.collection(COLLECTIONS.notices).doc(draft._id).update({ data: { 'delivery.cursor': '' } })
    await deliverNotice(bed.db, draft._id, bed.clock.now(), { maxPages: 1, pageSize: 1 })
    expect(await recipients(draft._id)).toEqual([userIdFor(NN.ownerA)])

    expect(await sweep()).toMatchObject({ noticeDeliveriesResumed: 1 })
    expect(await recipients(draft._id)).toEqual([userIdFor(NN.ownerA), userIdFor(NN.ownerA2), userIdFor(NN.ownerB)].sort())
    expect(await ok(bed, NN.admin, 'notice.stats', { id: draft._id })).toEqual({ delivered: 3, read: 0, done: true })
    expect(await sweep()).toMatchObject({ noticeDeliveriesResumed: 0 })
    expect(await recipients(draft._id)).toHaveLength(3)
  })
})

describe('stats', () => {
  it('counts a recipient as read when they open the notice or its notification', async () => {
    const n = await sendNotice(bed, NN.managerA, { audience: audience('parks', { parkIds: [NN.parkA] }) })
    expect(await ok(bed, NN.managerA, 'notice.stats', { id: n._id })).toEqual({ delivered: 2, read: 0, done: true })
    await ok(bed, NN.ownerA, 'notice.get', { id: n._id })
    expect(await ok(bed, NN.managerA, 'notice.stats', { id: n._id })).toEqual({ delivered: 2, read: 1, done: true })
    expect((await ok(bed, NN.ownerA, 'notification.unreadCount')).count).toBe(0)
    // opening it again, or by a non-recipient, changes nothing
    await ok(bed, NN.ownerA, 'notice.get', { id: n._id })
    await ok(bed, NN.managerA, 'notice.get', { id: n._id })
    expect((await ok(bed, NN.managerA, 'notice.stats', { id: n._id })).read).toBe(1)
    const [note] = (await ok(bed, NN.ownerA2, 'notification.list')).items
    await ok(bed, NN.ownerA2, 'notification.markRead', { ids: [note._id] })
    expect(await ok(bed, NN.managerA, 'notice.stats', { id: n._id })).toEqual({ delivered: 2, read: 2, done: true })
    // the sent list carries the same counts
    const list = await ok(bed, NN.managerA, 'notice.manageList', { status: 'published' })
    expect(list.items.map((x: { _id: string; stats: unknown }) => [x._id, x.stats])).toEqual([[n._id, { delivered: 2, read: 2, done: true }]])
  })

  it('another park’s manager gets neither the stats nor the notice in their list', async () => {
    const n = await sendNotice(bed, NN.managerA, { audience: audience('parks', { parkIds: [NN.parkA] }) })
    expect(await bed.call(NN.managerB, 'notice.stats', { id: n._id })).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE' } })
    expect((await ok(bed, NN.managerB, 'notice.manageList')).items).toEqual([])
    expect((await ok(bed, NN.admin, 'notice.manageList')).items.map((x: { _id: string }) => x._id)).toEqual([n._id])
  })
})
