/** policy.getMany: the linked policies of a service in one read, in the order asked, never more than may be seen. */
import { digest, openBed, seedFixture, type Bed } from '../helpers'
import { fields, ok, published, PX, refused } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const idsOf = (list: Array<{ _id: string }>) => list.map((p) => p._id)

describe('policy.getMany', () => {
  it('answers summaries in the order asked, once each, without bodies', async () => {
    const a = await published(bed)
    const b = await published(bed, { title: '第二项测试政策' })
    const c = await published(bed)
    const list = await ok(bed, PX.ownerA, 'policy.getMany', { ids: [c._id, a._id, b._id, a._id] })
    expect(idsOf(list)).toEqual([c._id, a._id, b._id])
    expect(list[2]).toMatchObject({ _id: b._id, title: '第二项测试政策', docNumber: b.docNumber, status: b.status, window: b.window })
    expect(list[0]).not.toHaveProperty('bodyHtml')
    expect(await ok(bed, PX.guest, 'policy.getMany', { ids: [] })).toEqual([])
  })

  it('leaves out drafts, withdrawn and missing policies for those who may not see them', async () => {
    const live = await published(bed)
    const draftA = await ok(bed, PX.managerA, 'policy.save', { fields: fields() })
    const gone = await published(bed)
    await ok(bed, PX.admin, 'policy.withdraw', { id: gone._id, reason: '政策已调整' })
    const ids = [draftA._id, live._id, gone._id, 'policy-none']
    for (const who of [PX.ownerA, PX.guest, PX.stewardA]) {
      expect({ who, ids: idsOf(await ok(bed, who, 'policy.getMany', { ids })) }).toEqual({ who, ids: [live._id] })
    }
    // as with policy.get: any manager sees a withdrawn city policy, only the park's manager its draft, the admin all
    expect(idsOf(await ok(bed, PX.managerB, 'policy.getMany', { ids }))).toEqual([live._id, gone._id])
    expect(idsOf(await ok(bed, PX.managerA, 'policy.getMany', { ids }))).toEqual([draftA._id, live._id, gone._id])
    expect(idsOf(await ok(bed, PX.admin, 'policy.getMany', { ids }))).toEqual([draftA._id, live._id, gone._id])
  })

  it('refuses more than 20 ids and malformed ones, and writes nothing', async () => {
    const before = digest(bed)
    const many = Array.from({ length: 21 }, (_, i) => `p${i}`)
    expect(await refused(bed, PX.ownerA, 'policy.getMany', { ids: many })).toMatchObject({ code: 'INVALID_INPUT', message: '一次最多查询20项政策' })
    expect((await refused(bed, PX.ownerA, 'policy.getMany', { ids: ['bad id!'] })).code).toBe('INVALID_INPUT')
    expect((await refused(bed, PX.ownerA, 'policy.getMany', {})).code).toBe('INVALID_INPUT')
    expect(digest(bed)).toBe(before)
  })
})
