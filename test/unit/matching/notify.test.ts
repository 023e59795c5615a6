/** Telling an enterprise once when a profile edit or a new policy makes it eligible. */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { notifyNewlyEligible } from '../../../cloudfunctions/api/src/domain/matching'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { facts, MX, notificationsOf, ok, putPolicy, seedSecondUser } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
  await seedSecondUser(bed)
})
afterEach(() => bed.close())

const count = async (collection: string) => (await bed.db.collection(collection).count()).total

describe('after a profile edit', () => {
  beforeEach(async () => {
    await putPolicy(bed, 'p-staff', { title: '稳岗扩岗补贴', criteria: { minEmployees: 20 } })
    await putPolicy(bed, 'p-free', { title: '普惠政策' })
  })

  it('notifies every user of the enterprise once when the edit makes a policy eligible', async () => {
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 30 }))
    const expected = {
      kind: 'system',
      title: '新的适用政策：稳岗扩岗补贴',
      body: '根据企业档案，您的企业已符合该政策的全部条件，可查看详情并申报。',
      link: '/packages/policy/detail/index?id=p-staff'
    }
    for (const who of [FIX.ownerA, MX.staffA]) {
      const mine = await notificationsOf(bed, who)
      // p-free fitted before the edit too: the edit did not change it, so it is not announced
      expect(mine).toHaveLength(1)
      expect(mine[0]).toMatchObject(expected)
    }
    expect(await notificationsOf(bed, FIX.ownerB)).toEqual([])

    // still eligible after another edit: not told again
    await ok(bed, MX.staffA, 'enterprise.updateProfile', facts({ employees: 40 }))
    expect(await notificationsOf(bed, FIX.ownerA)).toHaveLength(1)
    expect(await notificationsOf(bed, MX.staffA)).toHaveLength(1)
  })

  it('announces it again only after it stopped fitting and fits again', async () => {
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 30 }))
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 10 }))
    expect(await notificationsOf(bed, FIX.ownerA)).toHaveLength(1)
    const state = await bed.db.collection(COLLECTIONS.matchStates).doc(`${FIX.entA._id}_p-staff`).get()
    expect(state.data).toMatchObject({ enterpriseId: FIX.entA._id, policyId: 'p-staff', verdict: 'almost' })
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 30 }))
    expect((await notificationsOf(bed, FIX.ownerA)).map((n) => n.title)).toEqual(['新的适用政策：稳岗扩岗补贴', '新的适用政策：稳岗扩岗补贴'])
  })

  it('says 免申即享 for an exempt policy, and ignores drafts, withdrawn and expired policies', async () => {
    await putPolicy(bed, 'p-exempt', { title: '免申即享奖补', exempt: true, criteria: { requiredTags: ['专精特新'] } })
    await putPolicy(bed, 'p-draft', { editStatus: 'draft', criteria: { requiredTags: ['专精特新'] } })
    await putPolicy(bed, 'p-withdrawn', { editStatus: 'withdrawn', criteria: { requiredTags: ['专精特新'] } })
    await putPolicy(bed, 'p-expired', { expiresOn: '2026-11-19', criteria: { requiredTags: ['专精特新'] } })
    await ok(bed, FIX.ownerA, 'enterprise.updateProfile', facts({ tags: ['专精特新'] }))
    const mine = await notificationsOf(bed, FIX.ownerA)
    expect(mine.map((n) => n.link)).toEqual(['/packages/policy/detail/index?id=p-exempt'])
    expect(mine[0].body).toBe('根据企业档案，您的企业已符合该政策的条件，免申即享，无需另行申请。')
  })

  it('a refused edit tells nobody', async () => {
    const before = digest(bed)
    expect((await bed.call(FIX.ownerA, 'enterprise.updateProfile', facts({ employees: 30, foundedOn: '2030-01-01' }))).ok).toBe(false)
    expect(digest(bed)).toEqual(before)
  })
})

describe('notifyNewlyEligible for a policy', () => {
  beforeEach(async () => {
    await putPolicy(bed, 'p-park-a', { title: '高新区专项', criteria: { parkIds: [FIX.parkA] } })
  })

  it('tells the bound users of each eligible enterprise once, and records only what it told', async () => {
    const now = bed.clock.now()
    // ent-a and ent-a2 fit (ent-a2 has nobody bound); ent-b is in another park
    expect(await notifyNewlyEligible(bed.db, { policyId: 'p-park-a' }, now)).toBe(2)
    expect((await notificationsOf(bed, FIX.ownerA)).map((n) => n.title)).toEqual(['新的适用政策：高新区专项'])
    expect(await notificationsOf(bed, MX.staffA)).toHaveLength(1)
    expect(await notificationsOf(bed, FIX.ownerB)).toEqual([])
    expect(await count(COLLECTIONS.notifications)).toBe(2)
    expect(await count(COLLECTIONS.matchStates)).toBe(2)

    const before = digest(bed)
    expect(await notifyNewlyEligible(bed.db, { policyId: 'p-park-a' }, now)).toBe(0)
    expect(digest(bed)).toEqual(before)
  })

  it('notifies once even when two runs race', async () => {
    const now = bed.clock.now()
    const counts = await Promise.all([
      notifyNewlyEligible(bed.db, { policyId: 'p-park-a' }, now),
      notifyNewlyEligible(bed.db, { policyId: 'p-park-a' }, now),
      notifyNewlyEligible(bed.db, { enterpriseId: FIX.entA._id }, now)
    ])
    expect(counts.reduce((a, b) => a + b, 0)).toBe(2)
    expect(await notificationsOf(bed, FIX.ownerA)).toHaveLength(1)
    expect(await count(COLLECTIONS.notifications)).toBe(2)
  })

  it('does nothing for a draft, withdrawn, expired or missing policy', async () => {
    await putPolicy(bed, 'p-draft', { editStatus: 'draft' })
    await putPolicy(bed, 'p-withdrawn', { editStatus: 'withdrawn' })
    await putPolicy(bed, 'p-expired', { expiresOn: '2026-11-19' })
    const before = digest(bed)
    for (const policyId of ['p-draft', 'p-withdrawn', 'p-expired', 'p-missing']) {
      expect(await notifyNewlyEligible(bed.db, { policyId }, bed.clock.now())).toBe(0)
    }
    expect(digest(bed)).toEqual(before)
  })

  it('with both an enterprise and a policy, settles just that pair', async () => {
    await putPolicy(bed, 'p-other')
    expect(await notifyNewlyEligible(bed.db, { enterpriseId: FIX.entA._id, policyId: 'p-park-a' }, bed.clock.now())).toBe(1)
    expect((await notificationsOf(bed, FIX.ownerA)).map((n) => n.link)).toEqual(['/packages/policy/detail/index?id=p-park-a'])
    expect(await count(COLLECTIONS.matchStates)).toBe(1)
  })
})
