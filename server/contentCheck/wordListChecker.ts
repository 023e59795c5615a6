/**
 * The local content-security port: an Aho–Corasick word filter (mint-filter) over the two
 * lists in words.ts. A reject word wins over a review word; the label names what matched,
 * for the moderator.
 */
import { Mint } from 'mint-filter'
import type { ContentChecker, ContentVerdict } from '../../cloudfunctions/api/src/domain/context'
import { REJECT_WORDS, REVIEW_WORDS } from './words'

/**
 * Folds full-width letters and digits (NFKC) and case, and drops spaces and common
 * separators, so that "加 微-信" or "ＶＸ" cannot slip past a listed word.
 */
export function normalizeForCheck(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b-\u200d\ufeff_\-·.,，。、|/\\*#~!！?？'"“”‘’()（）[\]【】]+/g, '')
}

export interface WordLists {
  reject: readonly string[]
  review: readonly string[]
}

export function wordListChecker(lists: WordLists = { reject: REJECT_WORDS, review: REVIEW_WORDS }): ContentChecker {
  const build = (words: readonly string[]) => new Mint(words.map(normalizeForCheck).filter(Boolean))
  const reject = build(lists.reject)
  const review = build(lists.review)
  const matched = (filter: Mint, text: string): string[] => filter.filter(text, { replace: false }).words
  return {
    async check({ text }): Promise<ContentVerdict> {
      const plain = normalizeForCheck(text)
      const bad = matched(reject, plain)
      if (bad.length > 0) return { result: 'reject', label: bad.join('、') }
      const doubtful = matched(review, plain)
      if (doubtful.length > 0) return { result: 'review', label: doubtful.join('、') }
      return { result: 'pass', label: null }
    }
  }
}
