/** 向讲师提问: the question becomes a consultation case for the enterprise's steward, linked to the lecture. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { lectureFields, ok, uid } from './fixture'

let bed: Bed
let lectureId: string

beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  await bed.db.collection(COLLECTIONS.enterprises).doc(FIX.entA._id).update({ data: { stewardId: uid(FIX.stewardA) } })
  lectureId = (await ok(bed, FIX.managerA, 'lecture.save', { fields: lectureFields() }))._id
})
afterEach(() => bed.close())

describe('lecture.ask', () => {
  it('creates a consult case assigned to the steward, visible in their inbox, linked to the lecture', async () => {
    const created = await ok(bed, FIX.ownerA, 'lecture.ask', { id: lectureId, text: '出口退税的单证备案有哪些要求？' })
    expect(created).toMatchObject({
      type: 'consult',
      category: '政策咨询',
      status: 'assigned',
      text: '【潭商讲堂：企业出海合规实务】出口退税的单证备案有哪些要求？'
    })
    const { data } = await bed.db.collection(COLLECTIONS.cases).doc(created._id).get()
    expect(data).toMatchObject({ lectureId, lectureTitle: '企业出海合规实务', assigneeId: uid(FIX.stewardA), enterpriseId: FIX.entA._id })

    const inbox = await ok(bed, FIX.stewardA, 'case.inbox', {})
    expect(inbox.items.map((c: { _id: string }) => c._id)).toContain(created._id)
    expect(created.lecture).toEqual({ id: lectureId, title: '企业出海合规实务' })
    expect(await ok(bed, FIX.stewardA, 'case.get', { id: created._id })).toMatchObject({ text: created.text, lecture: { id: lectureId, title: '企业出海合规实务' } })
    expect((await ok(bed, FIX.ownerA, 'case.mine', {})).items.map((c: { _id: string }) => c._id)).toContain(created._id)
  })

  it('leaves a case not asked from a lecture without a lecture link', async () => {
    const plain = await ok(bed, FIX.ownerA, 'case.submit', { type: 'consult', category: '政策咨询', text: '研发费用加计扣除怎么申报？' })
    expect((await ok(bed, FIX.ownerA, 'case.get', { id: plain._id })).lecture).toBeNull()
  })

  it('is for bound entrepreneurs only, about a lecture that exists, with a real question', async () => {
    const before = digest(bed)
    for (const who of [FIX.stewardA, FIX.managerA, FIX.guest]) {
      expect(await bed.call(who, 'lecture.ask', { id: lectureId, text: '出口退税的单证备案有哪些要求？' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    expect(await bed.call(FIX.ownerA, 'lecture.ask', { id: 'nope', text: '出口退税的单证备案有哪些要求？' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
    expect(await bed.call(FIX.ownerA, 'lecture.ask', { id: lectureId, text: '  ' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'text' } })
    expect(digest(bed)).toBe(before)
  })
})
