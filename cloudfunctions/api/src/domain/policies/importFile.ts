/**
 * Reading a bulk-import file into candidate rows for policyFieldsSchema.
 *
 * CSV: UTF-8 (a BOM is fine), comma-separated, first row = these column names
 * (English, exactly, as listed in POLICY_IMPORT_COLUMNS in types/policies.ts, which the
 * manager's import help shows; unknown columns are refused so a typo is not lost):
 *
 *   title*, docNumber, issuer*, level* (国家/省/市/区县/园区), categories* (e.g. 财税|金融),
 *   benefitType* (资金奖补/税费减免/融资支持/人才待遇/资质认定/服务便利), exempt (是/否),
 *   summary*, bodyHtml* (HTML or plain text; plain lines become paragraphs),
 *   interpretation (解读 text), interpretationVideoUrl (https:// or cloud://),
 *   effectiveFrom, expiresOn, applyFrom, applyUntil (YYYY-MM-DD; 2026/3/1 is accepted),
 *   serviceId, and the eligibility criteria: industries, scales, parkIds, requiredTags
 *   (lists), minYearsFounded, maxYearsFounded, minEmployees, maxEmployees,
 *   minRevenueWan, maxRevenueWan (whole numbers; revenue in 万元).
 *
 * Multi-valued cells separate their values with '|'. An empty cell means "not set"
 * (for criteria: no condition). * = required.
 *
 * JSON: an array of objects in the editor's shape (policyFieldsSchema: criteria nested,
 * lists as arrays, attachments as [{ name, url }]).
 */
import Papa from 'papaparse'
import { POLICY_IMPORT_COLUMNS } from '../../../../../types'
import { fail } from '../errors'

export const MAX_IMPORT_ROWS = 500

/** the column keys, from the one list the manager's help page also shows */
export const CSV_COLUMNS: readonly string[] = POLICY_IMPORT_COLUMNS.map((c) => c.key)

const LIST_CRITERIA = ['industries', 'scales', 'parkIds', 'requiredTags'] as const
const NUMBER_CRITERIA = ['minYearsFounded', 'maxYearsFounded', 'minEmployees', 'maxEmployees', 'minRevenueWan', 'maxRevenueWan'] as const
const DATES = ['effectiveFrom', 'expiresOn', 'applyFrom', 'applyUntil'] as const

export interface RawRow {
  /** 1-based data row */
  row: number
  /** the candidate for policyFieldsSchema */
  value: unknown
  /** problems found while reading the row (before the schema) */
  errors: string[]
}

const list = (cell: string): string[] => cell.split('|').map((s) => s.trim()).filter(Boolean)

/** 2026/3/1 or 2026-3-1 → 2026-03-01; anything else is left for the schema to refuse */
function ymd(cell: string): string | null {
  if (!cell) return null
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(cell)
  return m ? `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}` : cell
}

function numberOrRaw(cell: string): number | string {
  return /^-?\d+(\.\d+)?$/.test(cell) ? Number(cell) : cell
}

function csvRow(cells: Record<string, string>, row: number): RawRow {
  const get = (k: string) => (cells[k] ?? '').trim()
  const errors: string[] = []
  const exemptCell = get('exempt')
  let exempt = false
  if (/^(是|true|1|yes|y)$/i.test(exemptCell)) exempt = true
  else if (exemptCell && !/^(否|false|0|no|n)$/i.test(exemptCell)) errors.push('免申即享应填“是”或“否”')
  const criteria: Record<string, unknown> = {}
  for (const k of LIST_CRITERIA) if (get(k)) criteria[k] = list(get(k))
  for (const k of NUMBER_CRITERIA) if (get(k)) criteria[k] = numberOrRaw(get(k))
  const value: Record<string, unknown> = {
    title: get('title'),
    docNumber: get('docNumber'),
    issuer: get('issuer'),
    level: get('level'),
    categories: list(get('categories')),
    benefitType: get('benefitType'),
    exempt,
    summary: get('summary'),
    bodyHtml: get('bodyHtml'),
    interpretation: get('interpretation') ? { text: get('interpretation'), videoUrl: get('interpretationVideoUrl') || null } : null,
    serviceId: get('serviceId') || null,
    criteria
  }
  for (const k of DATES) value[k] = ymd(get(k))
  return { row, value, errors }
}

function readCsv(content: string): RawRow[] {
  const parsed = Papa.parse<Record<string, string>>(content.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: 'greedy',
    transformHeader: (h) => h.trim()
  })
  const header = parsed.meta.fields ?? []
  if (!header.includes('title')) fail('IMPORT_INVALID', 'CSV 第一行应为列名，且包含 title 列（列名见导入说明）')
  const unknown = header.filter((h) => h && !CSV_COLUMNS.includes(h))
  if (unknown.length) fail('IMPORT_INVALID', `CSV 有无法识别的列：${unknown.join('、')}（列名见导入说明）`)
  const rowErrors = new Map<number, string[]>()
  for (const e of parsed.errors) {
    // an undetectable delimiter only means a one-column file; the header check above decides
    if (e.type === 'Delimiter' || e.row === undefined) continue
    const msg = e.type === 'FieldMismatch' ? '列数与表头不一致（单元格内含逗号时请用英文双引号括起）' : '引号不成对'
    rowErrors.set(e.row, [...(rowErrors.get(e.row) ?? []), msg])
  }
  return parsed.data.map((cells, i) => {
    const r = csvRow(cells, i + 1)
    r.errors.unshift(...(rowErrors.get(i) ?? []))
    return r
  })
}

function readJson(content: string): RawRow[] {
  let data: unknown
  try {
    data = JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    fail('IMPORT_INVALID', 'JSON 文件无法解析，请检查格式')
  }
  if (!Array.isArray(data)) fail('IMPORT_INVALID', 'JSON 文件应为政策对象的数组')
  return data.map((value, i) => ({
    row: i + 1,
    value,
    errors: value && typeof value === 'object' && !Array.isArray(value) ? [] : ['该行不是政策对象']
  }))
}

export function readImportFile(format: 'csv' | 'json', content: string): RawRow[] {
  const rows = format === 'csv' ? readCsv(content) : readJson(content)
  if (rows.length === 0) fail('IMPORT_INVALID', '文件中没有数据行')
  if (rows.length > MAX_IMPORT_ROWS) fail('IMPORT_INVALID', `每次最多导入${MAX_IMPORT_ROWS}条，请分批导入`)
  return rows
}
