/**
 * Contact details: shown to the posting enterprise and the managers of its park; to
 * anyone else only after the poster accepts their request — never in a list, never to a
 * declined requester.
 */
import { openBed, type Bed } from '../helpers'
import { CC, notificationsOf, ok, publish, refused, seedCircle } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCircle(bed)
})
afterEach(() => bed.close())

const CONTACT = { name: '王经理', phone: '13911112222' }
const get = (openid: string, id: string) => ok(bed, openid, 'post.get', { id })
const ask = (openid: string, id: string) => ok(bed, openid, 'post.requestContact', { id, message: '我司需要一批零部件，想进一步了解。' })
const requestsOf = async (openid: string) => (await ok(bed, openid, 'post.contactRequests', {})).items

describe('before any request', () => {
  it('masks the contact for everyone not entitled, in the list and the detail', async () => {
    const post = await publish(bed)
    for (const who of [CC.ownerB, CC.ownerA2, CC.guest, CC.stewardA, CC.managerB]) {
      const [summary] = (await ok(bed, who, 'post.list', {})).items
      expect(JSON.stringify(summary)).not.toContain(CONTACT.phone)
      expect(JSON.stringify(summary)).not.toContain(CONTACT.name)
      const detail = await get(who, post._id)
      expect(detail.contact).toBeNull()
      expect(JSON.stringify(detail)).not.toContain(CONTACT.phone)
    }
    expect((await get(CC.ownerB, post._id)).contactState).toBe('none')
  })

  it('shows it to the posting enterprise and the managers of its park', async () => {
    const post = await publish(bed)
    for (const who of [CC.ownerA, CC.colleagueA, CC.managerA, CC.admin]) expect((await get(who, post._id)).contact).toEqual(CONTACT)
    expect((await get(CC.colleagueA, post._id)).contactState).toBe('own')
  })

  it('keeps it out of the search: the phone number finds nothing', async () => {
    await publish(bed)
    expect((await ok(bed, CC.ownerB, 'post.list', { q: '13911112222' })).total).toBe(0)
    expect((await ok(bed, CC.ownerB, 'post.list', { q: '王经理' })).total).toBe(0)
  })
})

describe('a contact request', () => {
  it('is pending until answered; the contact stays masked meanwhile; the poster is told', async () => {
    const post = await publish(bed)
    const asked = await ask(CC.ownerB, post._id)
    expect(asked).toMatchObject({ contactState: 'requested', contact: null })
    expect(await get(CC.ownerB, post._id)).toMatchObject({ contactState: 'requested', contact: null })
    const [request] = await requestsOf(CC.colleagueA)
    expect(request).toMatchObject({ postId: post._id, postTitle: '供应精密零部件加工', requesterEnterpriseName: CC.entB.name, requesterName: '乙企业主', state: 'pending' })
    expect((await notificationsOf(bed, CC.ownerA)).map((n) => n.title)).toEqual(['有企业想联系您'])
    expect(await requestsOf(CC.ownerB)).toEqual([])
  })

  it('is made once per post', async () => {
    const post = await publish(bed)
    await ask(CC.ownerB, post._id)
    expect((await refused(bed, CC.ownerB, 'post.requestContact', { id: post._id, message: '再次申请联系方式' })).code).toBe('ALREADY_REQUESTED')
    expect(await requestsOf(CC.ownerA)).toHaveLength(1)
  })

  it('reveals the contact to that requester only after acceptance', async () => {
    const post = await publish(bed)
    await ask(CC.ownerB, post._id)
    await ask(CC.ownerA2, post._id)
    const requests = await requestsOf(CC.ownerA)
    const fromB = requests.find((r: { requesterName: string }) => r.requesterName === '乙企业主')
    expect(await ok(bed, CC.ownerA, 'post.answerContact', { requestId: fromB._id, accept: true })).toMatchObject({ state: 'accepted' })

    expect(await get(CC.ownerB, post._id)).toMatchObject({ contactState: 'accepted', contact: CONTACT })
    expect((await get(CC.ownerA2, post._id)).contact).toBeNull()
    expect((await get(CC.guest, post._id)).contact).toBeNull()
    // the list never carries it, even to the accepted requester
    expect(JSON.stringify((await ok(bed, CC.ownerB, 'post.list', {})).items)).not.toContain(CONTACT.phone)
    expect((await notificationsOf(bed, CC.ownerB)).map((n) => n.title)).toEqual(['对方已同意您的联系申请'])
  })

  it('never reveals it to a declined requester, who cannot ask again or be accepted later', async () => {
    const post = await publish(bed)
    await ask(CC.ownerB, post._id)
    const [request] = await requestsOf(CC.ownerA)
    await ok(bed, CC.ownerA, 'post.answerContact', { requestId: request._id, accept: false })
    expect(await get(CC.ownerB, post._id)).toMatchObject({ contactState: 'declined', contact: null })
    expect((await refused(bed, CC.ownerB, 'post.requestContact', { id: post._id, message: '请再考虑一下' })).code).toBe('ALREADY_REQUESTED')
    expect((await refused(bed, CC.ownerA, 'post.answerContact', { requestId: request._id, accept: true })).code).toBe('CONFLICT')
    expect((await get(CC.ownerB, post._id)).contact).toBeNull()
    expect((await notificationsOf(bed, CC.ownerB)).map((n) => n.title)).toEqual(['对方婉拒了您的联系申请'])
  })

  it('cannot be answered by another enterprise, nor made on one’s own post', async () => {
    const post = await publish(bed)
    await ask(CC.ownerB, post._id)
    const [request] = await requestsOf(CC.ownerA)
    expect((await refused(bed, CC.ownerA2, 'post.answerContact', { requestId: request._id, accept: true })).code).toBe('NOT_FOUND')
    expect((await refused(bed, CC.ownerB, 'post.answerContact', { requestId: request._id, accept: true })).code).toBe('NOT_FOUND')
    expect((await get(CC.ownerB, post._id)).contact).toBeNull()
    expect((await refused(bed, CC.colleagueA, 'post.requestContact', { id: post._id, message: '自己企业的信息' })).code).toBe('FORBIDDEN')
    expect((await refused(bed, CC.guest, 'post.requestContact', { id: post._id, message: '想了解一下' })).code).toBe('NOT_BOUND')
  })

  it('is refused on a post that is not live', async () => {
    const post = await publish(bed)
    await ok(bed, CC.ownerA, 'post.close', { id: post._id })
    expect((await refused(bed, CC.ownerB, 'post.requestContact', { id: post._id, message: '想了解一下' })).code).toBe('POST_UNAVAILABLE')
  })

  it('with a listed reject word in the message is refused', async () => {
    const post = await publish(bed)
    expect((await refused(bed, CC.ownerB, 'post.requestContact', { id: post._id, message: '我们做博彩推广，想合作' })).code).toBe('CONTENT_REJECTED')
    expect(await requestsOf(CC.ownerA)).toEqual([])
  })
})
