/**
 * 批量导入: every row is checked (schema, dates, criteria, references, scope,
 * duplicates in the file and in the library) and reported. The good rows are written
 * as drafts in ONE transaction: if any write fails, the transaction aborts and none of
 * them is stored — the report then says that nothing was imported.
 */
import { createHash } from 'node:crypto'
import * as v from 'valibot'
import { policyFieldsSchema, type ImportReport, type ImportRowReport, type ParsedRequest } from '../../../../../types'
import { isDbError } from '../../db/port'
import { uploaderOf } from '../cases/attachments'
import type { ActionContext } from '../context'
import { COLLECTIONS, type AuditDoc } from '../docs'
import { policyFileProblems } from './files'
import { readImportFile } from './importFile'
import { actor, newDraft } from './manage'
import { managerScope } from './scope'
import { checkReferences, duplicateKey, existingKeys, toContent, type PolicyContent } from './validate'

/** same title + 文号 → same id: two imports of one file racing each other collide instead of both landing */
export const importedPolicyId = (c: Pick<PolicyContent, 'title' | 'docNumber'>): string =>
  'pi' + createHash('sha256').update(duplicateKey(c)).digest('hex').slice(0, 24)

export const WRITE_FAILED = '本行校验通过，但写入时出错，整批均未导入，请稍后重试'

function issueText(issue: v.BaseIssue<unknown>): string {
  // our schema messages are Chinese and name the field; valibot's own defaults are not
  if (/[\u4e00-\u9fa5]/.test(issue.message)) return issue.message
  const path = issue.path?.map((p) => String(p.key)).join('.') ?? ''
  return `${path || '内容'}格式不正确`
}

interface Checked {
  report: ImportRowReport
  content: PolicyContent | null
}

export async function importPolicies(ctx: ActionContext, input: ParsedRequest<'policy.import'>): Promise<ImportReport> {
  const scope = managerScope(ctx.caller)
  const by = actor(ctx)
  const raw = readImportFile(input.format, input.content)
  // an imported row may name https files, or the importer's own uploads
  const owner = uploaderOf(ctx)

  const checked: Checked[] = raw.map(({ row, value, errors }) => {
    const title = typeof (value as { title?: unknown })?.title === 'string' ? String((value as { title: string }).title).trim() : ''
    const report: ImportRowReport = { row, title, ok: false, errors: [...errors] }
    // a row that is not an object at all has nothing more to say about itself
    if (!value || typeof value !== 'object' || Array.isArray(value)) return { report, content: null }
    const parsed = v.safeParse(policyFieldsSchema, value)
    if (!parsed.success) {
      report.errors.push(...new Set(parsed.issues.map(issueText)))
      return { report, content: null }
    }
    const { content, problems } = toContent(parsed.output, scope)
    report.errors.push(...problems.map((p) => p.message), ...policyFileProblems(parsed.output, owner).map((p) => p.message))
    return { report, content }
  })

  const contents = checked.flatMap((c) => (c.content ? [c.content] : []))
  const [referenceProblems, existing] = await Promise.all([checkReferences(ctx.db, contents), existingKeys(ctx.db, contents)])
  const firstRow = new Map<string, number>()
  for (const c of checked) {
    if (!c.content) continue
    c.report.errors.push(...referenceProblems(c.content).map((p) => p.message))
    const key = duplicateKey(c.content)
    if (existing.has(key)) c.report.errors.push('已存在标题和文号都相同的政策')
    const first = firstRow.get(key)
    if (first !== undefined) c.report.errors.push(`与第${first}行重复（标题和文号相同）`)
    else firstRow.set(key, c.report.row)
  }
  for (const c of checked) c.report.ok = c.report.errors.length === 0

  const good = checked.filter((c) => c.report.ok)
  const rows = checked.map((c) => c.report)
  const report = (imported: number): ImportReport => ({ imported, rejected: rows.filter((r) => !r.ok).length, dryRun: input.dryRun, rows })
  if (input.dryRun || good.length === 0) return report(0)

  const now = ctx.clock.now().toISOString()
  try {
    await ctx.db.runTransaction(async (tx) => {
      const policies = tx.collection(COLLECTIONS.policies)
      for (const { content } of good) {
        await policies.add({ data: { _id: importedPolicyId(content!), ...newDraft(content!, scope, by, now) } })
      }
      const audit: AuditDoc = { actorId: by.id, action: 'policy.import', target: 'policies', detail: { format: input.format, imported: good.length, rejected: rows.length - good.length }, at: now }
      await tx.collection(COLLECTIONS.audit).add({ data: audit as unknown as Record<string, unknown> })
    })
  } catch (e) {
    // anything but a database refusal is a bug: let the router log it (the rollback still holds)
    if (!isDbError(e)) throw e
    // the transaction rolled back: no row of this file is stored, and every row says so
    for (const { report: r } of good) {
      r.ok = false
      r.errors.push(WRITE_FAILED)
    }
    return report(0)
  }
  return report(good.length)
}
