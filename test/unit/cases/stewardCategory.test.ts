/** A complaint in the 企业管家 category is always about the enterprise's own steward, whatever the switch says. */
import * as v from 'valibot'
import { isAboutSteward, schemas } from '../../../types'
import { openBed, type Bed } from '../helpers'
import { CX, ok, seedCases } from './fixture'

const TEXT = '管家多次未按约定时间回复我们的用电报装问题，影响了企业投产。'

describe('isAboutSteward', () => {
  it('is true for every 企业管家 complaint, and for another complaint only when the switch is on', () => {
    expect(isAboutSteward({ type: 'complaint', category: '企业管家', aboutSteward: false })).toBe(true)
    expect(isAboutSteward({ type: 'complaint', category: '企业管家' })).toBe(true)
    expect(isAboutSteward({ type: 'complaint', category: '办事效率', aboutSteward: true })).toBe(true)
    expect(isAboutSteward({ type: 'complaint', category: '办事效率', aboutSteward: false })).toBe(false)
    expect(isAboutSteward({ type: 'consult', category: '企业管家' })).toBe(false)
  })

  it('is what case.submit\'s schema hands the handler', () => {
    const parsed = v.parse(schemas['case.submit'], { type: 'complaint', category: '企业管家', text: TEXT, aboutSteward: false })
    expect(parsed.aboutSteward).toBe(true)
    expect(v.parse(schemas['case.submit'], { type: 'complaint', category: '企业管家', text: TEXT }).aboutSteward).toBe(true)
    expect(v.parse(schemas['case.submit'], { type: 'complaint', category: '服务态度', text: TEXT }).aboutSteward).toBe(false)
  })
})

describe('a 企业管家 complaint submitted with the switch off', () => {
  let bed: Bed
  beforeEach(async () => {
    bed = openBed()
    await seedCases(bed)
  })
  afterEach(() => bed.close())

  it('is about the enterprise\'s steward: the park manager handles it and the steward never sees it', async () => {
    const { _id: id } = await ok(bed, CX.ownerA, 'case.submit', { type: 'complaint', category: '企业管家', text: TEXT, aboutSteward: false })
    expect(await ok(bed, CX.managerA, 'case.get', { id })).toMatchObject({ aboutSteward: true, aboutStewardName: '管家甲', assigneeName: '管理员甲' })
    expect(await bed.call(CX.stewardA, 'case.get', { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect((await ok(bed, CX.stewardA, 'case.inbox', { filter: 'all' })).items.map((c: { _id: string }) => c._id)).not.toContain(id)
  })

  it('of another category with the switch off stays an ordinary complaint', async () => {
    const { _id: id } = await ok(bed, CX.ownerA, 'case.submit', { type: 'complaint', category: '服务态度', text: TEXT, aboutSteward: false })
    expect(await ok(bed, CX.managerA, 'case.get', { id })).toMatchObject({ aboutSteward: false, aboutStewardName: null })
  })
})
