/**
 * Policy bodies are rich text typed or pasted by managers and shown to everyone, so they
 * are sanitised on write with an allow-list (js-xss: pure JavaScript, runs on the cloud's
 * Node 16 runtime). Everything not listed is dropped: tags outside the list lose their
 * markup (script/style/iframe… lose their content too), attributes outside the list and
 * every on* handler go, and links/images keep only https (images also cloud://) URLs.
 */
import { FilterXSS, escapeAttrValue, friendlyAttrValue } from 'xss'

const CELL = ['colspan', 'rowspan']
const ALLOWED: Record<string, string[]> = {
  p: [],
  br: [],
  strong: [],
  em: [],
  u: [],
  h3: [],
  h4: [],
  ul: [],
  ol: [],
  li: [],
  table: [],
  thead: [],
  tbody: [],
  tr: [],
  th: CELL,
  td: CELL,
  a: ['href', 'title'],
  img: ['src', 'alt', 'width', 'height']
}

/** removed together with everything inside them */
const DROP_WITH_BODY = ['script', 'style', 'iframe', 'object', 'embed', 'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'head', 'title']

const HTTPS_URL = /^https:\/\/[^\s"'<>`]+$/i
const IMAGE_URL = /^(https|cloud):\/\/[^\s"'<>`]+$/i

function urlAttr(name: string, value: string, pattern: RegExp): string {
  // decode entities first, so &#106;avascript: or &colon; tricks are judged as the browser would read them
  const url = friendlyAttrValue(value).trim()
  return pattern.test(url) ? `${name}="${escapeAttrValue(url)}"` : ''
}

const filter = new FilterXSS({
  whiteList: ALLOWED,
  stripIgnoreTag: true,
  stripIgnoreTagBody: DROP_WITH_BODY,
  allowCommentTag: false,
  css: false,
  onTagAttr(tag, name, value) {
    if (tag === 'a' && name === 'href') return urlAttr(name, value, HTTPS_URL)
    if (tag === 'img' && name === 'src') return urlAttr(name, value, IMAGE_URL)
    if (CELL.includes(name) || name === 'width' || name === 'height') return /^\d{1,4}$/.test(value.trim()) ? `${name}="${value.trim()}"` : ''
    return undefined
  }
})

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+|#39);/gi, (m, e: string) => {
    const lower = e.toLowerCase()
    if (lower.startsWith('#x')) return safeCodePoint(parseInt(lower.slice(2), 16), m)
    if (lower.startsWith('#')) return safeCodePoint(parseInt(lower.slice(1), 10), m)
    return ENTITIES[lower] ?? m
  })
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/** one paragraph per non-empty line; plain text is escaped, inline markup is left to the filter */
function paragraphs(text: string, escape: boolean): string {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => `<p>${escape ? escapeText(l) : l}</p>`)
    .join('')
}

/** the sanitised HTML as plain text: block ends become line breaks, cells are spaced */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|li|h3|h4|tr|ul|ol|table)>/gi, '\n')
    .replace(/<\/(td|th)>/gi, ' ')
    .replace(/<[^>]*>/g, '')
  return decodeEntities(text)
    .replace(/[ \t\u00a0\u3000]+/g, ' ')
    .replace(/ *\n[\s]*/g, '\n')
    .trim()
}

/** a tag (<p>, </p>, <br/>) or a comment; a lone '<' in plain text is not one */
const LOOKS_LIKE_MARKUP = /<\/?[a-z][a-z0-9]*(\s|\/?>)|<!--/i
/** text with only inline markup (e.g. an import cell) still has its lines as paragraphs */
const BLOCK_MARKUP = /<\/?(p|br|h[1-6]|ul|ol|li|table|tr|div|section|blockquote)[\s/>]/i

export function sanitizePolicyHtml(html: string): { html: string; text: string } {
  const source = !LOOKS_LIKE_MARKUP.test(html) ? paragraphs(html, true) : BLOCK_MARKUP.test(html) ? html : paragraphs(html, false)
  // the library marks dropped bodies with [removed]; an unclosed or nested one can leave a marker behind
  const clean = filter.process(source).replace(/\[\/?removed\]/g, '').trim()
  return { html: clean, text: htmlToText(clean) }
}
