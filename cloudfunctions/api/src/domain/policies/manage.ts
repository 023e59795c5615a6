/** The manager's policy console: the list in scope and the editor's save. */
import { randomBytes } from 'node:crypto'
import type { Page, ParsedRequest, PolicyDetail } from '../../../../../types'
import type { Condition } from '../../db/port'
import { beijingYmd } from '../calendar/beijingDate'
import type { ActionContext } from '../context'
import { COLLECTIONS, type PolicyDoc } from '../docs'
import { fail } from '../errors'
import { pageOf } from '../paging'
import { uploaderOf } from '../cases/attachments'
import { toManagerDetail } from './detail'
import { checkPolicyFiles, policyFileRefs } from './files'
import { assertCanEdit, managerScope, type ManagerScope } from './scope'
import { checkReferences, duplicateKey, existingKeys, toContent, type FieldProblem, type PolicyContent, type PolicyFields } from './validate'

export const newPolicyId = (): string => 'p' + randomBytes(8).toString('hex')

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

export async function manageList(ctx: ActionContext, input: ParsedRequest<'policy.manageList'>): Promise<Page<PolicyDetail>> {
  const { db } = ctx
  const _ = db.command
  const scope = managerScope(ctx.caller)
  const parts: Condition[] = []
  // a park manager sees their park's policies, and the city's once published (read-only)
  if (scope.kind === 'park') parts.push(_.or([{ ownerParkId: scope.parkId }, { ownerParkId: null, editStatus: _.neq('draft') }]))
  if (input.editStatus) parts.push({ editStatus: input.editStatus })
  const q = input.q.trim()
  if (q) parts.push(_.or([{ title: db.RegExp({ regexp: escapeRegExp(q), options: 'i' }) }, { docNumber: db.RegExp({ regexp: escapeRegExp(q), options: 'i' }) }]))
  const where = parts.length ? _.and(parts) : {}
  const today = beijingYmd(ctx.clock.now())
  const query = db.collection(COLLECTIONS.policies).where(where).orderBy('updatedAt', 'desc')
  return pageOf(query, input.page, input.pageSize, (d) => toManagerDetail(d as unknown as PolicyDoc, today))
}

function raise(problems: FieldProblem[]): void {
  const scoped = problems.find((p) => p.scope)
  if (scoped) fail('PARK_SCOPE', scoped.message, `fields.${scoped.field}`)
  if (problems.length) fail('INVALID_INPUT', problems[0].message, `fields.${problems[0].field}`)
}

/** everything save checks before writing; nothing is written when it throws */
export async function checkedContent(ctx: ActionContext, fields: PolicyFields, scope: ManagerScope, exceptId?: string): Promise<PolicyContent> {
  const { content, problems } = toContent(fields, scope)
  raise(problems)
  raise((await checkReferences(ctx.db, [content]))(content))
  if ((await existingKeys(ctx.db, [content], exceptId)).has(duplicateKey(content))) {
    fail('INVALID_INPUT', '已存在标题和文号都相同的政策', 'fields.title')
  }
  return content
}

export function newDraft(content: PolicyContent, scope: ManagerScope, by: { id: string; name: string }, now: string): Omit<PolicyDoc, '_id'> {
  return {
    ...content,
    editStatus: 'draft',
    ownerParkId: scope.kind === 'park' ? scope.parkId : null,
    createdById: by.id,
    createdByName: by.name,
    createdAt: now,
    updatedAt: now,
    publishedById: null,
    publishedByName: null,
    publishedAt: null,
    withdrawnById: null,
    withdrawnByName: null,
    withdrawnAt: null,
    withdrawnReason: null
  }
}

export function actor(ctx: ActionContext): { id: string; name: string } {
  const user = ctx.caller.user
  if (!user) fail('FORBIDDEN')
  return { id: user._id, name: user.name }
}

/** create a draft, or update a draft or a published policy (withdrawn ones are closed) */
export async function savePolicy(ctx: ActionContext, input: ParsedRequest<'policy.save'>): Promise<PolicyDetail> {
  const scope = managerScope(ctx.caller)
  const by = actor(ctx)
  const now = ctx.clock.now()
  const today = beijingYmd(now)
  if (input.id) {
    const id = input.id
    // scope first, so a park manager learns nothing about another park's policy from validation
    const existing = (await ctx.db.collection(COLLECTIONS.policies).doc(id).get()).data as PolicyDoc | null
    if (!existing) fail('NOT_FOUND', '政策不存在')
    assertCanEdit(scope, existing)
    checkPolicyFiles(input.fields, uploaderOf(ctx, policyFileRefs(existing)))
    const content = await checkedContent(ctx, input.fields, scope, id)
    const saved = await ctx.db.runTransaction(async (tx) => {
      const ref = tx.collection(COLLECTIONS.policies).doc(id)
      const doc = (await ref.get()).data as PolicyDoc | null
      if (!doc) fail('NOT_FOUND', '政策不存在')
      assertCanEdit(scope, doc)
      if (doc.editStatus === 'withdrawn') fail('INVALID_TRANSITION', '已下架的政策不能再编辑')
      // the whole document is written, so criteria is replaced rather than merged key by key
      const { _id, ...rest } = doc
      const next = { ...rest, ...content, updatedAt: now.toISOString() }
      await ref.set({ data: next })
      return { _id, ...next } as PolicyDoc
    })
    return toManagerDetail(saved, today)
  }
  checkPolicyFiles(input.fields, uploaderOf(ctx))
  const content = await checkedContent(ctx, input.fields, scope)
  const _id = newPolicyId()
  const doc = newDraft(content, scope, by, now.toISOString())
  await ctx.db.collection(COLLECTIONS.policies).add({ data: { _id, ...doc } })
  return toManagerDetail({ _id, ...doc }, today)
}
