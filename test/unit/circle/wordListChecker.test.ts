/** The local content-security port: mint-filter over the two word lists. */
import { normalizeForCheck, wordListChecker } from '../../../server/contentCheck/wordListChecker'
import { REJECT_WORDS, REVIEW_WORDS } from '../../../server/contentCheck/words'

const check = (text: string, lists?: Parameters<typeof wordListChecker>[0]) => wordListChecker(lists).check({ text, openid: 'oid', scene: 'post' })

it('passes ordinary business text', async () => {
  expect(await check('供应精密零部件加工，交期稳定，欢迎园区企业洽谈合作。')).toEqual({ result: 'pass', label: null })
})

it('rejects every reject word and queues every review word', async () => {
  for (const w of REJECT_WORDS) expect(await check(`前文${w}后文`)).toMatchObject({ result: 'reject', label: w })
  for (const w of REVIEW_WORDS) expect((await check(`前文${w}后文`)).result).toBe('review')
})

it('lets a reject word win over a review word and names all matches', async () => {
  expect(await check('加微信了解博彩和网赌')).toEqual({ result: 'reject', label: expect.stringMatching(/博彩.*网赌|网赌.*博彩/) })
})

it('sees through spacing, punctuation, full width and case', async () => {
  expect(normalizeForCheck('加 微-信 ＶＸ')).toBe('加微信vx')
  expect((await check('赌 . 博')).result).toBe('reject')
  expect((await check('加Ｖ详谈')).result).toBe('review')
})

it('uses the lists it is given', async () => {
  expect((await check('这里有违禁词', { reject: ['违禁词'], review: [] })).result).toBe('reject')
  expect((await check('赌博', { reject: [], review: [] })).result).toBe('pass')
})
