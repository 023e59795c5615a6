/** The 管家团队 directory: filters by park, duty and text, paging, and what each card carries. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { openBed, type Bed } from '../helpers'
import { ok, seedStewards, SX, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedStewards(bed)
})
afterEach(() => bed.close())

const names = async (payload: Record<string, unknown>, caller = SX.ownerA): Promise<string[]> =>
  (await ok(bed, caller, 'steward.list', payload)).items.map((c: { name: string }) => c.name)

describe('steward.list', () => {
  it('lists stewards only, by park then name, to anyone signed in (a guest too)', async () => {
    // within a park by name as stored (code point order: 乙 U+4E59 before 甲 U+7532)
    expect(await names({}, SX.guest)).toEqual(['管家乙', '管家甲', '管家丁'])
    const all = await ok(bed, SX.guest, 'steward.list', {})
    expect(all.total).toBe(3)
    expect(all.items.map((c: { parkId: string }) => c.parkId)).toEqual([SX.parkA, SX.parkA, SX.parkB])
    expect(all.items.every((c: { _id: string }) => ![uid(SX.managerA), uid(SX.ownerA), uid(SX.admin)].includes(c._id))).toBe(true)
  })

  it('filters by park', async () => {
    expect((await names({ parkId: SX.parkB })).sort()).toEqual(['管家丁'])
    expect((await names({ parkId: SX.parkA })).sort()).toEqual(['管家乙', '管家甲'].sort())
  })

  it('filters by one of the 五员 duties', async () => {
    expect((await names({ duty: '联络员' })).sort()).toEqual(['管家丁', '管家乙'].sort())
    expect(await names({ duty: '办事员' })).toEqual(['管家甲'])
    expect(await names({ duty: '销售员' })).toEqual([])
  })

  it('searches name, expertise (part of a word) and department, combined with the other filters', async () => {
    expect(await names({ q: '管家丁' })).toEqual(['管家丁'])
    expect(await names({ q: '高新技术' })).toEqual(['管家甲'])
    expect(await names({ q: '招聘' })).toEqual(['管家乙'])
    expect(await names({ q: '招商服务中心' })).toEqual(['管家乙'])
    expect(await names({ q: '物流', parkId: SX.parkA })).toEqual([])
    expect(await names({ q: '联络', duty: '保障员' })).toEqual([])
  })

  it('treats search text literally', async () => {
    expect(await names({ q: '.*' })).toEqual([])
    expect(await names({ q: '(' })).toEqual([])
  })

  it('pages', async () => {
    const first = await ok(bed, SX.ownerA, 'steward.list', { page: 1, pageSize: 2 })
    const second = await ok(bed, SX.ownerA, 'steward.list', { page: 2, pageSize: 2 })
    expect([first.total, first.items.length, first.hasMore]).toEqual([3, 2, true])
    expect([second.items.length, second.hasMore]).toEqual([1, false])
  })

  it('says what each card carries: title, department, park, duties, expertise, photo, enterprises in care', async () => {
    const { items } = await ok(bed, SX.ownerB, 'steward.list', { parkId: SX.parkA })
    const a = items.find((c: { name: string }) => c.name === '管家甲')
    expect(a).toMatchObject({
      _id: uid(SX.stewardA),
      title: '高新区经济发展局副局长',
      department: '湘潭高新区管委会',
      parkName: '示例高新区',
      duties: ['信息员', '办事员'],
      expertise: ['高新技术企业认定', '科技金融'],
      photo: null,
      enterpriseCount: 1
    })
    expect(items.find((c: { name: string }) => c.name === '管家乙')).toMatchObject({ enterpriseCount: 0, photo: 'cloud://env/stewards/a2.jpg' })
  })

  it('gives a steward without a card a readable default', async () => {
    const at = '2026-01-01T00:00:00.000Z'
    await bed.db.collection(COLLECTIONS.users).doc('u-new-steward').set({ data: { openid: 'oid-new', role: 'steward', name: '新管家', phone: '', parkId: SX.parkB, enterpriseId: null, createdAt: at, updatedAt: at } })
    const card = (await ok(bed, SX.ownerA, 'steward.list', { q: '新管家' })).items[0]
    expect(card).toMatchObject({ title: '企业管家', department: '', duties: [], expertise: [], photo: null, phone: '', phoneVisible: false })
  })

  it('refuses an unknown duty with a message', async () => {
    expect(await bed.call(SX.ownerA, 'steward.list', { duty: '宣传员' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', message: '职责不存在' } })
  })
})

describe('steward.get', () => {
  it('answers NOT_FOUND for a user who is not a steward', async () => {
    expect(await bed.call(SX.ownerA, 'steward.get', { id: uid(SX.managerA) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(SX.ownerA, 'steward.get', { id: 'u-nobody' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('names the enterprises in care only to the steward, the managers of that park and the admin', async () => {
    const id = uid(SX.stewardA)
    for (const who of [SX.stewardA, SX.managerA, SX.admin]) {
      expect((await ok(bed, who, 'steward.get', { id })).enterprises).toEqual([{ _id: SX.entA._id, name: SX.entA.name }])
    }
    for (const who of [SX.guest, SX.ownerA, SX.ownerB, SX.stewardA2, SX.managerB]) {
      const detail = await ok(bed, who, 'steward.get', { id })
      expect(detail.enterprises).toBeNull()
      expect(JSON.stringify(detail)).not.toContain(SX.entA.name)
      expect(detail.enterpriseCount).toBe(1)
    }
  })

  it('tells an entrepreneur whether this is their own steward', async () => {
    expect((await ok(bed, SX.ownerA, 'steward.get', { id: uid(SX.stewardA) })).mine).toBe(true)
    expect((await ok(bed, SX.ownerA, 'steward.get', { id: uid(SX.stewardA2) })).mine).toBe(false)
    expect((await ok(bed, SX.ownerA2, 'steward.get', { id: uid(SX.stewardA) })).mine).toBe(false)
  })
})
