import type { EnterpriseProfile, Request } from '../../../../types'

/** the form's values: choices as keys, the employee count as typed */
export interface ProfileValues extends Record<string, unknown> {
  industry: string
  scale: string
  foundedOn: string
  employees: string
  /** '' = not given */
  revenueBand: string
  tags: string[]
}

export const EMPTY_PROFILE: ProfileValues = { industry: '', scale: '', foundedOn: '', employees: '', revenueBand: '', tags: [] }

export function fromProfile(p: EnterpriseProfile): ProfileValues {
  return {
    industry: p.industry,
    scale: p.scale,
    foundedOn: p.foundedOn,
    employees: p.employees === null ? '' : String(p.employees),
    revenueBand: p.revenueBand ?? '',
    tags: [...p.tags]
  }
}

/** what 'enterprise.updateProfile' takes; the shared schema judges it (e.g. "员工人数应为整数") */
export function toProfilePayload(v: ProfileValues): Request<'enterprise.updateProfile'> {
  const employees = v.employees.trim()
  return {
    industry: v.industry,
    scale: v.scale,
    foundedOn: v.foundedOn,
    employees: employees === '' ? null : Number(employees),
    revenueBand: v.revenueBand === '' ? null : v.revenueBand,
    tags: v.tags
  } as Request<'enterprise.updateProfile'>
}
