/**
 * 服务申请: the uploaded materials are checked against the service's 一次性告知 list,
 * then the application becomes a case of type 'service' through the case engine,
 * which routes it like a consultation (the enterprise's steward) and counts its
 * deadlines from DeadlineSettings.service. Every check runs before anything is written.
 */
import { MAX_CASE_ATTACHMENTS, type Attachment, type CaseDetail, type CaseServiceInfo, type ParsedRequest } from '../../../../../types'
import { createCase } from '../cases'
import { checkAttachments, uploaderOf, type FileOwner } from '../cases/attachments'
import type { ActionContext } from '../context'
import type { UserDoc } from '../docs'
import { fail } from '../errors'
import { loadService } from './catalogue'
import type { ServiceDoc } from './docs'

type ApplyInput = ParsedRequest<'service.apply'>

/**
 * The application's materials in the service's order, or a refusal that names what
 * is wrong: an item not on the list, an item given twice, missing required items.
 */
export function checkMaterials(service: ServiceDoc, given: ApplyInput['materials'], owner: FileOwner): CaseServiceInfo['materials'] {
  const byKey = new Map(service.materials.map((m) => [m.key, m]))
  const seen = new Set<string>()
  given.forEach((g, i) => {
    // the list may have changed since the form was opened
    if (!byKey.has(g.key)) fail('INVALID_INPUT', '提交的材料不在该服务的材料清单中，请刷新页面后重新上传', `materials.${i}.key`)
    if (seen.has(g.key)) fail('INVALID_INPUT', `“${byKey.get(g.key)?.name}”重复提交，请合并为一项`, `materials.${i}.key`)
    seen.add(g.key)
    checkAttachments(g.files, owner, `materials.${i}.files`)
  })
  const files = new Map(given.map((g) => [g.key, g.files]))
  const missing = service.materials.filter((m) => m.required && !(files.get(m.key)?.length ?? 0))
  if (missing.length > 0) fail('MATERIALS_MISSING', `缺少：${missing.map((m) => m.name).join('、')}`, 'materials')
  return service.materials
    .filter((m) => (files.get(m.key)?.length ?? 0) > 0)
    .map((m) => ({ key: m.key, name: m.name, files: files.get(m.key) as Attachment[] }))
}

export async function applyForService(ctx: ActionContext, input: ApplyInput): Promise<CaseDetail> {
  const me = ctx.caller.user as UserDoc | null
  if (!me?.enterpriseId) fail('NOT_BOUND', '请先绑定企业再申请服务')
  const service = await loadService(ctx.db, input.serviceId)
  if (!service) fail('NOT_FOUND', '该服务不存在或已下线', 'serviceId')
  if (!service.active) fail('SERVICE_INACTIVE', `“${service.name}”暂停受理，请稍后再试或联系您的企业管家`, 'serviceId')
  if (!service.modes.includes(input.mode)) fail('INVALID_INPUT', `该服务不提供“${input.mode}”，可选的办理方式为：${service.modes.join('、')}`, 'mode')

  const materials = checkMaterials(service, input.materials, uploaderOf(ctx))
  const attachments = materials.flatMap((m) => m.files)
  // the case carries at most MAX_CASE_ATTACHMENTS files; more is refused, never cut short,
  // so a handler always sees every file the enterprise sent
  if (attachments.length > MAX_CASE_ATTACHMENTS) {
    fail('INVALID_INPUT', `申请材料合计最多${MAX_CASE_ATTACHMENTS}个文件（现有${attachments.length}个），多页材料请合并为一个 PDF 后上传`, 'materials')
  }
  const info: CaseServiceInfo = { serviceId: service._id, serviceName: service.name, mode: input.mode, materials }
  return createCase(ctx, { type: 'service', category: service.name, text: input.text, attachments, extra: { service: info } })
}
