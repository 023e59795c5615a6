/**
 * A steward's phone: shown to users of an enterprise in that steward's care, the steward,
 * the managers of the steward's park and the admin; masked for everyone else, in the
 * directory, the detail and 我的管家 alike.
 */
import { openBed, type Bed } from '../helpers'
import { MASKED_A, ok, PHONES, seedStewards, SX, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedStewards(bed)
})
afterEach(() => bed.close())

async function seenBy(openid: string): Promise<Array<{ phone: string; phoneVisible: boolean }>> {
  const listed = (await ok(bed, openid, 'steward.list', { q: '管家甲' })).items[0]
  const detail = await ok(bed, openid, 'steward.get', { id: uid(SX.stewardA) })
  return [listed, detail].map(({ phone, phoneVisible }) => ({ phone, phoneVisible }))
}

const MASKED = { phone: MASKED_A, phoneVisible: false }
const VISIBLE = { phone: PHONES.stewardA, phoneVisible: true }

describe('管家甲 phone', () => {
  it.each([
    ['a guest', SX.guest],
    ['an entrepreneur of another park', SX.ownerB],
    ['an entrepreneur of the same park whose enterprise is not in care', SX.ownerA2],
    ['another steward of the same park', SX.stewardA2],
    ['a steward of another park', SX.stewardB],
    ['the manager of another park', SX.managerB]
  ])('is masked for %s, in the list and the detail', async (_who, openid) => {
    const seen = await seenBy(openid)
    expect(seen).toEqual([MASKED, MASKED])
    expect(JSON.stringify(await ok(bed, openid, 'steward.list', {}))).not.toContain(PHONES.stewardA)
  })

  it.each([
    ['a user of the enterprise in care', SX.ownerA],
    ['the steward', SX.stewardA],
    ['the manager of the park', SX.managerA],
    ['the city admin', SX.admin]
  ])('is visible to %s, in the list and the detail', async (_who, openid) => {
    expect(await seenBy(openid)).toEqual([VISIBLE, VISIBLE])
  })

  it('is visible on 我的管家 to the enterprise in care', async () => {
    expect((await ok(bed, SX.ownerA, 'steward.mine')).steward).toMatchObject({ _id: uid(SX.stewardA), ...VISIBLE })
  })

  it('follows the care: once the enterprise gets another steward, its users see the old number masked', async () => {
    await ok(bed, SX.managerA, 'steward.assign', { stewardId: uid(SX.stewardA2), enterpriseIds: [SX.entA._id], reason: '工作调整' })
    expect(await seenBy(SX.ownerA)).toEqual([MASKED, MASKED])
    const other = await ok(bed, SX.ownerA, 'steward.get', { id: uid(SX.stewardA2) })
    expect(other).toMatchObject({ phone: PHONES.stewardA2, phoneVisible: true, mine: true })
  })

  it('other stewards in the same answer keep their own rule', async () => {
    const { items } = await ok(bed, SX.ownerA, 'steward.list', {})
    const byName = Object.fromEntries(items.map((c: { name: string; phone: string }) => [c.name, c.phone]))
    expect(byName).toEqual({ 管家甲: PHONES.stewardA, 管家乙: '177****0915', 管家丁: '137****2254' })
  })
})
