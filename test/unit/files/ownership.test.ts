/* eslint-disable @typescript-eslint/no-explicit-any -- router answers are inspected loosely */
/**
 * "An attachment may reference only a file its caller uploaded", at every place a write
 * names a file: 企业认证 licence, post images, steward photo, news cover and body images,
 * policy attachments (save and import). Files already on an edited item may stay.
 */
import { COLLECTIONS } from '../../../cloudfunctions/api/src/domain/docs'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { digest, FIX, openBed, seedFixture, type Bed } from '../helpers'
import { CC, ownImage, postPayload, publish, seedCircle } from '../circle/fixture'
import { seedStewards, SX } from '../stewards/fixture'
import { newsInput } from '../content/news.fixture'
import { fields as policyFields } from '../policies/fixture'

const fileOf = (openid: string, name: string) => `cloud://env-t/u/${userIdFor(openid)}/202611/${name}`

let bed: Bed
afterEach(() => bed.close())

/** answers the refusal and proves nothing but rate-limit counters changed */
async function refusedUnchanged(openid: string, action: string, payload: unknown): Promise<any> {
  const before = digestWithoutLimits()
  const r: any = await bed.call(openid, action, payload)
  expect(r.ok).toBe(false)
  expect(digestWithoutLimits()).toBe(before)
  return r.error
}

/** rate-limit counters count attempts, refused ones included: they are not content */
function digestWithoutLimits(): string {
  return digest(bed)
    .split('\n')
    .filter((line) => !line.startsWith('rateLimits:') && !line.startsWith('$meta:'))
    .join('\n')
}

describe('with the base fixture', () => {
  beforeEach(async () => {
    bed = openBed()
    await seedFixture(bed)
  })

  it('企业认证: the licence photo must be the applicant’s own upload', async () => {
    const apply = (fileID: string) => ({ name: FIX.entA2.name, creditCode: FIX.entA2.creditCode, capacity: 'legalRep', licence: { fileID, name: '营业执照.jpg', size: 2048, kind: 'image' } })
    const err = await refusedUnchanged(FIX.guest, 'membership.apply', apply(fileOf(FIX.ownerA, 'licence.jpg')))
    expect(err).toMatchObject({ code: 'FORBIDDEN', field: 'licence', message: expect.stringContaining('不是您本人上传的文件') })
    expect(await bed.call(FIX.guest, 'membership.apply', apply(fileOf(FIX.guest, 'licence.jpg')))).toMatchObject({ ok: true })
  })

  it('news: cover and body images are the author’s uploads or https; those already there may stay', async () => {
    const foreign = fileOf(FIX.ownerA, 'cover.jpg')
    expect(await refusedUnchanged(FIX.managerA, 'news.save', newsInput({ cover: foreign }))).toMatchObject({ code: 'FORBIDDEN', field: 'cover' })
    const inBody = newsInput({ bodyHtml: `<p>现场</p><img src="${foreign}">` })
    expect(await refusedUnchanged(FIX.managerA, 'news.save', inBody)).toMatchObject({ code: 'FORBIDDEN', field: 'bodyHtml' })
    const saved: any = await bed.call(FIX.managerA, 'news.save', newsInput({ cover: fileOf(FIX.managerA, 'cover.jpg') }))
    expect(saved).toMatchObject({ ok: true })
    expect((await bed.call(FIX.managerA, 'news.save', newsInput({ cover: 'https://example.org/a.jpg' }))).ok).toBe(true)
    // the admin edits the manager's item and keeps its cover
    const id = saved.data._id
    expect(await bed.call(FIX.admin, 'news.save', newsInput({ id, cover: fileOf(FIX.managerA, 'cover.jpg'), title: '标题改一下' }))).toMatchObject({ ok: true })
    expect(await bed.call(FIX.admin, 'news.save', newsInput({ id, cover: foreign }))).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('policies: attachments are the editor’s uploads or https, in the editor and in an import', async () => {
    const foreign = { name: '申报指南.pdf', url: fileOf(FIX.ownerA, 'guide.pdf') }
    const before = await bed.db.collection(COLLECTIONS.policies).count()
    const r = await bed.call(FIX.admin, 'policy.save', { fields: policyFields({ attachments: [foreign] }) })
    expect(r).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', field: 'fields.attachments.0.url' } })
    expect(await bed.db.collection(COLLECTIONS.policies).count()).toEqual(before)
    const own = { name: '申报指南.pdf', url: fileOf(FIX.admin, 'guide.pdf') }
    expect(await bed.call(FIX.admin, 'policy.save', { fields: policyFields({ attachments: [own, { name: '原文', url: 'https://example.org/a.pdf' }] }) })).toMatchObject({ ok: true })
    const content = JSON.stringify([policyFields({ attachments: [foreign] })])
    const report: any = await bed.call(FIX.admin, 'policy.import', { format: 'json', content, dryRun: true })
    expect(report).toMatchObject({ ok: true, data: { imported: 0, rejected: 1 } })
    expect(report.data.rows[0].errors.join('')).toContain('不是您本人上传的文件')
  })
})

describe('posts', () => {
  beforeEach(async () => {
    bed = openBed()
    await seedCircle(bed)
  })

  it('new images must be the poster’s; a colleague’s image already on the post may stay', async () => {
    expect(await refusedUnchanged(CC.ownerA, 'post.create', postPayload({ images: [ownImage(CC.ownerB)] }))).toMatchObject({ code: 'FORBIDDEN', field: 'images.0' })
    const post = await publish(bed, CC.ownerA)
    // 甲's colleague edits the enterprise's post: the owner's image stays, a new one must be theirs
    const keep = await bed.call(CC.colleagueA, 'post.update', { id: post._id, ...postPayload({ images: [ownImage(CC.ownerA), ownImage(CC.colleagueA, 'more.jpg')] }) })
    expect(keep).toMatchObject({ ok: true })
    const theft = await refusedUnchanged(CC.colleagueA, 'post.update', { id: post._id, ...postPayload({ images: [ownImage(CC.ownerB)] }) })
    expect(theft).toMatchObject({ code: 'FORBIDDEN', field: 'images.0' })
  })
})

describe('steward photo', () => {
  beforeEach(async () => {
    bed = openBed()
    await seedStewards(bed)
  })

  it('is the steward’s own upload; the photo already on the card may stay', async () => {
    const card = { title: '主任', department: '高新区管委会', duties: ['销售员'], expertise: ['市场拓展'] }
    expect(await refusedUnchanged(SX.stewardA, 'steward.updateCard', { ...card, photo: fileOf(SX.ownerA, 'me.jpg') })).toMatchObject({ code: 'FORBIDDEN', field: 'photo' })
    // the seed gave 管家乙 a photo outside any upload folder: keeping it is fine
    const kept = await bed.call(SX.stewardA2, 'steward.updateCard', { ...card, photo: 'cloud://env/stewards/a2.jpg' })
    expect(kept).toMatchObject({ ok: true, data: { photo: 'cloud://env/stewards/a2.jpg' } })
    expect(await bed.call(SX.stewardA, 'steward.updateCard', { ...card, photo: fileOf(SX.stewardA, 'me.jpg') })).toMatchObject({ ok: true })
  })
})
