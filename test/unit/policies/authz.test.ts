/** Only managers write policies, each within their scope; refusals write nothing. */
import { digest, openBed, seedFixture, snapshotCounts, type Bed } from '../helpers'
import { fields, ok, published, PX, refused } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

describe('who may write', () => {
  it('refuses entrepreneurs, guests and stewards with FORBIDDEN and writes nothing', async () => {
    const policy = await published(bed)
    const before = digest(bed)
    const counts = await snapshotCounts(bed)
    const writes: Array<[string, unknown]> = [
      ['policy.save', { fields: fields() }],
      ['policy.save', { id: policy._id, fields: fields({ title: '被篡改的政策标题' }) }],
      ['policy.publish', { id: policy._id }],
      ['policy.withdraw', { id: policy._id, reason: '测试下架' }],
      ['policy.pushPreview', { id: policy._id }],
      ['policy.push', { id: policy._id }],
      ['policy.import', { format: 'json', content: JSON.stringify([fields()]) }],
      ['policy.manageList', {}]
    ]
    for (const who of [PX.ownerA, PX.guest, PX.stewardA]) {
      for (const [action, payload] of writes) {
        expect({ who, action, code: (await refused(bed, who, action, payload)).code }).toEqual({ who, action, code: 'FORBIDDEN' })
      }
    }
    expect(await snapshotCounts(bed)).toEqual(counts)
    expect(digest(bed)).toBe(before)
  })

  it('lets a park manager create for their own park only', async () => {
    const draft = await ok(bed, PX.managerA, 'policy.save', { fields: fields({ criteria: { scales: ['小型'] } }) })
    // a park policy targets its park, even when the editor left parks open
    expect(draft).toMatchObject({ parkIds: [PX.parkA], criteria: { parkIds: [PX.parkA], scales: ['小型'] }, lifecycle: { editStatus: 'draft', createdByName: '管理员甲' } })

    const counts = await snapshotCounts(bed)
    const err = await refused(bed, PX.managerA, 'policy.save', { fields: fields({ criteria: { parkIds: [PX.parkA, PX.parkB] } }) })
    expect(err).toMatchObject({ code: 'PARK_SCOPE', field: 'fields.criteria.parkIds' })
    expect(await snapshotCounts(bed)).toEqual(counts)
  })

  it("keeps a park manager off another park's and the city's policies", async () => {
    const parkB = await ok(bed, PX.managerB, 'policy.save', { fields: fields() })
    const city = await published(bed)
    const before = digest(bed)
    for (const id of [parkB._id, city._id]) {
      expect((await refused(bed, PX.managerA, 'policy.save', { id, fields: fields() })).code).toBe('PARK_SCOPE')
      expect((await refused(bed, PX.managerA, 'policy.withdraw', { id, reason: '越权下架' })).code).toBe('PARK_SCOPE')
    }
    expect((await refused(bed, PX.managerA, 'policy.publish', { id: parkB._id })).code).toBe('PARK_SCOPE')
    expect((await refused(bed, PX.managerA, 'policy.pushPreview', { id: parkB._id })).code).toBe('PARK_SCOPE')
    expect(digest(bed)).toBe(before)
    // the admin may edit anything
    await ok(bed, PX.admin, 'policy.save', { id: parkB._id, fields: fields({ title: '市级修改后的园区政策' }) })
  })

  it('shows drafts only to managers in scope; the list shows the park its own and the city published ones', async () => {
    const draftA = await ok(bed, PX.managerA, 'policy.save', { fields: fields() })
    const draftB = await ok(bed, PX.managerB, 'policy.save', { fields: fields() })
    const cityDraft = await ok(bed, PX.admin, 'policy.save', { fields: fields() })
    const city = await published(bed)
    for (const who of [PX.ownerA, PX.guest, PX.managerB]) expect((await refused(bed, who, 'policy.get', { id: draftA._id })).code).toBe('NOT_FOUND')
    expect((await ok(bed, PX.managerA, 'policy.get', { id: draftA._id })).lifecycle.editStatus).toBe('draft')
    expect((await ok(bed, PX.ownerA, 'policy.get', { id: city._id })).lifecycle).toBeUndefined()

    const listA = await ok(bed, PX.managerA, 'policy.manageList', {})
    expect(listA.items.map((p: { _id: string }) => p._id).sort()).toEqual([draftA._id, city._id].sort())
    const all = await ok(bed, PX.admin, 'policy.manageList', { editStatus: 'draft' })
    expect(all.items.map((p: { _id: string }) => p._id).sort()).toEqual([draftA._id, draftB._id, cityDraft._id].sort())
  })
})

describe('editing and the lifecycle', () => {
  it('validates dates with field messages and checks references', async () => {
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ effectiveFrom: '2026-05-01', expiresOn: '2026-04-30' }, 'fields.expiresOn', '失效日期不能早于生效日期'],
      [{ applyFrom: '2026-05-01', applyUntil: '2026-04-01' }, 'fields.applyUntil', '申报截止日期不能早于申报开始日期'],
      [{ applyUntil: '2026-02-30' }, 'fields.applyUntil', '申报截止日期不是有效日期'],
      [{ criteria: { minEmployees: 50, maxEmployees: 10 } }, 'fields.criteria.maxEmployees', '员工人数上限不能小于下限'],
      [{ criteria: { parkIds: ['park-nowhere'] } }, 'fields.criteria.parkIds', '园区不存在：park-nowhere'],
      [{ serviceId: 'svc-nowhere' }, 'fields.serviceId', '关联的服务不存在：svc-nowhere'],
      [{ bodyHtml: '<script>alert(1)</script>' }, 'fields.bodyHtml', '正文在去除不安全内容后为空，请检查正文']
    ]
    for (const [over, field, message] of cases) {
      expect(await refused(bed, PX.admin, 'policy.save', { fields: fields(over) })).toEqual({ code: 'INVALID_INPUT', field, message })
    }
    expect((await ok(bed, PX.admin, 'policy.manageList', {})).total).toBe(0)
  })

  it('stores a sanitised body and the top-level filter copies; refuses a duplicate title + 文号', async () => {
    const f = fields({ bodyHtml: '<p onclick="x()">正文<script>bad()</script></p>', criteria: { industries: ['新材料'], scales: [] } })
    const saved = await ok(bed, PX.admin, 'policy.save', { fields: f })
    expect(saved).toMatchObject({ bodyHtml: '<p>正文</p>', industries: ['新材料'], scales: [], parkIds: [], criteria: { industries: ['新材料'] } })
    expect(saved.criteria).not.toHaveProperty('scales')
    expect(await refused(bed, PX.admin, 'policy.save', { fields: { ...f } })).toMatchObject({ code: 'INVALID_INPUT', field: 'fields.title' })
    // saving the same policy again is not a duplicate of itself
    await ok(bed, PX.admin, 'policy.save', { id: saved._id, fields: f })
  })

  it('publishes a draft once and withdraws it with a reason, who and when', async () => {
    const draft = await ok(bed, PX.managerA, 'policy.save', { fields: fields() })
    bed.clock.advanceDays(1)
    const pub = await ok(bed, PX.managerA, 'policy.publish', { id: draft._id })
    expect(pub.lifecycle).toMatchObject({ editStatus: 'published', publishedByName: '管理员甲', publishedAt: bed.clock.now().toISOString() })
    expect((await refused(bed, PX.managerA, 'policy.publish', { id: draft._id })).code).toBe('INVALID_TRANSITION')
    const gone = await ok(bed, PX.managerA, 'policy.withdraw', { id: draft._id, reason: '政策已调整' })
    expect(gone.lifecycle).toMatchObject({ editStatus: 'withdrawn', withdrawnByName: '管理员甲', withdrawnReason: '政策已调整' })
    expect((await refused(bed, PX.ownerA, 'policy.get', { id: draft._id })).code).toBe('NOT_FOUND')
    expect((await refused(bed, PX.managerA, 'policy.save', { id: draft._id, fields: fields() })).code).toBe('INVALID_TRANSITION')
  })
})
