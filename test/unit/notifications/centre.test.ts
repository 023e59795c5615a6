import { addNotifications, type NewNotification } from '../../../cloudfunctions/api/src/domain/notifications'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { FIX, openBed, seedFixture, snapshotCounts, type Bed } from '../helpers'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const note = (openid: string, title: string, extra: Partial<NewNotification> = {}): NewNotification => ({
  userId: userIdFor(openid),
  kind: 'case',
  title,
  body: `${title}的内容`,
  link: '/packages/case/detail/index?id=c1',
  caseId: 'c1',
  ...extra
})

/** three for owner A at increasing times, one for owner B */
async function seedNotes(): Promise<void> {
  await addNotifications(bed.db, [note(FIX.ownerA, '第一条')], new Date('2026-11-20T01:00:00Z'))
  await addNotifications(bed.db, [note(FIX.ownerA, '第二条'), note(FIX.ownerB, '乙的通知')], new Date('2026-11-20T02:00:00Z'))
  await addNotifications(bed.db, [note(FIX.ownerA, '第三条', { kind: 'notice', caseId: null })], new Date('2026-11-20T03:00:00Z'))
}

async function idsOf(openid: string): Promise<string[]> {
  const { data } = await bed.db.collection(COLLECTIONS.notifications).where({ userId: userIdFor(openid) }).orderBy('createdAt', 'asc').get()
  return data.map((d) => d._id)
}

describe('addNotifications', () => {
  it('writes rows with generated ids, unread, pushState by template', async () => {
    await addNotifications(bed.db, [note(FIX.ownerA, '甲'), note(FIX.ownerA, '乙', { template: 'caseProgress' })], bed.clock.now())
    const { data } = await bed.db.collection(COLLECTIONS.notifications).orderBy('title', 'asc').get()
    expect(data).toHaveLength(2)
    expect(data[0]._id).not.toEqual(data[1]._id)
    expect(data.map((d) => [d.title, d.template, d.pushState, d.readAt])).toEqual([
      ['乙', 'caseProgress', 'pending', null],
      ['甲', null, 'none', null]
    ])
  })

  it('commits or rolls back with the transaction it is part of', async () => {
    await bed.db.runTransaction(async (tx) => addNotifications(tx, [note(FIX.ownerA, '已提交')], bed.clock.now()))
    await expect(
      bed.db.runTransaction(async (tx) => {
        await addNotifications(tx, [note(FIX.ownerA, '已回滚')], bed.clock.now())
        throw new Error('the transition failed')
      })
    ).rejects.toThrow('the transition failed')
    const { data } = await bed.db.collection(COLLECTIONS.notifications).get()
    expect(data.map((d) => d.title)).toEqual(['已提交'])
  })
})

describe('notification centre', () => {
  it('lists only the caller’s own notifications, newest first, with paging', async () => {
    await seedNotes()
    const r = await bed.call(FIX.ownerA, 'notification.list', { pageSize: 2 })
    expect(r).toMatchObject({ ok: true, data: { total: 3, hasMore: true, items: [{ title: '第三条', kind: 'notice', read: false }, { title: '第二条' }] } })
    expect(Object.keys(r.ok && r.data.items[0]).sort()).toEqual(['_id', 'body', 'createdAt', 'kind', 'link', 'read', 'title'])
    const b = await bed.call(FIX.ownerB, 'notification.list', {})
    expect(b).toMatchObject({ ok: true, data: { total: 1, items: [{ title: '乙的通知' }] } })
    expect(await bed.call(FIX.guest, 'notification.list', {})).toMatchObject({ ok: true, data: { total: 0, items: [] } })
    expect(await bed.call(null, 'notification.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
  })

  it('marks own notifications read; someone else’s ids are ignored', async () => {
    await seedNotes()
    const [first, second] = await idsOf(FIX.ownerA)
    const [theirs] = await idsOf(FIX.ownerB)
    expect(await bed.call(FIX.ownerA, 'notification.unreadCount')).toEqual({ ok: true, data: { count: 3 } })

    expect(await bed.call(FIX.ownerA, 'notification.markRead', { ids: [first, theirs] })).toEqual({ ok: true, data: { count: 2 } })
    expect(await bed.call(FIX.ownerB, 'notification.unreadCount')).toEqual({ ok: true, data: { count: 1 } })
    // B cannot mark A's as read either
    expect(await bed.call(FIX.ownerB, 'notification.markRead', { ids: [second] })).toEqual({ ok: true, data: { count: 1 } })
    expect(await bed.call(FIX.ownerA, 'notification.unreadCount')).toEqual({ ok: true, data: { count: 2 } })

    const unread = await bed.call(FIX.ownerA, 'notification.list', { unreadOnly: true })
    expect(unread.ok && unread.data.items.map((n: { title: string }) => n.title)).toEqual(['第三条', '第二条'])
    const all = await bed.call(FIX.ownerA, 'notification.list', {})
    expect(all.ok && all.data.items.map((n: { read: boolean }) => n.read)).toEqual([false, false, true])

    expect(await bed.call(FIX.ownerA, 'notification.markRead', { all: true })).toEqual({ ok: true, data: { count: 0 } })
    expect(await bed.call(FIX.ownerB, 'notification.unreadCount')).toEqual({ ok: true, data: { count: 1 } })
  })

  it('a read time, once set, is not moved by marking again', async () => {
    await seedNotes()
    const [first] = await idsOf(FIX.ownerA)
    await bed.call(FIX.ownerA, 'notification.markRead', { ids: [first] })
    const readAt = (await bed.db.collection(COLLECTIONS.notifications).doc(first).get()).data?.readAt
    bed.clock.advanceDays(1)
    await bed.call(FIX.ownerA, 'notification.markRead', { all: true })
    expect((await bed.db.collection(COLLECTIONS.notifications).doc(first).get()).data?.readAt).toBe(readAt)
  })

  it('asks what to mark when given nothing', async () => {
    const before = await snapshotCounts(bed)
    expect(await bed.call(FIX.ownerA, 'notification.markRead', {})).toEqual({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'ids', message: '请选择要标为已读的通知' }
    })
    expect(await snapshotCounts(bed)).toEqual(before)
  })
})
