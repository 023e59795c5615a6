/**
 * Writes that survive a crash and a retry (issue 9, decision 0013): a request id is
 * required, a pending record expires after the lease, the retry takes over once, and a
 * create that landed before the crash is found again instead of made twice.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { once, REQUEST_LEASE_MS, requestKeyFor } from '../../../cloudfunctions/api/src/idempotency'
import type { ApiResult } from '../../../types'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { crashingDb, crashingRouter, fullDigest } from './crash'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterEach(() => bed.close())

const consult = { type: 'consult', category: '政策咨询', text: '请问高新技术企业认定的奖补怎么申报？' }
const RID = 'retry-after-crash-01'
const count = async (name: string) => (await bed.db.collection(name).count()).total
const requestRecord = async () => (await bed.db.collection(COLLECTIONS.requests).doc(requestKeyFor(userIdFor(FIX.ownerA), RID)).get()).data
const pastLease = () => (bed.clock.current = new Date(bed.clock.current.getTime() + REQUEST_LEASE_MS + 1000))

describe('request ids are required on writes', () => {
  it('a write without one is refused with REQUEST_ID_REQUIRED and writes nothing', async () => {
    const before = fullDigest(bed)
    for (const requestId of [undefined, null, '']) {
      expect(await bed.route({ action: 'case.submit', payload: consult, requestId }, FIX.ownerA)).toMatchObject({ ok: false, error: { code: 'REQUEST_ID_REQUIRED', message: '请求缺少编号，请刷新页面后重试' } })
    }
    expect(fullDigest(bed)).toBe(before)
  })

  it('reads need none', async () => {
    expect((await bed.route({ action: 'case.mine', payload: {} }, FIX.ownerA)).ok).toBe(true)
  })
})

describe('same id, other content', () => {
  it('answers REQUEST_ID_REUSED, after the first was done and while it is pending', async () => {
    const first = await bed.call(FIX.ownerA, 'case.submit', consult, RID)
    expect(first.ok).toBe(true)
    const before = digest(bed)
    expect(await bed.call(FIX.ownerA, 'case.submit', { ...consult, text: '换了内容的另一条咨询，请问怎么办？' }, RID)).toMatchObject({ ok: false, error: { code: 'REQUEST_ID_REUSED' } })
    expect(await bed.call(FIX.ownerA, 'policy.follow', { category: '财税', on: true }, RID)).toMatchObject({ ok: false, error: { code: 'REQUEST_ID_REUSED' } })
    expect(digest(bed)).toBe(before)
    // the same content with the keys in another order is the same request
    const reordered = { text: consult.text, category: consult.category, type: consult.type }
    expect(await bed.call(FIX.ownerA, 'case.submit', reordered, RID)).toEqual(first)
    expect(await count(COLLECTIONS.cases)).toBe(1)
  })

  it('another account may use the same id for its own request', async () => {
    expect((await bed.call(FIX.ownerA, 'case.submit', consult, RID)).ok).toBe(true)
    expect((await bed.call(FIX.ownerB, 'case.submit', consult, RID)).ok).toBe(true)
    expect(await count(COLLECTIONS.cases)).toBe(2)
  })
})

describe('a crash between the claim and the write', () => {
  async function crashBeforeTheWrite() {
    // dies when the case transaction first touches the day's counter: nothing of it commits
    const db = crashingDb(bed.db, (a) => a.inTx && a.collection === COLLECTIONS.counters)
    const r = await crashingRouter(bed, db)({ action: 'case.submit', payload: consult, requestId: RID }, { openid: FIX.ownerA })
    expect(db.crashed).toBe(true)
    expect(r).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  }

  it('leaves the record pending and no case', async () => {
    await crashBeforeTheWrite()
    expect(await requestRecord()).toMatchObject({ status: 'pending', attempt: 1, action: 'case.submit' })
    expect(await count(COLLECTIONS.cases)).toBe(0)
  })

  it('a retry before the lease ends answers REQUEST_IN_PROGRESS and writes nothing', async () => {
    await crashBeforeTheWrite()
    bed.clock.current = new Date(bed.clock.current.getTime() + REQUEST_LEASE_MS - 1000)
    const before = digest(bed)
    expect(await bed.call(FIX.ownerA, 'case.submit', consult, RID)).toMatchObject({ ok: false, error: { code: 'REQUEST_IN_PROGRESS' } })
    expect(digest(bed)).toBe(before)
  })

  it('a retry after the lease takes over: exactly one case, and the caller gets its answer', async () => {
    await crashBeforeTheWrite()
    pastLease()
    const retry = await bed.call(FIX.ownerA, 'case.submit', consult, RID)
    expect(retry.ok).toBe(true)
    expect(await count(COLLECTIONS.cases)).toBe(1)
    const { data } = await bed.db.collection(COLLECTIONS.cases).limit(10).get()
    expect(retry.ok && retry.data._id).toBe(data[0]._id)
    expect(await requestRecord()).toMatchObject({ status: 'done', attempt: 2 })
    // and every later repeat is the stored answer, not a new case
    expect(await bed.call(FIX.ownerA, 'case.submit', consult, RID)).toEqual(retry)
    pastLease()
    expect(await bed.call(FIX.ownerA, 'case.submit', consult, RID)).toEqual(retry)
    expect(await count(COLLECTIONS.cases)).toBe(1)
  })
})

describe('a crash after the write, before the record is marked done', () => {
  it('the retry finds the case the first attempt made and returns it: never two', async () => {
    let caseWritten = false
    // dies at the first touch of the request record after the case transaction ran
    const db = crashingDb(bed.db, (a) => {
      if (a.collection === COLLECTIONS.cases && a.inTx) caseWritten = true
      return caseWritten && a.collection === COLLECTIONS.requests
    })
    const crashed = await crashingRouter(bed, db)({ action: 'case.submit', payload: consult, requestId: RID }, { openid: FIX.ownerA })
    expect(crashed).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(await count(COLLECTIONS.cases)).toBe(1)
    expect(await requestRecord()).toMatchObject({ status: 'pending' })
    const { data } = await bed.db.collection(COLLECTIONS.cases).limit(10).get()
    const landed = data[0]

    expect(await bed.call(FIX.ownerA, 'case.submit', consult, RID)).toMatchObject({ ok: false, error: { code: 'REQUEST_IN_PROGRESS' } })
    pastLease()
    const retry = await bed.call(FIX.ownerA, 'case.submit', consult, RID)
    expect(retry).toMatchObject({ ok: true, data: { _id: landed._id, number: landed.number } })
    expect(await count(COLLECTIONS.cases)).toBe(1)
    // the day's counter was taken once: the next case is -0002, not -0003
    const next = await bed.call(FIX.ownerA, 'case.submit', { ...consult, text: '另一条咨询：请问人才补贴怎么领？' })
    expect(next.ok && next.data.number).toBe(landed.number.replace(/-0001$/, '-0002'))
  })

  it('the same holds for a 商圈 post', async () => {
    const post = { kind: 'supply', industry: '智能制造', title: '精密零件加工产能对外开放', text: '本公司数控车床产能富余，可承接小批量精密零件加工，欢迎联系洽谈。', contactName: '周先生', contactPhone: '13800000001' }
    let written = false
    const db = crashingDb(bed.db, (a) => {
      if (a.collection === 'posts' && a.inTx) written = true
      return written && a.collection === COLLECTIONS.requests
    })
    const crashed = await crashingRouter(bed, db)({ action: 'post.create', payload: post, requestId: RID }, { openid: FIX.ownerA })
    if (!written) throw new Error(`post.create did not reach the write: ${JSON.stringify(crashed)}`)
    pastLease()
    const retry = await bed.call(FIX.ownerA, 'post.create', post, RID)
    expect(retry.ok).toBe(true)
    expect(await count('posts')).toBe(1)
  })
})

describe('a crash after a transition, before the record is marked done', () => {
  it('the retry answers with the transition that landed, applied once', async () => {
    const submitted = await bed.call(FIX.ownerA, 'case.submit', consult)
    if (!submitted.ok) throw new Error(JSON.stringify(submitted))
    const ref = { id: submitted.data._id, version: submitted.data.version, reason: '问题已自行解决' }
    let written = false
    const db = crashingDb(bed.db, (a) => {
      if (a.collection === COLLECTIONS.cases && a.inTx) written = true
      return written && a.collection === COLLECTIONS.requests
    })
    expect(await crashingRouter(bed, db)({ action: 'case.withdraw', payload: ref, requestId: RID }, { openid: FIX.ownerA })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    pastLease()
    const retry = await bed.call(FIX.ownerA, 'case.withdraw', ref, RID)
    expect(retry).toMatchObject({ ok: true, data: { _id: ref.id, status: 'withdrawn', version: ref.version + 1 } })
    const { data } = await bed.db.collection(COLLECTIONS.cases).doc(ref.id).get()
    expect(data!.events.filter((e: { action: string }) => e.action === 'withdraw')).toHaveLength(1)
    // a new request with the old version is still stale: only the same request gets the answer
    expect(await bed.call(FIX.ownerA, 'case.withdraw', ref)).toMatchObject({ ok: false, error: { code: 'CASE_STALE' } })
  })

  it('the same for a policy publication', async () => {
    const draft = await bed.call(FIX.admin, 'policy.save', { fields: { title: '测试政策甲', docNumber: '潭政发〔2026〕1号', issuer: '湘潭市人民政府', level: '市', categories: ['财税'], benefitType: '资金奖补', summary: '支持中小企业发展的若干措施摘要。', bodyHtml: '<p>第一条 为支持企业发展，制定本措施。</p>' } })
    if (!draft.ok) throw new Error(JSON.stringify(draft))
    let written = false
    const db = crashingDb(bed.db, (a) => {
      if (a.collection === COLLECTIONS.policies && a.inTx) written = true
      return written && a.collection === COLLECTIONS.requests
    })
    await crashingRouter(bed, db)({ action: 'policy.publish', payload: { id: draft.data._id }, requestId: RID }, { openid: FIX.admin })
    pastLease()
    const retried = await bed.call(FIX.admin, 'policy.publish', { id: draft.data._id }, RID)
    expect(retried).toMatchObject({ ok: true, data: { _id: draft.data._id } })
    expect(await bed.call(FIX.admin, 'policy.publish', { id: draft.data._id })).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})

describe('the lease is a compare-and-set', () => {
  it('a slow first attempt that finishes after a takeover does not overwrite the answer', async () => {
    const key = 'u-test_slow-request-1'
    const o = { key, action: 'case.submit', hash: 'h1' }
    let release!: () => void
    const slow = once(bed.db, {
      ...o,
      now: bed.clock.now(),
      run: () => new Promise<ApiResult<unknown>>((resolve) => (release = () => resolve({ ok: true, data: 'first' })))
    })
    await new Promise((r) => setImmediate(r))
    const later = new Date(bed.clock.current.getTime() + REQUEST_LEASE_MS + 1)
    const takeover = await once(bed.db, { ...o, now: later, run: async () => ({ ok: true, data: 'second' }) })
    expect(takeover).toEqual({ ok: true, data: 'second' })
    release()
    expect(await slow).toEqual({ ok: true, data: 'first' })
    const { data } = await bed.db.collection(COLLECTIONS.requests).doc(key).get()
    expect(data).toMatchObject({ status: 'done', attempt: 2, result: { ok: true, data: 'second' } })
    // a third arrival replays the stored answer without running
    expect(await once(bed.db, { ...o, now: later, run: async () => { throw new Error('must not run') } })).toEqual({ ok: true, data: 'second' })
  })

  it('a failure it saw (not a crash) releases the record at once', async () => {
    const o = { key: 'u-test_throws-00001', action: 'case.submit', hash: 'h', now: bed.clock.now() }
    await expect(once(bed.db, { ...o, run: async () => { throw new Error('boom') } })).rejects.toThrow('boom')
    expect(await once(bed.db, { ...o, run: async () => ({ ok: true, data: 1 }) })).toEqual({ ok: true, data: 1 })
  })
})
