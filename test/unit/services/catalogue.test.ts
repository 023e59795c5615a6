/** The catalogue: who reads what, and that only managers write it (audited, nothing half-written). */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, openBed, type Bed } from '../helpers'
import { IP_LOAN, ok, seedServices, SV, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedServices(bed)
})
afterEach(() => bed.close())

const names = (page: { items: Array<{ name: string }> }) => page.items.map((s) => s.name)
const newService = { ...IP_LOAN, name: '人才招聘专场', category: '人才招聘', modes: ['导办'] }

describe('service.list and service.get', () => {
  it('lists active services to anyone, in catalogue category order, without the paused one', async () => {
    const page = await ok(bed, SV.guest, 'service.list', {})
    // 企业开办 comes before 融资信贷 in SERVICE_CATEGORIES
    expect(names(page)).toEqual(['企业开办一件事', '知识产权质押融资'])
    expect(page).toMatchObject({ total: 2, page: 1, hasMore: false })
    expect(page.items[1]).toEqual({
      _id: SV.ipLoan,
      name: '知识产权质押融资',
      category: '融资信贷',
      department: '市金融工作服务中心',
      promisedDays: 5,
      fee: '免费',
      modes: ['帮办', '代办'],
      summary: IP_LOAN.summary,
      active: true,
      parkId: null
    })
  })

  it('filters by category and pages', async () => {
    expect(names(await ok(bed, SV.ownerA, 'service.list', { category: '融资信贷' }))).toEqual(['知识产权质押融资'])
    expect(names(await ok(bed, SV.ownerA, 'service.list', { category: '水电气报装' }))).toEqual([])
    const first = await ok(bed, SV.ownerA, 'service.list', { pageSize: 1 })
    const second = await ok(bed, SV.ownerA, 'service.list', { page: 2, pageSize: 1 })
    expect([first.hasMore, second.hasMore]).toEqual([true, false])
    expect([...names(first), ...names(second)]).toEqual(['企业开办一件事', '知识产权质押融资'])
  })

  it('shows the 一次性告知 materials on the detail', async () => {
    const detail = await ok(bed, SV.guest, 'service.get', { id: SV.ipLoan })
    expect(detail.materials).toEqual(IP_LOAN.materials)
    expect(detail).toMatchObject({ guide: IP_LOAN.guide, policyIds: [] })
  })

  it('hides a paused service from everyone but managers', async () => {
    for (const who of [SV.guest, SV.ownerA, SV.stewardA]) {
      expect(await bed.call(who, 'service.get', { id: SV.paused })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    }
    for (const who of [SV.managerA, SV.admin]) {
      expect(await ok(bed, who, 'service.get', { id: SV.paused })).toMatchObject({ name: '水电气报装', active: false })
    }
    expect(await bed.call(SV.guest, 'service.get', { id: 'svc-none' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('lists a paused service to managers only, so they can resume it', async () => {
    const ids = async (who: string) => ((await ok(bed, who, 'service.list', { pageSize: 50 })).items as Array<{ _id: string }>).map((s) => s._id)
    for (const who of [SV.guest, SV.ownerA, SV.stewardA]) expect(await ids(who)).not.toContain(SV.paused)
    for (const who of [SV.managerA, SV.admin]) expect(await ids(who)).toContain(SV.paused)
  })
})

describe('service.save', () => {
  it('is refused to guests, entrepreneurs and stewards, writing nothing', async () => {
    const before = digest(bed)
    for (const who of [SV.guest, SV.ownerA, SV.stewardA]) {
      expect(await bed.call(who, 'service.save', newService)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
      expect(await bed.call(who, 'service.save', { ...IP_LOAN, id: SV.ipLoan, active: false })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(digest(bed)).toBe(before)
  })

  it('lets a manager create a service: listed at once, audited', async () => {
    const created = await ok(bed, SV.managerA, 'service.save', newService)
    expect(created._id).toMatch(/^svc[0-9a-f]{20}$/)
    expect(created).toMatchObject({ name: '人才招聘专场', category: '人才招聘', modes: ['导办'], active: true })
    expect(names(await ok(bed, SV.ownerA, 'service.list', {}))).toEqual(['企业开办一件事', '知识产权质押融资', '人才招聘专场'])
    const { data } = await bed.db.collection(COLLECTIONS.audit).where({ action: 'service.save' }).get()
    expect(data).toEqual([expect.objectContaining({ actorId: uid(SV.managerA), target: created._id, detail: expect.objectContaining({ created: true }) })])
  })

  it('lets the admin update one: pausing takes it off the list, creation facts are kept', async () => {
    const updated = await ok(bed, SV.admin, 'service.save', { ...IP_LOAN, id: SV.ipLoan, modes: ['代办', '帮办', '代办'], active: false })
    expect(updated).toMatchObject({ _id: SV.ipLoan, active: false, modes: ['帮办', '代办'] })
    expect(names(await ok(bed, SV.ownerA, 'service.list', {}))).toEqual(['企业开办一件事'])
    const { data } = await bed.db.collection(COLLECTIONS.services).doc(SV.ipLoan).get()
    expect(data).toMatchObject({ createdAt: '2026-10-01T00:00:00.000Z', createdByName: '系统', updatedById: uid(SV.admin) })
  })

  it('refuses duplicate material keys, an unknown id or an unknown policy, writing nothing', async () => {
    const before = digest(bed)
    const dupKeys = { ...newService, materials: [IP_LOAN.materials[0], { ...IP_LOAN.materials[1], key: 'license' }] }
    expect(await bed.call(SV.managerA, 'service.save', dupKeys)).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'materials', message: '材料编号“license”重复，每项材料的编号须唯一' }
    })
    expect(await bed.call(SV.managerA, 'service.save', { ...newService, id: 'svc-none' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(SV.managerA, 'service.save', { ...newService, policyIds: ['pol-none'] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', field: 'policyIds' }
    })
    expect(digest(bed)).toBe(before)
  })
})
