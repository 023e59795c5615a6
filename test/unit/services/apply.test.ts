/** 服务申请: materials checked against the list, then a 'service' case through the case engine. */
import { loadDeadlineSettings, loadWorkCalendar } from '../../../cloudfunctions/api/src/domain/calendar'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, openBed, type Bed } from '../helpers'
import { applyPayload, APPLY_TEXT, file, fullMaterials, ok, seedServices, SV } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedServices(bed)
})
afterEach(() => bed.close())

const apply = (openid: string, payload: Record<string, unknown>) => bed.call(openid, 'service.apply', payload)

describe('an application with every required material', () => {
  it('becomes a service case numbered SQ…, routed to the enterprise steward, carrying the materials', async () => {
    const materials = fullMaterials()
    const c = await ok(bed, SV.ownerA, 'service.apply', applyPayload(materials))
    expect(c).toMatchObject({
      type: 'service',
      category: '知识产权质押融资',
      text: APPLY_TEXT,
      status: 'assigned',
      assigneeName: '管家甲',
      enterpriseName: SV.entA.name
    })
    // 2026-11-20T02:00Z is 2026-11-20 in Beijing
    expect(c.number).toMatch(/^SQ20261120-\d{4}$/)
    expect(c.attachments).toEqual(materials.flatMap((m) => m.files))
    expect(c.service).toEqual({
      serviceId: SV.ipLoan,
      serviceName: '知识产权质押融资',
      mode: '帮办',
      materials: [
        { key: 'license', name: '营业执照副本', files: materials[0].files },
        { key: 'legal-id', name: '法定代表人身份证', files: materials[1].files }
      ]
    })
  })

  it("keeps the optional material too, in the list's order", async () => {
    const c = await ok(bed, SV.ownerA, 'service.apply', applyPayload([{ key: 'patent', files: [file('专利证书')] }, ...fullMaterials()], { mode: '代办' }))
    expect(c.service.materials.map((m: { name: string }) => m.name)).toEqual(['营业执照副本', '法定代表人身份证', '专利证书'])
    expect(c.service.mode).toBe('代办')
  })

  it("appears in 我的办件 of that enterprise (to a colleague as well) and in no other's", async () => {
    const c = await ok(bed, SV.ownerA, 'service.apply', applyPayload(fullMaterials()))
    for (const who of [SV.ownerA, SV.staffA]) {
      expect((await ok(bed, who, 'case.mine', {})).items.map((i: { _id: string }) => i._id)).toEqual([c._id])
    }
    expect(await ok(bed, SV.ownerB, 'case.mine', {})).toMatchObject({ total: 0, items: [] })
    expect((await bed.call(SV.ownerB, 'case.get', { id: c._id })).ok).toBe(false)
    expect(await ok(bed, SV.ownerA, 'case.get', { id: c._id })).toMatchObject({ service: { serviceId: SV.ipLoan } })
    // the steward it was routed to sees it with its materials
    expect(await ok(bed, SV.stewardA, 'case.get', { id: c._id })).toMatchObject({ service: { materials: [{ key: 'license' }, { key: 'legal-id' }] } })
  })

  it('counts its deadlines from the 服务申请 settings, not the consultation ones', async () => {
    const settings = await loadDeadlineSettings(bed.db)
    await ok(bed, SV.admin, 'settings.setDeadlines', { ...settings, service: { response: 3, resolve: 12 } })
    const c = await ok(bed, SV.ownerA, 'service.apply', applyPayload(fullMaterials()))
    const calendar = await loadWorkCalendar(bed.db)
    const now = bed.clock.now()
    expect(c.responseDueAt).toBe(calendar.addWorkingDays(now, 3).dueAt)
    expect(c.resolveDueAt).toBe(calendar.addWorkingDays(now, 12).dueAt)
    expect(c.resolveDueAt).not.toBe(calendar.addWorkingDays(now, settings.consult.resolve).dueAt)
  })
})

describe('a refused application writes nothing', () => {
  async function refused(openid: string, payload: Record<string, unknown>, error: Record<string, unknown>) {
    const before = digest(bed)
    expect(await apply(openid, payload)).toEqual({ ok: false, error: expect.objectContaining(error) })
    expect(digest(bed)).toBe(before)
  }

  it('names the one missing material', async () => {
    await refused(SV.ownerA, applyPayload([fullMaterials()[0]]), { code: 'MATERIALS_MISSING', message: '缺少：法定代表人身份证', field: 'materials' })
  })

  it('names every missing material, in the order of the list', async () => {
    await refused(SV.ownerA, applyPayload([{ key: 'patent', files: [file('专利证书')] }]), {
      code: 'MATERIALS_MISSING',
      message: '缺少：营业执照副本、法定代表人身份证'
    })
  })

  it('refuses a material with no file, a material not on the list and one given twice', async () => {
    // an empty file list is refused by the schema, before anything else
    await refused(SV.ownerA, applyPayload([{ key: 'license', files: [] }, fullMaterials()[1]]), { code: 'INVALID_INPUT', field: 'materials.0.files' })
    await refused(SV.ownerA, applyPayload([...fullMaterials(), { key: 'tax-proof', files: [file('完税证明')] }]), { code: 'INVALID_INPUT', field: 'materials.2.key' })
    await refused(SV.ownerA, applyPayload([...fullMaterials(), { key: 'license', files: [file('营业执照副本2')] }]), {
      code: 'INVALID_INPUT',
      message: '“营业执照副本”重复提交，请合并为一项'
    })
  })

  it('refuses a file type the case engine does not accept, naming the material', async () => {
    const bad = { fileID: 'cloud://env-test/uploads/run.exe', name: 'run.exe', size: 10, kind: 'file' as const }
    await refused(SV.ownerA, applyPayload([fullMaterials()[0], { key: 'legal-id', files: [bad] }]), { code: 'FILE_TYPE', field: 'materials.1.files.0' })
  })

  it('refuses more than 9 files in all, asking to merge them', async () => {
    const many = Array.from({ length: 5 }, (_, i) => file(`第${i + 1}页`, 'image'))
    await refused(SV.ownerA, applyPayload([{ key: 'license', files: many }, { key: 'legal-id', files: many }]), {
      code: 'INVALID_INPUT',
      message: '申请材料合计最多9个文件（现有10个），多页材料请合并为一个 PDF 后上传'
    })
  })

  it('refuses a mode the service does not offer', async () => {
    await refused(SV.ownerA, applyPayload(fullMaterials(), { mode: '领办' }), {
      code: 'INVALID_INPUT',
      field: 'mode',
      message: '该服务不提供“领办”，可选的办理方式为：帮办、代办'
    })
  })

  it('refuses a paused service and an unknown one', async () => {
    await refused(SV.ownerA, applyPayload(fullMaterials(), { serviceId: SV.paused }), { code: 'SERVICE_INACTIVE' })
    await refused(SV.ownerA, applyPayload(fullMaterials(), { serviceId: 'svc-none' }), { code: 'NOT_FOUND' })
  })

  it('is open to bound entrepreneurs only', async () => {
    for (const who of [SV.guest, SV.stewardA, SV.managerA, SV.admin]) {
      await refused(who, applyPayload(fullMaterials()), { code: 'FORBIDDEN' })
    }
  })

  it('leaves no case, counter or notification behind', async () => {
    await apply(SV.ownerA, applyPayload([fullMaterials()[0]]))
    for (const name of [COLLECTIONS.cases, COLLECTIONS.counters, COLLECTIONS.notifications]) {
      expect((await bed.db.collection(name).count()).total).toBe(0)
    }
  })
})
