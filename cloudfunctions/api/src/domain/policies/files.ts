/**
 * Files a policy refers to (attachments, the interpretation video, images in the body):
 * https addresses, or the editor's own uploads; those already on the policy may stay.
 */
import { cloudRefsIn, foreignFileMessage, isForeignFile, type FileOwner } from '../cases/attachments'
import { fail } from '../errors'
import type { FieldProblem, PolicyFields } from './validate'

type PolicyFiles = Pick<PolicyFields, 'attachments' | 'interpretation' | 'bodyHtml'>

/** every file reference a stored or edited policy carries */
export function policyFileRefs(p: PolicyFiles): string[] {
  return [...p.attachments.map((a) => a.url), p.interpretation?.videoUrl ?? '', ...cloudRefsIn(p.bodyHtml)].filter(Boolean)
}

export function policyFileProblems(p: PolicyFiles, owner: FileOwner): FieldProblem[] {
  const out: FieldProblem[] = []
  p.attachments.forEach((a, i) => {
    if (isForeignFile(a.url, owner)) out.push({ field: `attachments.${i}.url`, message: foreignFileMessage(`附件“${a.name}”`) })
  })
  if (isForeignFile(p.interpretation?.videoUrl, owner)) out.push({ field: 'interpretation.videoUrl', message: foreignFileMessage('解读视频') })
  if (cloudRefsIn(p.bodyHtml).some((ref) => isForeignFile(ref, owner))) out.push({ field: 'bodyHtml', message: foreignFileMessage('正文中的图片') })
  return out
}

export function checkPolicyFiles(p: PolicyFiles, owner: FileOwner): void {
  const [first] = policyFileProblems(p, owner)
  if (first) fail('FORBIDDEN', first.message, `fields.${first.field}`)
}
