/**
 * The first proof: a stranger who knows ent-a's real name and 统一社会信用代码 files
 * a 企业认证申请 and then tries EVERY action open to entrepreneurs (enumerated from ACTIONS,
 * so a new one is covered, or this test fails for want of a payload). Each is refused, or,
 * where guests may call it at all, answers nothing of ent-a — no case, profile, material or
 * booking — and writes nothing. The only writes a 待认证 user may make are their own:
 * profile, notifications, subscriptions, favourites, and a consult as an individual.
 */
import { ACTIONS } from '../../../cloudfunctions/api/src/actions'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { WRITE_ACTIONS, type ActionName, type Role } from '../../../types'
import { openBed, type Bed } from '../helpers'
import { APPLY_TEXT, fullMaterials, ok, seedServices, SV, uid } from '../services/fixture'
import { lectureFields } from '../lectures/fixture'
import { domainDigest, memberId } from './fixture'

const STRANGER = 'oid-mb-stranger-x'
const POST = { kind: 'supply', industry: '智能制造', title: '', text: '本公司可承接数控车铣复合加工，月产能五万件，欢迎洽谈。', validDays: 30, contactName: '王经理', contactPhone: '13911112222' }
const SECRET = {
  consult: '甲企业内部咨询：本季度研发费用台账核对事项',
  complaint: '甲企业内部投诉：园区供电频繁中断影响生产',
  topic: '甲企业预约：想当面沟通扩产用地的问题'
}

interface Scene {
  consultId: string
  complaintId: string
  serviceCaseId: string
  slotId: string
  postId: string
  contactId: string
  lectureId: string
  ownMembershipId: string
}

let bed: Bed
let scene: Scene

async function setUp(): Promise<void> {
  await seedServices(bed)
  // ent-a's life: cases, a service application with its materials, a booking, a post, a lecture seat
  const consult = await ok(bed, SV.ownerA, 'case.submit', { type: 'consult', category: '政策咨询', text: SECRET.consult })
  const complaint = await ok(bed, SV.ownerA, 'case.submit', { type: 'complaint', category: '办事效率', text: SECRET.complaint })
  const service = await ok(bed, SV.ownerA, 'service.apply', { serviceId: SV.ipLoan, mode: '帮办', text: APPLY_TEXT, materials: fullMaterials() })
  const slotId = 'slot-mb-1'
  await bed.db.collection(COLLECTIONS.slots).doc(slotId).set({
    data: { kind: '企业接待日', title: '园区企业接待日', host: '管理员甲', place: '园区服务中心', startsAt: '2026-11-27T02:00:00.000Z', endsAt: '2026-11-27T04:00:00.000Z', capacity: 5, booked: 0, parkId: SV.parkA, createdById: null, createdByName: '系统', createdAt: '2026-11-01T00:00:00.000Z' }
  })
  await ok(bed, SV.ownerA, 'appointment.book', { slotId, topic: SECRET.topic })
  const post = await ok(bed, SV.ownerA, 'post.create', { ...POST, title: '数控加工产能富余' })
  const contact = await ok(bed, SV.ownerB, 'post.requestContact', { id: post._id, message: '想了解加工报价' })
  const lecture = await ok(bed, SV.managerA, 'lecture.save', { fields: lectureFields() })
  await ok(bed, SV.ownerA, 'lecture.signup', { id: lecture._id })
  await bed.db.collection(COLLECTIONS.enterprises).doc(SV.entA._id).update({ data: { employees: 4321, tags: ['专精特新'] } })
  // the stranger: a real name and code, a request filed, nothing approved
  const me = await ok(bed, STRANGER, 'membership.apply', { ...applyPayloadFor(STRANGER) })
  expect(me).toMatchObject({ account: { role: 'guest', enterpriseId: null }, membership: { status: 'pending', enterpriseId: SV.entA._id } })
  scene = {
    consultId: consult._id,
    complaintId: complaint._id,
    serviceCaseId: service._id ?? service.caseId ?? service.case?._id,
    slotId,
    postId: post._id,
    contactId: contact._id,
    lectureId: lecture._id,
    ownMembershipId: memberId(SV.ownerA, SV.entA._id)
  }
}

function applyPayloadFor(openid: string) {
  return {
    name: SV.entA.name,
    creditCode: SV.entA.creditCode,
    capacity: 'authorised',
    licence: { fileID: `cloud://test-env/u/${uid(openid)}/202611/licence.jpg`, name: 'licence.jpg', size: 1000, kind: 'image' },
    authorisation: { fileID: `cloud://test-env/u/${uid(openid)}/202611/auth.pdf`, name: 'auth.pdf', size: 1000, kind: 'file' }
  }
}

/**
 * Payloads aimed at ent-a's things, for every action a guest may call at all. Actions closed to
 * guests are refused by role before their payload is read, so they need none.
 */
const ref = (id: string) => ({ id, version: 0 })
const GUEST_PAYLOADS: Record<string, (s: Scene) => Record<string, unknown>> = {
  'session.me': () => ({}),
  'account.updateProfile': () => ({ name: '陌生人', phone: '13700001111' }),
  'park.list': () => ({}),
  'news.list': () => ({}),
  'news.get': () => ({ id: 'news-none' }),
  'notice.list': () => ({}),
  'notice.get': () => ({ id: 'notice-none' }),
  'home.feed': () => ({}),
  'notification.list': () => ({}),
  'notification.unreadCount': () => ({}),
  'notification.markRead': () => ({ all: true }),
  'subscription.templates': () => ({}),
  'subscription.record': () => ({ accepted: ['caseProgress'] }),
  // a complaint needs a membership; a consult is tried separately below (it is the caller's own)
  'case.submit': () => ({ type: 'complaint', category: '办事效率', text: '以甲企业名义投诉：窗口排队太久。' }),
  'case.mine': () => ({ filter: 'all' }),
  'case.get': (s) => ({ id: s.consultId }),
  'case.supplement': (s) => ({ ...ref(s.consultId), text: '陌生人的补充说明' }),
  'case.withdraw': (s) => ({ ...ref(s.complaintId), reason: '陌生人撤回' }),
  'case.rate': (s) => ({ ...ref(s.consultId), level: '非常满意' }),
  'steward.record': () => ({ stewardId: uid(SV.stewardA) }),
  'rectified.list': () => ({}),
  'enterprise.profile': () => ({}),
  'enterprise.updateProfile': () => ({ industry: '智能制造', scale: '小型', employees: 10, revenueBand: null, tags: [] }),
  'enterprise.profileHistory': () => ({}),
  'policy.recommend': () => ({}),
  'service.list': () => ({}),
  'service.get': () => ({ id: SV.ipLoan }),
  'appointment.slots': () => ({}),
  'policy.search': () => ({ q: '' }),
  'policy.get': () => ({ id: 'policy-none' }),
  'policy.getMany': () => ({ ids: ['policy-none'] }),
  'policy.favourite': () => ({ id: 'policy-none', on: true }),
  'policy.favourites': () => ({}),
  'policy.follow': () => ({ category: '科技创新', on: true }),
  'policy.following': () => ({}),
  'policy.calendar': () => ({}),
  'steward.list': () => ({}),
  'steward.get': () => ({ id: uid(SV.stewardA) }),
  'lecture.list': () => ({}),
  'lecture.get': (s) => ({ id: s.lectureId }),
  'post.list': () => ({}),
  'post.get': (s) => ({ id: s.postId }),
  'post.create': () => ({ ...POST, title: '冒名发布的信息' }),
  'post.update': (s) => ({ id: s.postId, ...POST, title: '冒名修改的信息' }),
  'post.close': (s) => ({ id: s.postId }),
  'post.mine': () => ({}),
  'post.requestContact': (s) => ({ id: s.postId, message: '陌生人留言' }),
  'post.contactRequests': () => ({}),
  'post.answerContact': (s) => ({ requestId: s.contactId, accept: true }),
  'post.report': (s) => ({ id: s.postId, reason: '虚假信息' }),
  'membership.apply': () => applyPayloadFor(STRANGER),
  'membership.get': (s) => ({ id: s.ownMembershipId }),
  'membership.redeem': () => ({ code: 'ABCDEFGHJK' }),
  'membership.licenseAuth': () => ({ authCode: 'dev-license:' + SV.entA.creditCode + ':legalRep' })
}

/** the caller's own business, not the enterprise's: these may write (never anything of ent-a) */
const PERSONAL_WRITES = new Set<string>(['account.updateProfile', 'notification.markRead', 'subscription.record', 'policy.favourite', 'policy.follow'])

/** every stored row that names ent-a (except the stranger's own account): none may change */
function enterpriseRows(): string {
  const own = JSON.stringify(uid(STRANGER))
  return domainDigest(bed)
    .split('\n')
    .flatMap((table) => {
      const [name, json] = [table.slice(0, table.indexOf(':')), table.slice(table.indexOf(':') + 1)]
      if (name === 'requests') return []
      return (JSON.parse(json) as Array<Record<string, unknown>>).filter((row) => JSON.stringify(row).includes(SV.entA._id) && !(name === 'users' && JSON.stringify(row._id) === own)).map((row) => `${name}:${JSON.stringify(row)}`)
    })
    .join('\n')
}

beforeAll(async () => {
  bed = openBed()
  await setUp()
})
afterAll(() => bed.close())

const enterpriseActions = (Object.entries(ACTIONS) as Array<[ActionName, { roles: readonly Role[] }]>).filter(([, def]) => def.roles.includes('entrepreneur'))

it('the enumeration covers the enterprise actions (and would cover a new one)', () => {
  const names = enterpriseActions.map(([name]) => name)
  for (const must of ['case.submit', 'case.get', 'enterprise.profile', 'service.apply', 'appointment.book', 'post.create', 'lecture.signup', 'membership.createInvite']) expect(names).toContain(must)
  const missing = enterpriseActions.filter(([name, def]) => def.roles.includes('guest') && !GUEST_PAYLOADS[name]).map(([name]) => name)
  expect(missing).toEqual([])
})

it.each(enterpriseActions.map(([name, def]) => [name, def] as const))('%s: refused, or nothing of the enterprise', async (name, def) => {
  const before = domainDigest(bed)
  const rowsBefore = enterpriseRows()
  const payload = def.roles.includes('guest') ? GUEST_PAYLOADS[name](scene) : {}
  const r = await bed.call(STRANGER, name, payload)
  if (!def.roles.includes('guest')) {
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  } else if (r.ok) {
    // an answer a guest may have: it names nothing of ent-a's own
    const text = JSON.stringify(r.data)
    for (const secret of [scene.consultId, scene.complaintId, scene.serviceCaseId, SECRET.consult, SECRET.complaint, SECRET.topic, scene.ownMembershipId, APPLY_TEXT, `u/${uid(SV.ownerA)}/`, '4321']) {
      expect(text).not.toContain(secret)
    }
    if (WRITE_ACTIONS.has(name)) expect(PERSONAL_WRITES.has(name)).toBe(true)
  }
  expect(enterpriseRows()).toBe(rowsBefore)
  if (!PERSONAL_WRITES.has(name)) expect(domainDigest(bed)).toBe(before)
})

it('what the stranger can do is consult as an individual: no enterprise, invisible to ent-a', async () => {
  const rowsBefore = enterpriseRows()
  const mine = await ok(bed, STRANGER, 'case.submit', { type: 'consult', category: '政策咨询', text: '我想了解企业认证需要准备哪些材料？' })
  expect(mine).toMatchObject({ enterpriseName: '个人咨询（待认证）', parkId: SV.parkA })
  const stored = (await bed.db.collection(COLLECTIONS.cases).doc(mine._id).get()).data
  expect(stored).toMatchObject({ enterpriseId: null, submitterId: uid(STRANGER) })
  expect(enterpriseRows()).toBe(rowsBefore)
  expect(await bed.call(SV.ownerA, 'case.get', { id: mine._id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  expect((await ok(bed, SV.ownerA, 'case.mine', {})).items.map((c: { _id: string }) => c._id)).not.toContain(mine._id)
})
