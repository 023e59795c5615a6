import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { ERROR_MESSAGES } from '../../../types'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

describe('router: identity', () => {
  it('refuses a call without identity', async () => {
    const r = await bed.call(null, 'session.me')
    expect(r).toEqual({ ok: false, error: { code: 'UNAUTHENTICATED', message: ERROR_MESSAGES.UNAUTHENTICATED } })
  })

  it('ignores openid, role and userId forged in the payload', async () => {
    const r = await bed.call(FIX.guest, 'session.me', { openid: FIX.admin, role: 'admin', userId: userIdFor(FIX.admin) })
    expect(r.ok).toBe(true)
    expect(r.ok && r.data.account).toMatchObject({ _id: userIdFor(FIX.guest), role: 'guest' })
  })

  it('ignores identity fields forged in the envelope', async () => {
    const r = await bed.route({ action: 'invite.list', payload: {}, openid: FIX.admin, userInfo: { openId: FIX.admin } }, FIX.guest)
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('cannot be talked into a write for someone else', async () => {
    const before = digest(bed)
    const r = await bed.call(FIX.guest, 'account.updateProfile', { name: '冒名者', phone: '13900000000', openid: FIX.managerA })
    expect(r.ok).toBe(true)
    const { data } = await bed.db.collection(COLLECTIONS.users).doc(userIdFor(FIX.managerA)).get()
    expect(data?.name).toBe('管理员甲')
    expect(digest(bed)).not.toEqual(before)
  })
})

describe('router: roles and validation', () => {
  it('refuses a wrong role before looking at the payload', async () => {
    expect(await bed.call(FIX.guest, 'invite.create', { role: 'steward', parkId: FIX.parkA })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await bed.call(FIX.ownerA, 'invite.list', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('answers unknown actions with a typed error', async () => {
    for (const action of ['nope', '', 42, null, '__proto__', 'constructor', 'toString']) {
      const r = await bed.route({ action, payload: {} }, FIX.guest)
      expect(r).toEqual({ ok: false, error: { code: 'UNKNOWN_ACTION', message: ERROR_MESSAGES.UNKNOWN_ACTION } })
    }
  })

  it('rejects an invalid payload with the field and a Chinese message, writing nothing', async () => {
    const before = digest(bed)
    const r = await bed.call(FIX.guest, 'account.redeemInvite', { code: 'abc', name: '张三', phone: '13800000000' })
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'code', message: '邀请码为8位字母或数字' } })
    const r2 = await bed.call(FIX.guest, 'news.list', { pageSize: 500 })
    expect(r2).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'pageSize', message: '每页最多50条' } })
    expect(digest(bed)).toEqual(before)
  })
})

describe('router: internal errors', () => {
  it('logs with a correlation id and returns no stack or raw message', async () => {
    bed.db.raw.exec(`drop table if exists "${COLLECTIONS.news}"; create table "${COLLECTIONS.news}" (broken integer)`)
    const r = await bed.call(FIX.guest, 'news.list', {})
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.error.code).toBe('INTERNAL')
    expect(r.error.message).toBe(ERROR_MESSAGES.INTERNAL)
    expect(r.error.correlationId).toMatch(/^[0-9a-f]{12}$/)
    expect(JSON.stringify(r)).not.toMatch(/sqlite|stack|at \w+ \(/i)
    expect(bed.logs).toHaveLength(1)
    expect(bed.logs[0].fields).toMatchObject({ correlationId: r.error.correlationId, action: 'news.list' })
    expect(String(bed.logs[0].fields.stack)).toContain('Error')
  })
})

describe('router: repeatable writes', () => {
  // a 企业认证申请 (membership.apply): a write with an audit entry, refused when repeated
  // the guest's own upload: an application may carry only the applicant's files
  const licence = { fileID: `cloud://env/u/${userIdFor(FIX.guest)}/202611/licence.jpg`, name: 'licence.jpg', size: 1000, kind: 'image' }
  const bind = { name: FIX.entA2.name, creditCode: FIX.entA2.creditCode, capacity: 'legalRep', licence }

  it('applies the same request id once and replays the answer', async () => {
    const first = await bed.call(FIX.guest, 'membership.apply', bind, 'req-000000001')
    const second = await bed.call(FIX.guest, 'membership.apply', bind, 'req-000000001')
    expect(first.ok).toBe(true)
    expect(second).toEqual(first)
    const { total } = await bed.db.collection(COLLECTIONS.audit).where({ action: 'membership.apply' }).count()
    expect(total).toBe(1)
  })

  it('a different request id is a new request', async () => {
    await bed.call(FIX.guest, 'membership.apply', bind, 'req-000000001')
    const again = await bed.call(FIX.guest, 'membership.apply', bind, 'req-000000002')
    expect(again).toMatchObject({ ok: false, error: { code: 'MEMBERSHIP_PENDING' } })
  })

  it('double tap: two concurrent submissions apply once', async () => {
    const [a, b] = await Promise.all([
      bed.call(FIX.guest, 'membership.apply', bind, 'req-000000009'),
      bed.call(FIX.guest, 'membership.apply', bind, 'req-000000009')
    ])
    const oks = [a, b].filter((r) => r.ok)
    expect(oks).toHaveLength(1)
    const other = [a, b].find((r) => !r.ok)
    expect(other).toMatchObject({ ok: false, error: { code: 'REQUEST_IN_PROGRESS' } })
    const { total } = await bed.db.collection(COLLECTIONS.audit).count()
    expect(total).toBe(1)
  })

  it('a refused request can be corrected and sent again with the same id', async () => {
    const wrong = await bed.call(FIX.guest, 'membership.apply', { ...bind, name: '别的公司' }, 'req-000000003')
    expect(wrong).toMatchObject({ ok: false, error: { code: 'ENTERPRISE_NAME_MISMATCH', field: 'name' } })
    const right = await bed.call(FIX.guest, 'membership.apply', bind, 'req-000000003')
    expect(right.ok).toBe(true)
  })

  it('rejects a malformed request id', async () => {
    const r = await bed.call(FIX.guest, 'membership.apply', bind, 'x')
    expect(r).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'requestId' } })
  })
})
