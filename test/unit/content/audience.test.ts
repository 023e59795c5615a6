/** A notice reaches its audience only: in notice.list, notice.get and the home feed. */
import { openBed, type Bed } from '../helpers'
import { audience, ids, NN, ok, seedContent, sendNotice } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedContent(bed)
})
afterEach(() => bed.close())

async function sees(openid: string, id: string): Promise<{ list: boolean; get: boolean; home: boolean }> {
  const list = ids(await bed.call(openid, 'notice.list', { pageSize: 50 })).includes(id)
  const get = (await bed.call(openid, 'notice.get', { id })).ok
  const feed = await ok(bed, openid, 'home.feed')
  const home = [...feed.urgentNotices, ...feed.notices].some((n: { _id: string }) => n._id === id)
  return { list, get, home }
}
const everywhere = { list: true, get: true, home: true }
const nowhere = { list: false, get: false, home: false }

describe('notice audiences', () => {
  it('a park notice is read by that park’s entrepreneurs and staff, not by another park’s', async () => {
    const n = await sendNotice(bed, NN.managerA, { audience: audience('parks', { parkIds: [NN.parkA] }), urgent: true })
    expect(await sees(NN.ownerA, n._id)).toEqual(everywhere)
    expect(await sees(NN.ownerA2, n._id)).toEqual(everywhere)
    expect(await sees(NN.stewardA, n._id)).toEqual(everywhere)
    expect(await sees(NN.ownerB, n._id)).toEqual(nowhere)
    expect(await sees(NN.stewardB, n._id)).toEqual(nowhere)
    expect(await sees(NN.managerB, n._id)).toEqual(nowhere)
    expect(await sees(NN.guest, n._id)).toEqual(nowhere)
    // urgent: pinned on home for park A only
    expect((await ok(bed, NN.ownerA, 'home.feed')).urgentNotices.map((x: { _id: string }) => x._id)).toEqual([n._id])
    expect((await ok(bed, NN.ownerB, 'home.feed')).urgentNotices).toEqual([])
  })

  it('an industry notice reaches that industry; a park manager’s is narrowed to their park', async () => {
    const city = await sendNotice(bed, NN.admin, { audience: audience('industries', { industries: ['智能制造'] }) })
    expect(await sees(NN.ownerA, city._id)).toEqual(everywhere)
    expect(await sees(NN.ownerB, city._id)).toEqual(everywhere)
    expect(await sees(NN.ownerA2, city._id)).toEqual(nowhere)

    const park = await sendNotice(bed, NN.managerA, { audience: audience('industries', { industries: ['智能制造'] }) })
    expect(park.target).toEqual({ kind: 'industries', parkIds: [NN.parkA], industries: ['智能制造'], enterpriseIds: [] })
    expect(await sees(NN.ownerA, park._id)).toEqual(everywhere)
    expect(await sees(NN.ownerB, park._id)).toEqual(nowhere)
    expect(await sees(NN.ownerA2, park._id)).toEqual(nowhere)
  })

  it('a notice to named enterprises is read by those enterprises only', async () => {
    const n = await sendNotice(bed, NN.managerA, { audience: audience('enterprises', { enterpriseIds: [NN.entA2._id] }), urgent: true })
    expect(await sees(NN.ownerA2, n._id)).toEqual(everywhere)
    expect(await sees(NN.ownerA, n._id)).toEqual(nowhere)
    expect(await sees(NN.ownerB, n._id)).toEqual(nowhere)
  })

  it('a city notice is read by everyone, guests included', async () => {
    const n = await sendNotice(bed, NN.admin)
    for (const who of [NN.ownerA, NN.ownerB, NN.guest, NN.stewardB, NN.managerA]) expect(await sees(who, n._id)).toEqual(everywhere)
  })

  it('managers read their park’s and the city’s; the admin reads everything', async () => {
    const a = await sendNotice(bed, NN.managerA, { audience: audience('enterprises', { enterpriseIds: [NN.entA._id] }) })
    const b = await sendNotice(bed, NN.managerB, { audience: audience('parks', { parkIds: [NN.parkB] }) })
    expect((await sees(NN.managerA, a._id)).get).toBe(true)
    expect((await sees(NN.managerA, b._id)).get).toBe(false)
    expect((await sees(NN.admin, a._id)).get).toBe(true)
    expect((await sees(NN.admin, b._id)).get).toBe(true)
  })

  it('drafts are read by nobody', async () => {
    const draft = await ok(bed, NN.admin, 'notice.save', { title: '草稿通知标题', body: '这是一条尚未发布的通知内容。', audience: audience('city') })
    for (const who of [NN.ownerA, NN.admin]) expect(await sees(who, draft._id)).toEqual(nowhere)
  })
})
