import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

function wrongCheckDigit(code: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  const last = code[17]
  return code.slice(0, 17) + alphabet[(alphabet.indexOf(last) + 1) % 31]
}

/** the licence photo as `openid` uploaded it: an application may carry only the applicant's own upload */
const licenceOf = (openid: string) => ({ fileID: `cloud://env/u/${userIdFor(openid)}/202611/licence.jpg`, name: '营业执照.jpg', size: 2048, kind: 'image' })
const apply = (name: string, creditCode: string, openid: string = FIX.guest) => ({ name, creditCode, capacity: 'legalRep', licence: licenceOf(openid) })

describe('applying for an enterprise (企业认证申请)', () => {
  it('files a request with name and credit code; the caller stays a guest (待认证)', async () => {
    const r = await bed.call(FIX.guest, 'membership.apply', apply(FIX.entB.name, FIX.entB.creditCode.toLowerCase()))
    expect(r.ok).toBe(true)
    if (!r.ok) return
    expect(r.data.account).toMatchObject({ role: 'guest', enterpriseId: null, parkId: null })
    expect(r.data.enterprise).toBeNull()
    expect(r.data.membership).toMatchObject({ enterpriseId: FIX.entB._id, enterpriseName: FIX.entB.name, status: 'pending', method: null })
    const audit = await bed.db.collection(COLLECTIONS.audit).where({ actorId: userIdFor(FIX.guest) }).get()
    expect(audit.data).toHaveLength(1)
    expect(audit.data[0]).toMatchObject({ action: 'membership.apply', detail: { enterpriseId: FIX.entB._id } })
  })

  it('accepts half-width brackets for a name registered with full-width ones', async () => {
    const r = await bed.call(FIX.guest, 'membership.apply', apply('湘潭示例精工(有限)公司', FIX.entA.creditCode))
    expect(r.ok).toBe(true)
  })

  it.each([
    ['9143030', '统一社会信用代码应为18位，您输入了7位'],
    ['91430300MA4L0000IX', '第17位字符“I”无效（代码中不使用字母 I、O、S、V、Z）']
  ])('explains a malformed code %s precisely', async (creditCode, message) => {
    const before = digest(bed)
    const r = await bed.call(FIX.guest, 'membership.apply', apply(FIX.entA.name, creditCode))
    expect(r).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message, field: 'creditCode' } })
    expect(digest(bed)).toEqual(before)
  })

  it('names the expected check character when the last one is wrong', async () => {
    const bad = wrongCheckDigit(FIX.entA.creditCode)
    const r = await bed.call(FIX.guest, 'membership.apply', apply(FIX.entA.name, bad))
    expect(r).toMatchObject({
      ok: false,
      error: { field: 'creditCode', message: `校验位不符：第18位应为“${FIX.entA.creditCode[17]}”，您输入的是“${bad[17]}”，请核对是否有错字` }
    })
  })

  it('refuses an unregistered code and a name that does not match, writing nothing', async () => {
    const before = digest(bed)
    const unknown = await bed.call(FIX.guest, 'membership.apply', apply('不存在的公司', '91350100M000100Y43'))
    expect(unknown).toMatchObject({ ok: false, error: { code: 'ENTERPRISE_NOT_FOUND', field: 'creditCode' } })
    const mismatch = await bed.call(FIX.guest, 'membership.apply', apply(FIX.entB.name, FIX.entA.creditCode))
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'ENTERPRISE_NAME_MISMATCH', field: 'name' } })
    expect(digest(bed)).toEqual(before)
  })

  it('an approved member cannot apply elsewhere until they leave', async () => {
    const again = await bed.call(FIX.ownerA, 'membership.apply', apply(FIX.entB.name, FIX.entB.creditCode, FIX.ownerA))
    expect(again).toMatchObject({ ok: false, error: { code: 'ALREADY_BOUND' } })
    const left = await bed.call(FIX.ownerA, 'membership.leave', { confirm: true })
    expect(left).toMatchObject({ ok: true, data: { account: { role: 'guest', enterpriseId: null }, enterprise: null, membership: { status: 'left' } } })
    const reapplied = await bed.call(FIX.ownerA, 'membership.apply', apply(FIX.entB.name, FIX.entB.creditCode, FIX.ownerA))
    expect(reapplied).toMatchObject({ ok: true, data: { account: { role: 'guest' }, membership: { status: 'pending', enterpriseId: FIX.entB._id } } })
  })

  it('keeps profile edits to the caller and masks nothing of their own', async () => {
    const r = await bed.call(FIX.ownerA, 'account.updateProfile', { name: '  王经理 ', phone: '13912345678' })
    expect(r).toMatchObject({ ok: true, data: { account: { name: '王经理', phone: '13912345678', role: 'entrepreneur' } } })
    const bad = await bed.call(FIX.ownerA, 'account.updateProfile', { name: '王经理', phone: '1391234' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'phone', message: '请填写11位手机号' } })
  })
})

it('stewards and managers cannot apply for an enterprise, and are told why', async () => {
  for (const openid of [FIX.stewardA, FIX.managerA, FIX.admin]) {
    const r = await bed.call(openid, 'membership.apply', apply(FIX.entA.name, FIX.entA.creditCode, openid))
    expect(r).toMatchObject({ ok: false, error: { code: 'ROLE_CONFLICT', message: '管家或管理员账号不能申请企业认证' } })
  }
})

it('an empty name is asked for, not measured', async () => {
  const r = await bed.call(FIX.guest, 'membership.apply', apply('  ', FIX.entA.creditCode))
  expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'name', message: '请填写企业名称' } })
})

describe('session.me', () => {
  it('describes a caller with no account yet as a guest, without writing', async () => {
    const before = digest(bed)
    const r = await bed.call('oid-brand-new', 'session.me', {})
    expect(r).toMatchObject({ ok: true, data: { account: { role: 'guest', enterpriseId: null }, enterprise: null, park: null, devMode: true } })
    expect(digest(bed)).toEqual(before)
  })
})
