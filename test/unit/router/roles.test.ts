/**
 * Who may call what, for every action in `schemas`: the table below is the reviewed
 * policy, so widening an action's roles fails here until someone looks. Every role not
 * listed is refused with FORBIDDEN (no identity: UNAUTHENTICATED) and writes nothing,
 * whatever the payload — the router checks the role before it reads the payload.
 * Finer rules (whose enterprise, which park, which case) are the domain's and are tested
 * per area (cases-authz, membership, scope, circle).
 */
import { ACTIONS } from '../../../cloudfunctions/api/src/actions'
import { schemas, WRITE_ACTIONS, type ActionName, type Role } from '../../../types'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'

const EVERYONE: Role[] = ['guest', 'entrepreneur', 'steward', 'manager', 'admin']

/** role list → actions; sorted, so a diff shows what moved */
const POLICY: Array<[Role[], string[]]> = [
  [EVERYONE, [
    'account.updateProfile', 'appointment.slots', 'case.get', 'home.feed', 'lecture.get', 'lecture.list', 'membership.apply', 'membership.get',
    'membership.licenseAuth', 'membership.redeem', 'news.get', 'news.list', 'notice.get', 'notice.list', 'notification.list', 'notification.markRead',
    'notification.unreadCount', 'park.list', 'policy.calendar', 'policy.favourite', 'policy.favourites', 'policy.follow', 'policy.following', 'policy.get', 'policy.getMany',
    'policy.search', 'post.get', 'post.list', 'rectified.list', 'service.get', 'service.list', 'session.me', 'steward.get', 'steward.list', 'steward.record',
    'subscription.record', 'subscription.templates'
  ]],
  [['guest'], ['account.redeemInvite', 'membership.withdraw']],
  [['guest', 'entrepreneur'], [
    'case.mine', 'case.rate', 'case.submit', 'case.supplement', 'case.withdraw', 'enterprise.profile', 'enterprise.profileHistory', 'enterprise.updateProfile',
    'policy.recommend', 'post.answerContact', 'post.close', 'post.contactRequests', 'post.create', 'post.mine', 'post.report', 'post.requestContact', 'post.update'
  ]],
  [['entrepreneur'], [
    'appointment.book', 'appointment.cancel', 'lecture.ask', 'lecture.cancel', 'lecture.checkin', 'lecture.rate', 'lecture.signup', 'membership.createInvite',
    'membership.invites', 'membership.leave', 'membership.revokeInvite', 'service.apply', 'steward.mine', 'steward.requestChange'
  ]],
  [['entrepreneur', 'steward', 'manager', 'admin'], ['membership.members', 'membership.remove', 'membership.setAdmin']],
  [['steward'], ['steward.updateCard']],
  [['steward', 'manager', 'admin'], [
    'case.accept', 'case.assignees', 'case.inbox', 'case.reply', 'case.requestInfo', 'case.resolve', 'case.revisit', 'case.transfer', 'membership.approve',
    'membership.counts', 'membership.queue', 'membership.reject', 'settings.getDeadlines'
  ]],
  [['manager', 'admin'], [
    'appointment.createSlot', 'calendar.list', 'calendar.setYear', 'case.assign', 'case.press', 'case.reviewRectify', 'case.reviewReject', 'case.supervise',
    'invite.create', 'invite.list', 'invite.revoke', 'lecture.export', 'lecture.save', 'lecture.signups', 'news.manageGet', 'news.manageList', 'news.publish',
    'news.save', 'news.unpublish', 'notice.enterprises', 'notice.manageGet', 'notice.manageList', 'notice.previewAudience', 'notice.publish', 'notice.save',
    'notice.stats', 'policy.import', 'policy.manageList', 'policy.publish', 'policy.push', 'policy.pushPreview', 'policy.save', 'policy.withdraw',
    'post.moderate', 'post.moderationQueue', 'service.save', 'settings.setDeadlines', 'steward.assign', 'steward.assignments', 'steward.enterprises'
  ]],
  [['admin'], ['settings.getRateLimits', 'settings.setRateLimits']]
]

const CALLER: Record<Role, string> = { guest: FIX.guest, entrepreneur: FIX.ownerA, steward: FIX.stewardA, manager: FIX.managerA, admin: FIX.admin }
const policyOf = new Map<string, Role[]>(POLICY.flatMap(([roles, actions]) => actions.map((a) => [a, roles] as [string, Role[]])))
const ACTION_NAMES = Object.keys(schemas) as ActionName[]

/** payloads a caller might try: nothing, a plausible one naming another's things, and junk */
const TRIES: unknown[] = [{}, { id: FIX.entB._id, enterpriseId: FIX.entB._id, parkId: FIX.parkB, userId: 'u-someone', role: 'admin', page: 1 }, 'junk']

let bed: Bed
beforeAll(async () => {
  bed = openBed()
  await seedFixture(bed)
})
afterAll(() => bed.close())

describe('the role policy', () => {
  it('names every action exactly once, and the router enforces exactly this table', () => {
    const listed = POLICY.flatMap(([, actions]) => actions)
    expect(new Set(listed).size).toBe(listed.length)
    expect([...listed].sort()).toEqual([...ACTION_NAMES].sort())
    expect(Object.keys(ACTIONS).sort()).toEqual([...ACTION_NAMES].sort())
    for (const action of ACTION_NAMES) {
      expect({ action, roles: [...ACTIONS[action].roles].sort() }).toEqual({ action, roles: [...(policyOf.get(action) ?? [])].sort() })
    }
  })

  it('keeps city-wide settings and the rate limits to the city admin, and staff actions from enterprises and guests', () => {
    for (const action of ['settings.getRateLimits', 'settings.setRateLimits']) expect(ACTIONS[action as ActionName].roles).toEqual(['admin'])
    for (const action of ACTION_NAMES.filter((a) => /^(invite|settings|calendar)\.|\.(manage\w*|moderate|moderationQueue|supervise|press|assign|approve|reject|queue|counts|publish|push)$/.test(a))) {
      if (action === 'settings.getDeadlines') continue
      const roles = ACTIONS[action].roles
      expect({ action, guest: roles.includes('guest'), entrepreneur: roles.includes('entrepreneur') }).toEqual({ action, guest: false, entrepreneur: false })
    }
  })

  it('the fixture callers hold the roles they stand for', async () => {
    for (const [role, openid] of Object.entries(CALLER)) {
      const r = await bed.call(openid, 'session.me', {})
      expect(r.ok && r.data.account.role).toBe(role)
    }
  })
})

describe.each(ACTION_NAMES.map((a) => [a]))('%s', (action) => {
  it('refuses every role outside its list with FORBIDDEN, and no identity with UNAUTHENTICATED, writing nothing', async () => {
    const allowed = ACTIONS[action].roles
    const before = digest(bed)
    let n = 0
    for (const role of EVERYONE.filter((r) => !allowed.includes(r))) {
      for (const payload of TRIES) {
        const requestId = WRITE_ACTIONS.has(action) ? `rid-${action.replace(/\./g, '-')}-${role}-${n++}`.slice(0, 64) : undefined
        const r = await bed.route({ action, payload, requestId }, CALLER[role])
        expect({ role, payload, r }).toEqual({ role, payload, r: { ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) } })
      }
    }
    for (const payload of TRIES) {
      expect(await bed.route({ action, payload, requestId: 'rid-anonymous-0001' }, null)).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } })
    }
    expect(digest(bed)).toBe(before)
  })
})
