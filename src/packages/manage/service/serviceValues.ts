import * as v from 'valibot'
import { schemas, type Request, type ServiceCategory, type ServiceDetail, type ServiceMaterial, type ServiceMode } from '../../../../types'

export interface ServiceValues extends Record<string, unknown> {
  name: string
  category: ServiceCategory | ''
  department: string
  /** typed as text */
  promisedDays: string
  fee: string
  modes: ServiceMode[]
  summary: string
  /** one paragraph per line */
  guide: string
  materials: ServiceMaterial[]
  policyIds: string[]
  active: boolean
}

export const EMPTY_SERVICE: ServiceValues = {
  name: '',
  category: '',
  department: '',
  promisedDays: '',
  fee: '免费',
  modes: [],
  summary: '',
  guide: '',
  materials: [],
  policyIds: [],
  active: true
}

export function fromService(s: ServiceDetail): ServiceValues {
  return {
    name: s.name,
    category: s.category,
    department: s.department,
    promisedDays: String(s.promisedDays),
    fee: s.fee,
    modes: s.modes,
    summary: s.summary,
    guide: s.guide.join('\n'),
    materials: s.materials.map((m) => ({ ...m })),
    policyIds: s.policyIds,
    active: s.active
  }
}

export function servicePayload(id: string | null) {
  return (values: ServiceValues): Request<'service.save'> => ({
    ...(id ? { id } : {}),
    name: values.name,
    category: values.category as ServiceCategory,
    department: values.department,
    promisedDays: values.promisedDays.trim() === '' ? Number.NaN : Number(values.promisedDays.trim()),
    fee: values.fee,
    modes: values.modes,
    summary: values.summary,
    guide: values.guide
      .split(/\r?\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    materials: values.materials,
    policyIds: values.policyIds,
    active: values.active
  })
}

/** the first message for each material row, so the manager sees which row is wrong */
export function materialRowErrors(payload: Request<'service.save'>): Record<number, string> {
  const out: Record<number, string> = {}
  const parsed = v.safeParse(schemas['service.save'], payload)
  if (parsed.success) return out
  for (const issue of parsed.issues) {
    const path = issue.path ?? []
    if (path[0]?.key !== 'materials' || typeof path[1]?.key !== 'number') continue
    const row = path[1].key
    if (!(row in out)) out[row] = issue.message
  }
  return out
}

/** a key not used yet: m1, m2… (existing keys stay, since applications refer to them) */
export function nextMaterialKey(materials: ServiceMaterial[]): string {
  const used = new Set(materials.map((m) => m.key))
  let n = materials.length + 1
  while (used.has(`m${n}`)) n += 1
  return `m${n}`
}
