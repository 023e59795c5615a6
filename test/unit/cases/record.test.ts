/** The steward's public record, computed from cases built through the router. */
import { openBed, type Bed } from '../helpers'
import { act, CX, ok, seedCases, submitConsult, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCases(bed)
})
afterEach(() => bed.close())

const minutes = (n: number) => (bed.clock.current = new Date(bed.clock.current.getTime() + n * 60_000))

it('median first response, on-time rate and satisfaction come from the cases the steward handled', async () => {
  const [c1, c2, c3] = [await submitConsult(bed), await submitConsult(bed), await submitConsult(bed)]
  minutes(30)
  await act(bed, CX.stewardA, 'case.accept', c3._id) // 30 min
  minutes(30)
  await act(bed, CX.stewardA, 'case.reply', c1._id, { text: '您好，材料清单已发您。' }) // 60 min
  minutes(120)
  await act(bed, CX.stewardA, 'case.accept', c2._id) // 180 min
  await act(bed, CX.stewardA, 'case.resolve', c1._id, { summary: '已办理完毕。' })
  bed.clock.advanceDays(10) // past c2's resolution deadline
  await act(bed, CX.stewardA, 'case.resolve', c2._id, { summary: '已办理完毕。' })
  await act(bed, CX.ownerA, 'case.rate', c1._id, { level: '基本满意' })
  await act(bed, CX.ownerA, 'case.rate', c2._id, { level: '不满意' })
  // another steward's case does not count
  const other = await submitConsult(bed, CX.ownerA2)
  await act(bed, CX.stewardA2, 'case.resolve', other._id, { summary: '已办理完毕。' })

  const record = await ok(bed, CX.guest, 'steward.record', { stewardId: uid(CX.stewardA) })
  expect(record).toEqual({
    stewardId: uid(CX.stewardA),
    name: '管家甲',
    parkName: '示例高新区',
    resolvedCount: 2,
    medianFirstResponseMinutes: 60,
    onTimeRate: 0.5,
    satisfaction: 0.5,
    ratedCount: 2
  })
})

it('answers nulls without data, and NOT_FOUND for someone who is not a steward', async () => {
  expect(await ok(bed, CX.ownerA, 'steward.record', { stewardId: uid(CX.stewardB) })).toMatchObject({
    resolvedCount: 0,
    medianFirstResponseMinutes: null,
    onTimeRate: null,
    satisfaction: null,
    ratedCount: 0
  })
  for (const who of [CX.managerA, CX.ownerA, 'nobody']) {
    expect(await bed.call(CX.guest, 'steward.record', { stewardId: uid(who) })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  }
})
