/**
 * Search on real text: each document of ../shared/seeds (relative to the repository)
 * becomes a policy whose body is the file and whose title is its first line. Queries of
 * 2, 3 and 4+ characters find the right documents on both implementations, with the
 * term highlighted. Skipped, saying so, where the seeds are not present.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { SearchResult } from '../../../cloudfunctions/api/src/db/port'
import { highlight, snippet } from '../../../cloudfunctions/api/src/domain/policies/highlight'
import type { Highlighted } from '../../../types'
import { openSearchBed, sortedIds, type SearchBed } from './support'

const SEEDS = path.resolve(__dirname, '../../../../shared/seeds')
const files = fs.existsSync(SEEDS) ? fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort() : []

if (files.length === 0) {
  console.warn(`search seeds test skipped: no seed documents in ${SEEDS}`)
  test.skip('search on the seed documents (../shared/seeds not present)', () => undefined)
} else {
  describe('search on the seed documents', seedSuite)
}

interface Seed {
  id: string
  title: string
  body: string
}

const idOf = (file: string) => file.replace(/\.txt$/, '')

function loadSeeds(): Seed[] {
  return files.map((file) => {
    const body = fs.readFileSync(path.join(SEEDS, file), 'utf8')
    const first = body.split('\n').find((line) => line.trim() !== '') ?? file
    return { id: idOf(file), title: first.replace(/^#+\s*/, '').trim(), body }
  })
}

const hitTexts = (h: Highlighted) => h.filter((s) => s.hit).map((s) => s.text.toLowerCase())

/** Which seeds hold the term (in title or body), read straight from the text. */
function holders(seeds: Seed[], term: string): string[] {
  return seeds.filter((s) => s.title.includes(term) || s.body.includes(term)).map((s) => s.id)
}

/**
 * Per seed and length, an n-gram of Chinese characters found in that seed and no other,
 * taken from the middle of the text so it is not just the title.
 */
function uniqueGrams(seeds: Seed[], n: number): Array<{ id: string; term: string }> {
  const out: Array<{ id: string; term: string }> = []
  for (const seed of seeds) {
    const chars = [...seed.body]
    for (let i = Math.floor(chars.length / 2); i + n <= chars.length; i++) {
      const term = chars.slice(i, i + n).join('')
      if (!/^\p{Script=Han}+$/u.test(term)) continue
      if (holders(seeds, term).join() === seed.id) {
        out.push({ id: seed.id, term })
        break
      }
    }
  }
  return out
}

function seedSuite(): void {
  let bed: SearchBed
  let seeds: Seed[]
  const byPrefix = (prefix: string) => seeds.find((s) => s.id.startsWith(prefix))?.id

  beforeAll(async () => {
    seeds = loadSeeds()
    bed = openSearchBed()
    for (const s of seeds) {
      await bed.db.collection('policies').add({ data: { _id: s.id, title: s.title, docNumber: '', summary: '', bodyText: s.body } })
    }
  })

  afterAll(() => bed.close())

  /** Both implementations find the same documents; each hit shows the terms highlighted. */
  async function search(text: string): Promise<SearchResult> {
    const [fts, regexp] = await Promise.all([bed.fts({ text, limit: 100 }), bed.regexp({ text, limit: 100 })])
    expect(sortedIds(regexp)).toEqual(sortedIds(fts))
    for (const doc of fts.data) {
      const marked = [...hitTexts(highlight(doc.title, text)), ...hitTexts(highlight(doc.bodyText, text))]
      for (const term of text.split(/\s+/).filter(Boolean)) {
        expect({ doc: doc._id, term, highlighted: marked.some((h) => h.includes(term.toLowerCase())) }).toEqual({ doc: doc._id, term, highlighted: true })
      }
      const snip = [...hitTexts(snippet(doc.bodyText, text)), ...hitTexts(snippet(doc.title, text))]
      expect({ doc: doc._id, snippetHasHit: snip.length > 0 }).toEqual({ doc: doc._id, snippetHasHit: true })
    }
    return fts
  }

  /** the term's documents, and only those, read from the text itself */
  async function findsExactlyItsHolders(term: string): Promise<string[]> {
    const expected = holders(seeds, term).sort()
    expect(sortedIds(await search(term))).toEqual(expected)
    return expected
  }

  test.each([
    // [term, file prefix that must be found, file prefix that must not]
    ['党史', '001', '000'],
    ['续贷', '001', '002'],
    ['人才', '000', '003'],
    ['补贴', '002', '004'],
    ['诸事达', '000', '001'],
    ['祁心办', '002', '003'],
    ['沈晓明', '003', '002'],
    ['个转企', '004', '000'],
    ['关爱模式', '000', '004'],
    ['水清鱼跃', '004', '003'],
    ['一碗水端平', '003', '000'],
    ['免申即享', '002', '004']
  ])('%s finds %s and not %s', async (term, found, notFound) => {
    const want = byPrefix(found)
    const other = byPrefix(notFound)
    if (!want || !other) return console.warn(`seed ${found} or ${notFound} missing: '${term}' not checked`)
    const ids = await findsExactlyItsHolders(term)
    expect(ids).toContain(want)
    expect(ids).not.toContain(other)
  })

  test.each([2, 3, 4, 6])('a %i-character term unique to one seed finds that seed alone', async (n) => {
    const grams = uniqueGrams(seeds, n)
    expect(grams.length).toBeGreaterThan(0)
    for (const { id, term } of grams) {
      expect({ term, ids: sortedIds(await search(term)) }).toEqual({ term, ids: [id] })
    }
  })

  test('several terms: every one must match', async () => {
    const ids = sortedIds(await search('营商 帮代办'))
    const expected = seeds.filter((s) => s.body.includes('营商') && s.body.includes('帮代办')).map((s) => s.id).sort()
    expect(ids).toEqual(expected)
    expect(ids.length).toBeGreaterThan(0)
    expect(ids.length).toBeLessThan(seeds.length)
  })

  test('a term common to every seed finds them all, the most relevant first', async () => {
    const r = await search('企业')
    expect(r.total).toBe(holders(seeds, '企业').length)
    for (let i = 1; i < r.data.length; i++) expect(r.data[i - 1]._score).toBeGreaterThanOrEqual(r.data[i]._score)
  })
}
