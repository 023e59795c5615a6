/** Nothing a user typed is HTML: it is stored and answered as the literal text. */
import { openBed, type Bed } from '../helpers'
import { CC, ok, publish, seedCircle, storedPost } from './fixture'

let bed: Bed
beforeEach(async () => {
  bed = openBed()
  await seedCircle(bed)
})
afterEach(() => bed.close())

const TITLE = '<b>供应</b> & 加工 <script>'
const TEXT = '<script>alert("x")</script> <img src=x onerror=alert(1)> 承接钣金件加工，&amp; 交期一周。'

it('comes back exactly as typed from create, get, list and storage', async () => {
  const post = await publish(bed, CC.ownerA, { title: TITLE, text: TEXT, contactName: '<i>王</i>经理' })
  expect(post).toMatchObject({ title: TITLE, text: TEXT, status: 'published', contact: { name: '<i>王</i>经理' } })
  expect(await ok(bed, CC.ownerB, 'post.get', { id: post._id })).toMatchObject({ title: TITLE, text: TEXT })
  const [summary] = (await ok(bed, CC.ownerB, 'post.list', {})).items
  expect(summary.title).toBe(TITLE)
  expect(summary.excerpt.startsWith('<script>alert("x")</script> <img src=x onerror=alert(1)>')).toBe(true)
  expect(await storedPost(bed, post._id)).toMatchObject({ title: TITLE, text: TEXT })
})

it('keeps line breaks in the text and folds them only in the excerpt', async () => {
  const text = '第一行：产品规格齐全\n第二行：支持定制\n\n第三行：欢迎洽谈'
  const post = await publish(bed, CC.ownerA, { text })
  expect((await ok(bed, CC.ownerB, 'post.get', { id: post._id })).text).toBe(text)
  expect((await ok(bed, CC.ownerB, 'post.list', {})).items[0].excerpt).toBe('第一行：产品规格齐全 第二行：支持定制 第三行：欢迎洽谈')
})

it('is searchable as literal text, markup characters included', async () => {
  const post = await publish(bed, CC.ownerA, { text: TEXT })
  expect((await ok(bed, CC.ownerB, 'post.list', { q: '<script>' })).items.map((p: { _id: string }) => p._id)).toEqual([post._id])
})
