/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * The 电子营业执照 authorisation through its port: the local stand-in grants access in
 * development and is off in production; the cloud client is unavailable until configured,
 * and verifies a code with the contracted service when it is.
 */
import { createRouter } from '../../../cloudfunctions/api/src/router'
import type { LicenseAuthority } from '../../../cloudfunctions/api/src/domain/context'
import { cloudLicenseAuthority } from '../../../cloudfunctions/api/src/platform/cloudLicenseAuthority'
import { devLicenseAuthority, devLicenseCode } from '../../../server/license/devLicenseAuthority'
import { outboxMessenger } from '../../../server/messenger/outboxMessenger'
import { wordListChecker } from '../../../server/contentCheck/wordListChecker'
import { openBed, type Bed } from '../helpers'
import { applyForA, auditOf, domainDigest, MB, notificationsOf, seedMembership } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedMembership(bed)
})
afterEach(() => bed.close())

let seq = 0
/** the test bed's database behind a router with the given licence port */
function callWith(authority: LicenseAuthority) {
  const route = createRouter({ db: bed.db, clock: bed.clock, devMode: true, messenger: outboxMessenger(bed.db, bed.clock), contentCheck: wordListChecker(), licenseAuthority: authority })
  return (openid: string, action: string, payload: unknown) => route({ action, payload, requestId: `lic-request-${++seq}` }, { openid }) as Promise<any>
}

const quiet = { log: () => undefined }

describe('the development stand-in', () => {
  it('grants access: a 法定代表人 so proven administers the enterprise', async () => {
    const call = callWith(devLicenseAuthority({ production: false, ...quiet }))
    const r = await call(MB.stranger, 'membership.licenseAuth', { authCode: devLicenseCode(MB.entA2.creditCode, 'legalRep', '王法人') })
    expect(r).toMatchObject({ ok: true, data: { account: { role: 'entrepreneur', enterpriseId: MB.entA2._id }, membership: { status: 'approved', method: 'license', capacity: 'legalRep', isAdmin: true } } })
    expect(await bed.call(MB.stranger, 'enterprise.profile')).toMatchObject({ ok: true })
    expect(await auditOf(bed, 'membership.licenseAuth')).toHaveLength(1)
    expect((await notificationsOf(bed, MB.stranger)).map((n) => n.title)).toContain('企业认证已通过')
  })

  it('an authorised person joins as an ordinary member; a pending request for the same enterprise is the one approved', async () => {
    const call = callWith(devLicenseAuthority({ production: false, ...quiet }))
    const id = await applyForA(bed, MB.stranger)
    const r = await call(MB.stranger, 'membership.licenseAuth', { authCode: devLicenseCode(MB.entA.creditCode, 'authorised') })
    expect(r).toMatchObject({ ok: true, data: { membership: { _id: id, status: 'approved', method: 'license', isAdmin: false } } })
  })

  it('refuses a code for an unregistered enterprise, a garbled code, and a licence for another enterprise than the pending request', async () => {
    const call = callWith(devLicenseAuthority({ production: false, ...quiet }))
    await applyForA(bed, MB.stranger)
    const before = domainDigest(bed)
    expect(await call(MB.stranger, 'membership.licenseAuth', { authCode: devLicenseCode('91350100M000100Y43', 'legalRep') })).toMatchObject({ ok: false, error: { code: 'ENTERPRISE_NOT_FOUND' } })
    expect(await call(MB.stranger, 'membership.licenseAuth', { authCode: 'forged-code' })).toMatchObject({ ok: false, error: { code: 'LICENSE_AUTH_FAILED' } })
    expect(await call(MB.stranger, 'membership.licenseAuth', { authCode: devLicenseCode(MB.entB.creditCode, 'legalRep') })).toMatchObject({ ok: false, error: { code: 'LICENSE_AUTH_FAILED' } })
    expect(await call(MB.stewardA, 'membership.licenseAuth', { authCode: devLicenseCode(MB.entA.creditCode, 'legalRep') })).toMatchObject({ ok: false, error: { code: 'ROLE_CONFLICT' } })
    expect(domainDigest(bed)).toBe(before)
  })

  it('is off in production: the method answers LICENSE_AUTH_UNAVAILABLE and grants nothing', async () => {
    const authority = devLicenseAuthority({ production: true, ...quiet })
    expect(authority.available).toBe(false)
    const before = domainDigest(bed)
    const r = await callWith(authority)(MB.stranger, 'membership.licenseAuth', { authCode: devLicenseCode(MB.entA.creditCode, 'legalRep') })
    expect(r).toMatchObject({ ok: false, error: { code: 'LICENSE_AUTH_UNAVAILABLE' } })
    expect(domainDigest(bed)).toBe(before)
    // the test bed's router has no licence port at all: the same answer
    expect(await bed.call(MB.stranger, 'membership.licenseAuth', { authCode: devLicenseCode(MB.entA.creditCode, 'legalRep') })).toMatchObject({ ok: false, error: { code: 'LICENSE_AUTH_UNAVAILABLE' } })
  })
})

describe('the cloud client', () => {
  const env = { LICENSE_AUTH_ENDPOINT: 'https://license.example.cn/verify', LICENSE_AUTH_APPID: 'app-1', LICENSE_AUTH_SECRET: 'secret-of-the-office' }

  it('is unavailable until every variable is set (and the endpoint is https)', () => {
    expect(cloudLicenseAuthority({}).available).toBe(false)
    expect(cloudLicenseAuthority({ ...env, LICENSE_AUTH_SECRET: '' }).available).toBe(false)
    expect(cloudLicenseAuthority({ ...env, LICENSE_AUTH_ENDPOINT: 'http://license.example.cn' }).available).toBe(false)
    expect(cloudLicenseAuthority(env).available).toBe(true)
  })

  it('sends a signed request and turns the service’s answer into a grant; a refusal is null, an outage is UNAVAILABLE', async () => {
    const seen: Array<{ url: string; headers: Record<string, string>; body: string }> = []
    let reply: { ok: boolean; status: number; body: unknown } = { ok: true, status: 200, body: { ok: true, creditCode: MB.entA.creditCode, enterpriseName: MB.entA.name, capacity: 'authorised', personName: '李四' } }
    const fetchFn = async (url: string, init: { headers: Record<string, string>; body: string }) => {
      seen.push({ url, headers: init.headers, body: init.body })
      if (reply.status === 0) throw new Error('ECONNRESET')
      return { ok: reply.ok, status: reply.status, json: async () => reply.body }
    }
    const authority = cloudLicenseAuthority(env, fetchFn as never)
    expect(await authority.verify({ authCode: 'code-1', openid: 'oid-x' })).toEqual({ creditCode: MB.entA.creditCode, enterpriseName: MB.entA.name, capacity: 'authorised', personName: '李四' })
    expect(seen[0].url).toBe(env.LICENSE_AUTH_ENDPOINT)
    expect(JSON.parse(seen[0].body)).toMatchObject({ appid: 'app-1', authCode: 'code-1', openid: 'oid-x' })
    expect(seen[0].headers['X-Signature']).toMatch(/^[0-9a-f]{64}$/)

    reply = { ok: true, status: 200, body: { ok: false } }
    expect(await authority.verify({ authCode: 'code-2', openid: 'oid-x' })).toBeNull()
    reply = { ok: false, status: 403, body: {} }
    expect(await authority.verify({ authCode: 'code-3', openid: 'oid-x' })).toBeNull()
    reply = { ok: false, status: 0, body: null }
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined)
    await expect(authority.verify({ authCode: 'code-4', openid: 'oid-x' })).rejects.toMatchObject({ code: 'LICENSE_AUTH_UNAVAILABLE' })
    spy.mockRestore()
  })
})
