/* eslint-disable @typescript-eslint/no-explicit-any -- HTTP answers are inspected loosely */
/**
 * 100 entrepreneurs sign up for a 30-seat lecture at the same moment, through the local
 * host over real HTTP: exactly 30 seats, 70 wait-list places numbered 1..70, counters equal
 * to the documents; a cancellation promotes exactly the first in line, who is notified.
 */
import type { FastifyInstance } from 'fastify'
import { join } from 'node:path'
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { buildApp } from '../../../server/app'
import { loadConfig } from '../../../server/config'
import { issueToken } from '../../../server/session'
import { FIX, openBed, seedFixture, type Bed } from '../helpers'
import { lectureDoc, lectureFields, notificationsOf, seedAttendees, signupDocs, uid } from './fixture'

let bed: Bed
let app: FastifyInstance
let base: string
let secret: string
let openids: string[]

beforeAll(async () => {
  bed = openBed()
  await seedFixture(bed)
  openids = await seedAttendees(bed, 100)
  const dir = join(bed.db.raw.name, '..')
  const config = loadConfig({ DATA_DIR: dir, H5_DIR: join(dir, 'no-h5'), PORT: '0' })
  secret = config.sessionSecret
  app = await buildApp({ config, db: bed.db, clock: bed.clock })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const address = app.server.address()
  if (!address || typeof address === 'string') throw new Error('no port')
  base = `http://127.0.0.1:${address.port}`
}, 60_000)
afterAll(async () => {
  await app?.close()
  bed?.close()
})

let seq = 0
async function api(openid: string, action: string, payload: Record<string, unknown>): Promise<any> {
  const res = await fetch(`${base}/api/${action}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${issueToken(secret, openid)}` },
    body: JSON.stringify({ payload, requestId: `req-${process.pid}-${++seq}` })
  })
  expect(res.status).toBe(200)
  return res.json()
}

async function consistent(lectureId: string) {
  const lecture = await lectureDoc(bed, lectureId)
  const docs = await signupDocs(bed, lectureId)
  const confirmed = docs.filter((d) => d.state === 'confirmed')
  const waitlisted = docs.filter((d) => d.state === 'waitlisted')
  expect(lecture.confirmed).toBe(confirmed.length)
  expect(lecture.confirmed).toBeLessThanOrEqual(lecture.capacity)
  expect([...lecture.waitlist].sort()).toEqual(waitlisted.map((d) => d.userId).sort())
  expect(new Set(lecture.waitlist).size).toBe(lecture.waitlist.length)
  return { lecture, docs, confirmed, waitlisted }
}

describe('100 concurrent sign-ups for 30 seats through the local host', () => {
  let lectureId: string
  const positionOf = new Map<string, number>()
  const confirmedOpenids: string[] = []

  it('gives exactly 30 seats and wait-list places 1..70, counters equal to the documents', async () => {
    const saved = await api(FIX.managerA, 'lecture.save', { fields: lectureFields({ capacity: 30 }) })
    expect(saved).toMatchObject({ ok: true, data: { capacity: 30, confirmed: 0, waitlisted: 0 } })
    lectureId = saved.data._id

    const answers = await Promise.all(openids.map((o) => api(o, 'lecture.signup', { id: lectureId })))
    expect(answers.filter((a) => !a.ok)).toEqual([])
    const states = answers.map((a) => a.data.mySignup.state)
    expect(states.filter((s) => s === 'confirmed')).toHaveLength(30)
    expect(states.filter((s) => s === 'waitlisted')).toHaveLength(70)
    answers.forEach((a, i) => {
      if (a.data.mySignup.state === 'waitlisted') positionOf.set(openids[i], a.data.mySignup.position)
      else {
        expect(a.data.mySignup.position).toBeNull()
        confirmedOpenids.push(openids[i])
      }
    })
    expect([...positionOf.values()].sort((x, y) => x - y)).toEqual(Array.from({ length: 70 }, (_, i) => i + 1))

    const { lecture, confirmed, waitlisted } = await consistent(lectureId)
    expect(confirmed).toHaveLength(30)
    expect(waitlisted).toHaveLength(70)
    // the answer each caller got is the place they hold
    lecture.waitlist.forEach((userId, i) => {
      const openid = openids.find((o) => uid(o) === userId) as string
      expect(positionOf.get(openid)).toBe(i + 1)
    })
    const read = await api(FIX.ownerA, 'lecture.get', { id: lectureId })
    expect(read.data).toMatchObject({ confirmed: 30, waitlisted: 70, mySignup: null })
  }, 60_000)

  it('a cancellation promotes exactly the first in line, who is notified in-app and by subscribe message', async () => {
    const first = [...positionOf.entries()].find(([, p]) => p === 1)![0]
    const second = [...positionOf.entries()].find(([, p]) => p === 2)![0]
    expect((await api(first, 'subscription.record', { accepted: ['caseProgress'] })).ok).toBe(true)

    const leaving = confirmedOpenids[7]
    const cancelled = await api(leaving, 'lecture.cancel', { id: lectureId })
    expect(cancelled).toMatchObject({ ok: true, data: { confirmed: 30, waitlisted: 69, mySignup: { state: 'cancelled' } } })

    const { confirmed, waitlisted, docs } = await consistent(lectureId)
    expect(confirmed).toHaveLength(30)
    expect(waitlisted).toHaveLength(69)
    expect(docs.filter((d) => d.state === 'cancelled').map((d) => d.userId)).toEqual([uid(leaving)])
    expect(confirmed.map((d) => d.userId)).toContain(uid(first))

    expect((await api(first, 'lecture.get', { id: lectureId })).data.mySignup).toMatchObject({ state: 'confirmed', position: null })
    expect((await api(second, 'lecture.get', { id: lectureId })).data.mySignup).toMatchObject({ state: 'waitlisted', position: 1 })

    const told = (await notificationsOf(bed, first)).filter((n) => n.title === '讲座候补成功')
    expect(told).toHaveLength(1)
    expect(told[0].link).toBe(`/packages/lecture/detail/index?id=${lectureId}`)
    for (const o of openids.filter((x) => x !== first)) {
      expect((await notificationsOf(bed, o)).filter((n) => n.title === '讲座候补成功')).toEqual([])
    }
    const { data: outbox } = await bed.db.collection(COLLECTIONS.outbox).where({ touser: first }).get()
    expect(outbox).toHaveLength(1)
    expect(outbox[0]).toMatchObject({ templateKey: 'caseProgress', page: `packages/lecture/detail/index?id=${lectureId}` })
  }, 60_000)

  it('five cancellations at once promote exactly the next five, in order', async () => {
    const before = await lectureDoc(bed, lectureId)
    const nextFive = before.waitlist.slice(0, 5)
    const leaving = confirmedOpenids.slice(0, 5)
    const answers = await Promise.all(leaving.map((o) => api(o, 'lecture.cancel', { id: lectureId })))
    expect(answers.every((a) => a.ok)).toBe(true)
    const { lecture, confirmed, waitlisted } = await consistent(lectureId)
    expect(confirmed).toHaveLength(30)
    expect(waitlisted).toHaveLength(64)
    expect(lecture.waitlist).toEqual(before.waitlist.slice(5))
    for (const userId of nextFive) expect(confirmed.map((d) => d.userId)).toContain(userId)
  }, 60_000)
})
