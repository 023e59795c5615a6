import { MAX_CASE_ATTACHMENTS, type Attachment, type Request, type ServiceDetail, type ServiceMaterial, type ServiceMode } from '../../../../types'

/** the form as kept in the draft: uploaded files per material key, so they survive leaving the page */
export interface ApplyValues extends Record<string, unknown> {
  mode: ServiceMode | ''
  text: string
  materials: Record<string, Attachment[]>
}

export function initialValues(service: ServiceDetail, wantedMode: string | undefined): ApplyValues {
  const modes = service.modes as string[]
  const mode = wantedMode && modes.includes(wantedMode) ? (wantedMode as ServiceMode) : service.modes.length === 1 ? service.modes[0] : ''
  return { mode, text: '', materials: {} }
}

/** what service.apply receives: only this service's materials, in its order, each with its files */
export function payloadFor(service: ServiceDetail) {
  return (v: ApplyValues): Request<'service.apply'> => ({
    serviceId: service._id,
    mode: v.mode as ServiceMode,
    text: v.text,
    materials: service.materials.filter((m) => (v.materials[m.key]?.length ?? 0) > 0).map((m) => ({ key: m.key, files: v.materials[m.key] }))
  })
}

/** required materials without a file yet */
export function missingRequired(service: ServiceDetail, materials: ApplyValues['materials']): ServiceMaterial[] {
  return service.materials.filter((m) => m.required && (materials[m.key]?.length ?? 0) === 0)
}

/** why the submit button is off, or null when the application can be sent */
export function blockedReason(missing: ServiceMaterial[], uploading: boolean, fileCount: number): string | null {
  // the case carries all files together, so the limit is on the whole application
  if (fileCount > MAX_CASE_ATTACHMENTS) return `申请材料合计最多${MAX_CASE_ATTACHMENTS}个文件（现有${fileCount}个），多页材料请合并为一个 PDF 后上传`
  if (uploading) return '材料还在上传，或有文件上传失败：请等待上传完成，或移除失败的文件后再提交'
  if (missing.length > 0) return `请先上传必交材料：${missing.map((m) => m.name).join('、')}`
  return null
}
