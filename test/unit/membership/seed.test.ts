/**
 * The demo keeps working: every seeded enterprise user is an approved member (the first of
 * each enterprise its admin), the guest persona stays unbound, one applicant waits in the
 * 高新区 queue, and a folder seeded before memberships is upgraded once — a binding made by
 * name and code alone becomes a request instead of access.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import type { MembershipDoc } from '../../../cloudfunctions/api/src/domain/membership'
import { seedDemoData, SEED_VERSION } from '../../../server/seed'
import { PERSONAS } from '../../../server/seed/data'
import { openBed, type Bed } from '../helpers'

let bed: Bed
beforeEach(() => (bed = openBed()))
afterEach(() => bed.close())

const NOW = new Date('2026-11-20T02:00:00.000Z')
const persona = (id: string) => PERSONAS.find((p) => p.id === id)!.openid

async function memberships(): Promise<MembershipDoc[]> {
  return (await bed.db.collection(COLLECTIONS.memberships).limit(1000).get()).data as MembershipDoc[]
}

it('seeds approved members with one admin per enterprise, and one pending applicant for the park to review', async () => {
  await seedDemoData(bed.db, NOW)
  const all = await memberships()
  const approved = all.filter((m) => m.status === 'approved')
  const { total: entrepreneurs } = await bed.db.collection(COLLECTIONS.users).where({ role: 'entrepreneur' }).count()
  expect(approved).toHaveLength(entrepreneurs)
  expect(approved.every((m) => m.method === 'seed')).toBe(true)
  const admins = new Map<string, number>()
  for (const m of approved) admins.set(m.enterpriseId, (admins.get(m.enterpriseId) ?? 0) + (m.isAdmin ? 1 : 0))
  expect([...admins.values()].every((n) => n === 1)).toBe(true)
  // the persona owner of ent-01 is its admin
  expect(approved.find((m) => m.userId === userIdFor(persona('ent-owner-1')))).toMatchObject({ enterpriseId: 'ent-01', isAdmin: true })

  expect(await bed.call(persona('guest-zhang'), 'session.me')).toMatchObject({ ok: true, data: { account: { role: 'guest' }, membership: null } })
  expect(await bed.call(persona('applicant-tang'), 'session.me')).toMatchObject({ ok: true, data: { account: { role: 'guest' }, membership: { status: 'pending', enterpriseId: 'ent-02' } } })
  for (const staff of ['steward-li', 'manager-gaoxin', 'admin-city']) {
    expect(await bed.call(persona(staff), 'membership.counts')).toMatchObject({ ok: true, data: { pending: 1 } })
  }
  expect(await bed.call(persona('steward-chen'), 'membership.counts')).toMatchObject({ ok: true, data: { pending: 0 } })
})

it('upgrades a folder seeded before memberships once: demo people approved, a bare binding made a request', async () => {
  await seedDemoData(bed.db, NOW)
  // as a version-3 folder stood: no memberships, and someone bound ent-05 by name and code
  await bed.db.collection(COLLECTIONS.memberships).where({ status: bed.db.command.exists(true) }).remove()
  await bed.db.collection(COLLECTIONS.memberRosters).where({ approved: bed.db.command.exists(true) }).remove()
  await bed.db.collection(COLLECTIONS.users).doc(userIdFor(persona('applicant-tang'))).remove()
  const zhang = userIdFor(persona('guest-zhang'))
  await bed.db.collection(COLLECTIONS.users).doc(zhang).set({ data: { openid: persona('guest-zhang'), role: 'entrepreneur', name: '张志强', phone: '', parkId: 'park-jingkai', enterpriseId: 'ent-05', createdAt: '2026-10-01T00:00:00.000Z', updatedAt: '2026-10-01T00:00:00.000Z' } })
  await bed.db.collection('meta').doc('seed').set({ data: { version: 3, at: '2026-10-01T00:00:00.000Z' } })

  expect(await seedDemoData(bed.db, NOW)).toBe(true)
  expect(await bed.call(persona('ent-owner-1'), 'session.me')).toMatchObject({ ok: true, data: { account: { role: 'entrepreneur', enterpriseId: 'ent-01' } } })
  expect(await bed.call(persona('guest-zhang'), 'session.me')).toMatchObject({ ok: true, data: { account: { role: 'guest', enterpriseId: null }, membership: { status: 'pending', enterpriseId: 'ent-05' } } })
  expect((await bed.db.collection('meta').doc('seed').get()).data).toMatchObject({ version: SEED_VERSION })
  const before = await memberships()
  expect(await seedDemoData(bed.db, NOW)).toBe(false)
  expect(await memberships()).toEqual(before)
})
