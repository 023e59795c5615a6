/** Stored shape of a catalogue entry (collection `services`). */
import type { ServiceCategory, ServiceMaterial, ServiceMode } from '../../../../../types'

export interface ServiceDoc {
  _id: string
  name: string
  category: ServiceCategory
  /** position of `category` in SERVICE_CATEGORIES: the catalogue lists in that order, not by code point */
  categoryRank: number
  department: string
  promisedDays: number
  fee: string
  modes: ServiceMode[]
  summary: string
  guide: string[]
  materials: ServiceMaterial[]
  policyIds: string[]
  active: boolean
  /** null or absent: city-level (the city admin's); otherwise the park whose managers keep it */
  parkId?: string | null
  createdById: string | null
  createdByName: string
  createdAt: string
  updatedById: string | null
  updatedByName: string
  updatedAt: string
}
