/** Hits marked as segments: every term, Latin case ignored, never HTML, snippets around the first hit. */
import { highlight, snippet } from '../../../cloudfunctions/api/src/domain/policies/highlight'
import type { Highlighted } from '../../../types'

const hits = (h: Highlighted) => h.filter((s) => s.hit).map((s) => s.text)
const joined = (h: Highlighted) => h.map((s) => s.text).join('')

describe('highlight', () => {
  test('marks every occurrence of every term and keeps the text whole', () => {
    const text = '人才公寓与人才补贴：补贴按月发放'
    const h = highlight(text, '人才 补贴')
    expect(joined(h)).toBe(text)
    expect(h).toEqual([
      { text: '人才', hit: true },
      { text: '公寓与', hit: false },
      { text: '人才补贴', hit: true },
      { text: '：', hit: false },
      { text: '补贴', hit: true },
      { text: '按月发放', hit: false }
    ])
  })

  test('Latin letters match whatever their case; the text keeps its own case', () => {
    expect(hits(highlight('Supports SaaS and AI start-ups', 'saas ai'))).toEqual(['SaaS', 'AI'])
  })

  test('folding keeps positions: a capital that lower-cases longer (İ) stays as it is; Greek and full-width letters fold', () => {
    // 'İ'.toLowerCase() is two units: folded as itself, so the hit after it is still in place
    expect(hits(highlight('İstanbul 补贴 AI', 'ai'))).toEqual(['AI'])
    expect(hits(highlight('ΣΟΦΙΑ 与 ＡＩ 园区', 'σοφια ａｉ'))).toEqual(['ΣΟΦΙΑ', 'ＡＩ'])
    expect(joined(highlight('ΣΟΦΙΑ 与 ＡＩ 园区', 'σοφια ａｉ'))).toBe('ΣΟΦΙΑ 与 ＡＩ 园区')
  })

  test('overlapping terms merge into one hit; special characters are literal', () => {
    expect(hits(highlight('潭政发〔2026〕3号', '〔2026 2026〕'))).toEqual(['〔2026〕'])
    expect(hits(highlight('公式 x*y 与 xxy', 'x*y'))).toEqual(['x*y'])
    expect(hits(highlight('a.b 与 axb', 'a.b'))).toEqual(['a.b'])
  })

  test('markup in the text stays text', () => {
    const h = highlight('<b>人才</b><script>x</script>', '人才')
    expect(h).toEqual([
      { text: '<b>', hit: false },
      { text: '人才', hit: true },
      { text: '</b><script>x</script>', hit: false }
    ])
  })

  test('no query or no hit: one plain segment; empty text: none', () => {
    expect(highlight('稳岗补贴', '  ')).toEqual([{ text: '稳岗补贴', hit: false }])
    expect(highlight('稳岗补贴', '人才')).toEqual([{ text: '稳岗补贴', hit: false }])
    expect(highlight('', '人才')).toEqual([])
  })
})

describe('snippet', () => {
  const long = '前言'.repeat(60) + '对新引进的博士给予安家补贴' + '结语'.repeat(60)

  test('a window of about `length` characters around the first hit, cut ends marked', () => {
    const s = snippet(long, '安家补贴', 40)
    expect(hits(s)).toEqual(['安家补贴'])
    expect(s[0]).toEqual({ text: '…', hit: false })
    expect(s[s.length - 1]).toEqual({ text: '…', hit: false })
    expect(joined(s).length).toBe(42)
    // the hit has context before it
    expect(joined(s).indexOf('安家补贴')).toBeGreaterThan(5)
  })

  test('whitespace runs collapse; short text is whole; no hit gives the start', () => {
    expect(snippet('稳岗\n\n  补贴', '补贴')).toEqual([
      { text: '稳岗 ', hit: false },
      { text: '补贴', hit: true }
    ])
    const start = snippet(long, '不存在', 10)
    expect(start).toEqual([
      { text: '前言前言前言前言前言', hit: false },
      { text: '…', hit: false }
    ])
  })

  test('near the end the window shifts back to stay full; a surrogate pair is never split', () => {
    const s = snippet('开头'.repeat(50) + '补贴', '补贴', 20)
    expect(joined(s)).toBe('…' + '开头'.repeat(9) + '补贴')
    const emoji = snippet('😀'.repeat(30) + '人才', '人才', 9)
    expect(joined(emoji)).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
    expect(hits(emoji)).toEqual(['人才'])
  })
})
