import { FIX, openBed, seedFixture, type Bed } from '../helpers'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

async function invite(openid: string, payload: Record<string, unknown>): Promise<string> {
  const r = await bed.call(openid, 'invite.create', payload)
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.data.code as string
}

const joiner = { name: '李管家', phone: '13700000001' }

describe('invitations', () => {
  it('a park manager invites a steward into their own park; the code works once', async () => {
    const code = await invite(FIX.managerA, { role: 'steward', parkId: null, note: '二季度新增' })
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    const r = await bed.call(FIX.guest, 'account.redeemInvite', { code: code.toLowerCase(), ...joiner })
    expect(r).toMatchObject({ ok: true, data: { account: { role: 'steward', parkId: FIX.parkA, name: '李管家' } } })
    const again = await bed.call(FIX.guest2, 'account.redeemInvite', { code, ...joiner })
    expect(again).toMatchObject({ ok: false, error: { code: 'INVITE_USED', field: 'code' } })
    const list = await bed.call(FIX.managerA, 'invite.list', {})
    expect(list).toMatchObject({ ok: true, data: { total: 1, items: [{ code, status: 'used', usedByName: '李管家', note: '二季度新增' }] } })
  })

  it('a park manager cannot invite into, or see, another park', async () => {
    const r = await bed.call(FIX.managerA, 'invite.create', { role: 'steward', parkId: FIX.parkB })
    expect(r).toMatchObject({ ok: false, error: { code: 'PARK_SCOPE', field: 'parkId' } })
    const codeB = await invite(FIX.managerB, { role: 'steward', parkId: null })
    const listA = await bed.call(FIX.managerA, 'invite.list', {})
    expect(listA).toMatchObject({ ok: true, data: { total: 0, items: [] } })
    const revoke = await bed.call(FIX.managerA, 'invite.revoke', { code: codeB })
    expect(revoke).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    const adminList = await bed.call(FIX.admin, 'invite.list', {})
    expect(adminList).toMatchObject({ ok: true, data: { total: 1 } })
  })

  it('the city admin can make a city-wide manager (an admin) and park managers', async () => {
    const city = await invite(FIX.admin, { role: 'manager', parkId: null })
    expect(await bed.call(FIX.guest, 'account.redeemInvite', { code: city, ...joiner })).toMatchObject({ ok: true, data: { account: { role: 'admin', parkId: null } } })
    const park = await invite(FIX.admin, { role: 'manager', parkId: FIX.parkB })
    expect(await bed.call(FIX.guest2, 'account.redeemInvite', { code: park, ...joiner })).toMatchObject({ ok: true, data: { account: { role: 'manager', parkId: FIX.parkB } } })
    expect(await bed.call(FIX.admin, 'invite.create', { role: 'steward', parkId: null })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', field: 'parkId' } })
    expect(await bed.call(FIX.admin, 'invite.create', { role: 'steward', parkId: 'park-nowhere' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', field: 'parkId' } })
  })

  it('expired and revoked codes are refused with their own message', async () => {
    const expiring = await invite(FIX.managerA, { role: 'steward', parkId: FIX.parkA })
    const revoked = await invite(FIX.managerA, { role: 'steward', parkId: FIX.parkA })
    expect(await bed.call(FIX.managerA, 'invite.revoke', { code: revoked })).toMatchObject({ ok: true, data: { status: 'revoked' } })
    expect(await bed.call(FIX.guest, 'account.redeemInvite', { code: revoked, ...joiner })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    bed.clock.advanceDays(8)
    expect(await bed.call(FIX.guest, 'account.redeemInvite', { code: expiring, ...joiner })).toMatchObject({ ok: false, error: { code: 'INVITE_EXPIRED' } })
    expect(await bed.call(FIX.guest, 'account.redeemInvite', { code: 'ZZZZ2222', ...joiner })).toMatchObject({ ok: false, error: { code: 'INVITE_INVALID' } })
    expect(await bed.call(FIX.guest, 'session.me', {})).toMatchObject({ ok: true, data: { account: { role: 'guest' } } })
  })

  it('two people redeeming one code at the same time: exactly one becomes a steward', async () => {
    const code = await invite(FIX.managerA, { role: 'steward', parkId: FIX.parkA })
    const results = await Promise.all([
      bed.call(FIX.guest, 'account.redeemInvite', { code, ...joiner }),
      bed.call(FIX.guest2, 'account.redeemInvite', { code, name: '赵管家', phone: '13700000002' })
    ])
    expect(results.filter((r) => r.ok)).toHaveLength(1)
    expect(results.find((r) => !r.ok)).toMatchObject({ ok: false, error: { code: expect.stringMatching(/^(INVITE_USED|CONFLICT)$/) } })
    const roles = await Promise.all([FIX.guest, FIX.guest2].map((o) => bed.call(o, 'session.me', {})))
    expect(roles.map((r) => r.ok && r.data.account.role).sort()).toEqual(['guest', 'steward'])
  })

  it('someone who already has a role cannot redeem a code', async () => {
    const code = await invite(FIX.managerA, { role: 'manager', parkId: FIX.parkA })
    expect(await bed.call(FIX.ownerA, 'account.redeemInvite', { code, ...joiner })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
