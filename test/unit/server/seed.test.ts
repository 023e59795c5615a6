import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { seedDemoData } from '../../../server/seed'
import { buildScheduledNews, ENTERPRISES, NEWS, NOTICES, PARKS, PERSONAS } from '../../../server/seed/data'
import { checkCreditCode } from '../../../types'
import { openBed, snapshotCounts, type Bed } from '../helpers'

let bed: Bed
beforeEach(() => (bed = openBed()))
afterEach(() => bed.close())

describe('demo data', () => {
  it('seeds an empty database once; a second run changes nothing', async () => {
    const now = new Date()
    expect(await seedDemoData(bed.db, now)).toBe(true)
    const first = await snapshotCounts(bed)
    expect(first).toMatchObject({ parks: PARKS.length, enterprises: ENTERPRISES.length, news: NEWS.length + buildScheduledNews(now).length, notices: NOTICES.length })
    expect(await seedDemoData(bed.db)).toBe(false)
    expect(await snapshotCounts(bed)).toEqual(first)
  })

  it('is consistent: valid credit codes, and every reference resolves', async () => {
    for (const e of ENTERPRISES) expect([e.name, checkCreditCode(e.creditCode).ok]).toEqual([e.name, true])
    const parks = new Set(PARKS.map((p) => p._id))
    const ents = new Map(ENTERPRISES.map((e) => [e._id, e]))
    for (const e of ENTERPRISES) expect(parks.has(e.parkId)).toBe(true)
    for (const p of PERSONAS) {
      if (p.parkId) expect(parks.has(p.parkId)).toBe(true)
      if (p.enterpriseId) expect(ents.get(p.enterpriseId)?.parkId).toBe(p.parkId)
    }
    for (const n of NOTICES) for (const id of n.parkIds) expect(parks.has(id)).toBe(true)
    const roles = new Set(PERSONAS.map((p) => p.role))
    expect([...roles].sort()).toEqual(['admin', 'entrepreneur', 'guest', 'manager', 'steward'])
  })

  it('seeded personas sign in with the role they are listed with', async () => {
    await seedDemoData(bed.db)
    for (const p of PERSONAS) {
      const r = await bed.call(p.openid, 'session.me', {})
      expect(r).toMatchObject({ ok: true, data: { account: { _id: userIdFor(p.openid), role: p.role, enterpriseId: p.enterpriseId } } })
    }
    const { total } = await bed.db.collection(COLLECTIONS.enterprises).where({ stewardId: bed.db.command.neq(null) }).count()
    expect(total).toBeGreaterThan(0)
  })
})
