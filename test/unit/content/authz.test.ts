/** Only managers write news and notices, and a park manager only inside their park. */
import { digest, openBed, type Bed } from '../helpers'
import { audience, NN, noticeInput, ok, seedContent, sendNotice } from './fixture'
import { newsInput } from './news.fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedContent(bed)
})
afterEach(() => bed.close())

const refused = async (openid: string, action: string, payload: unknown, code: string) => {
  const before = digest(bed)
  expect(await bed.call(openid, action, payload)).toMatchObject({ ok: false, error: { code } })
  expect(digest(bed)).toBe(before)
}

describe('only managers publish', () => {
  it.each([NN.ownerA, NN.stewardA, NN.guest])('%s is refused every manager action, and nothing is written', async (who) => {
    const news = await ok(bed, NN.admin, 'news.save', newsInput())
    const notice = await ok(bed, NN.admin, 'notice.save', noticeInput())
    await refused(who, 'news.save', newsInput(), 'FORBIDDEN')
    await refused(who, 'news.publish', { id: news._id }, 'FORBIDDEN')
    await refused(who, 'news.unpublish', { id: news._id }, 'FORBIDDEN')
    await refused(who, 'news.manageList', {}, 'FORBIDDEN')
    await refused(who, 'notice.save', noticeInput(), 'FORBIDDEN')
    await refused(who, 'notice.publish', { id: notice._id }, 'FORBIDDEN')
    await refused(who, 'notice.previewAudience', { audience: audience('city') }, 'FORBIDDEN')
    await refused(who, 'notice.stats', { id: notice._id }, 'FORBIDDEN')
    await refused(who, 'notice.enterprises', {}, 'FORBIDDEN')
  })
})

describe('a park manager stays in their park', () => {
  it('cannot target another park, its enterprises or the whole city: PARK_SCOPE, nothing written', async () => {
    const cases = [
      audience('parks', { parkIds: [NN.parkB] }),
      audience('parks', { parkIds: [NN.parkA, NN.parkB] }),
      audience('enterprises', { enterpriseIds: [NN.entA._id, NN.entB._id] }),
      audience('industries', { industries: ['智能制造'], parkIds: [NN.parkB] }),
      audience('city')
    ]
    for (const a of cases) {
      await refused(NN.managerA, 'notice.save', noticeInput({ audience: a }), 'PARK_SCOPE')
      await refused(NN.managerA, 'notice.previewAudience', { audience: a }, 'PARK_SCOPE')
    }
  })

  it('cannot edit, publish or count another park’s notice, nor edit a published one', async () => {
    const draft = await ok(bed, NN.managerB, 'notice.save', noticeInput({ audience: audience('parks', { parkIds: [NN.parkB] }) }))
    await refused(NN.managerA, 'notice.publish', { id: draft._id }, 'PARK_SCOPE')
    await refused(NN.managerA, 'notice.save', { ...noticeInput({ audience: audience('parks', { parkIds: [NN.parkA] }) }), id: draft._id }, 'PARK_SCOPE')
    await refused(NN.managerA, 'notice.manageGet', { id: draft._id }, 'PARK_SCOPE')
    const sent = await sendNotice(bed, NN.managerA, { audience: audience('parks', { parkIds: [NN.parkA] }) })
    await refused(NN.managerA, 'notice.save', { ...noticeInput({ audience: audience('parks', { parkIds: [NN.parkA] }) }), id: sent._id }, 'INVALID_TRANSITION')
  })

  it('picks enterprises from their own park only', async () => {
    const mine = await ok(bed, NN.managerA, 'notice.enterprises', {})
    expect(mine.items.map((e: { _id: string }) => e._id).sort()).toEqual([NN.entA._id, NN.entA2._id].sort())
    const found = await ok(bed, NN.managerA, 'notice.enterprises', { q: '物流' })
    expect(found.items).toEqual([])
    expect((await ok(bed, NN.admin, 'notice.enterprises', { q: '物流' })).items.map((e: { _id: string }) => e._id)).toEqual([NN.entB._id])
  })

  it('edits only their park’s news', async () => {
    const theirs = await ok(bed, NN.managerB, 'news.save', newsInput())
    await refused(NN.managerA, 'news.save', { ...newsInput(), id: theirs._id }, 'PARK_SCOPE')
    await refused(NN.managerA, 'news.publish', { id: theirs._id }, 'PARK_SCOPE')
    expect((await ok(bed, NN.managerA, 'news.manageList')).items).toEqual([])
    expect((await ok(bed, NN.admin, 'news.manageList')).items.map((n: { _id: string; editable: boolean }) => [n._id, n.editable])).toEqual([[theirs._id, true]])
  })

  it('an unknown park or enterprise is refused with a message', async () => {
    await refused(NN.admin, 'notice.save', noticeInput({ audience: audience('parks', { parkIds: ['park-x'] }) }), 'INVALID_INPUT')
    await refused(NN.admin, 'notice.save', noticeInput({ audience: audience('enterprises', { enterpriseIds: ['ent-x'] }) }), 'INVALID_INPUT')
    await refused(NN.admin, 'notice.save', noticeInput({ audience: audience('industries') }), 'INVALID_INPUT')
  })
})
