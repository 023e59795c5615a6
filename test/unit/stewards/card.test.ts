/** A steward edits their own card; the directory shows it; account edits keep it. */
import { openBed, type Bed } from '../helpers'
import { ok, PHONES, seedStewards, SX, uid } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedStewards(bed)
})
afterEach(() => bed.close())

const CARD = { title: '园区企业服务中心主任', department: '示例高新区管委会', duties: ['销售员', '信息员'], expertise: ['市场拓展', '供需对接'], photo: `cloud://env/u/${uid(SX.stewardA)}/202611/li.png` }


describe('steward.updateCard', () => {
  it('saves the card and answers it with the steward’s own phone', async () => {
    const card = await ok(bed, SX.stewardA, 'steward.updateCard', CARD)
    expect(card).toMatchObject({ ...CARD, _id: uid(SX.stewardA), phone: PHONES.stewardA, phoneVisible: true })
    const listed = (await ok(bed, SX.ownerB, 'steward.list', { duty: '销售员' })).items
    expect(listed).toHaveLength(1)
    expect(listed[0]).toMatchObject({ ...CARD, name: '管家甲', phoneVisible: false })
    expect((await ok(bed, SX.ownerB, 'steward.list', { q: '供需' })).items.map((c: { name: string }) => c.name)).toEqual(['管家甲'])
  })

  it('keeps the card when the steward edits name and phone', async () => {
    await ok(bed, SX.stewardA, 'steward.updateCard', CARD)
    await ok(bed, SX.stewardA, 'account.updateProfile', { name: '李卫东', phone: '15200731629' })
    const detail = await ok(bed, SX.admin, 'steward.get', { id: uid(SX.stewardA) })
    expect(detail).toMatchObject({ ...CARD, name: '李卫东', phone: '15200731629' })
  })

  it('is for stewards only, and checks every field', async () => {
    for (const who of [SX.ownerA, SX.managerA, SX.admin, SX.guest]) {
      expect(await bed.call(who, 'steward.updateCard', CARD)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    }
    const bad: Array<[Record<string, unknown>, string, string]> = [
      [{ duties: [] }, 'duties', '请至少选择一项职责'],
      [{ duties: ['宣传员'] }, 'duties.0', '职责不存在'],
      [{ duties: ['信息员', '信息员'] }, 'duties', '职责不能重复'],
      [{ expertise: Array.from({ length: 9 }, (_, i) => `领域${i}`) }, 'expertise', '擅长领域最多8项'],
      [{ expertise: ['一个特别特别特别长的擅长领域名称'] }, 'expertise.0', '擅长领域不能超过12个字'],
      [{ title: '' }, 'title', '请填写职务'],
      [{ photo: 'https://example.com/a.png' }, 'photo', '照片格式不正确']
    ]
    for (const [patch, field, message] of bad) {
      expect(await bed.call(SX.stewardA, 'steward.updateCard', { ...CARD, ...patch })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field, message } })
    }
    expect(await bed.call(SX.stewardA, 'steward.updateCard', { ...CARD, photo: 'cloud://env/stewards/li.pdf' })).toMatchObject({ ok: false, error: { code: 'FILE_TYPE', field: 'photo' } })
    // nothing of the refused edits was saved
    expect(await ok(bed, SX.admin, 'steward.get', { id: uid(SX.stewardA) })).toMatchObject({ title: '高新区经济发展局副局长', duties: ['信息员', '办事员'] })
  })

  it('lets the photo be removed', async () => {
    await ok(bed, SX.stewardA, 'steward.updateCard', CARD)
    expect(await ok(bed, SX.stewardA, 'steward.updateCard', { ...CARD, photo: null })).toMatchObject({ photo: null })
  })
})
