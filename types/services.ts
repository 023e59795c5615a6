/**
 * 惠企服务: the service catalogue with its 一次性告知 material lists, online applications
 * (which become cases of type 'service'), and appointment slots for 企业接待日 and 早餐会.
 */
import type { Attachment } from './cases'

/** 领办 / 导办 / 帮办 / 代办: how much the office does for the enterprise */
export const SERVICE_MODES = ['领办', '导办', '帮办', '代办'] as const
export type ServiceMode = (typeof SERVICE_MODES)[number]

export const SERVICE_CATEGORIES = ['企业开办', '水电气报装', '融资信贷', '人才招聘', '知识产权', '政策兑现', '项目建设', '帮代办'] as const
export type ServiceCategory = (typeof SERVICE_CATEGORIES)[number]

export interface ServiceMaterial {
  /** stable within the service, e.g. 'license' */
  key: string
  name: string
  required: boolean
  /** e.g. 加盖公章的复印件 */
  note: string
}

export interface ServiceSummary {
  _id: string
  name: string
  category: ServiceCategory
  department: string
  /** promised handling time in working days */
  promisedDays: number
  /** e.g. 免费 */
  fee: string
  modes: ServiceMode[]
  summary: string
  /** open for applications (a manager can pause a service) */
  active: boolean
  /** null: a city-level service, kept by the city admin; otherwise the park whose managers keep it */
  parkId: string | null
}

export interface ServiceDetail extends ServiceSummary {
  /** 一次性告知: everything to bring, once */
  materials: ServiceMaterial[]
  /** plain paragraphs */
  guide: string[]
  /** policies this service applies for */
  policyIds: string[]
}

/** one uploaded material for an application, checked against the service's list */
export interface ApplicationMaterial {
  key: string
  files: Attachment[]
}

export type AppointmentKind = '企业接待日' | '早餐会'
export const APPOINTMENT_KINDS: AppointmentKind[] = ['企业接待日', '早餐会']

export interface AppointmentSlot {
  _id: string
  kind: AppointmentKind
  title: string
  /** who receives the enterprises, e.g. 市营商环境协调事务中心主任 */
  host: string
  place: string
  startsAt: string
  endsAt: string
  capacity: number
  booked: number
  /** null: a city-level session, opened by the city admin; otherwise the park that holds it */
  parkId: string | null
  /** the caller's enterprise holds a seat */
  mine: boolean
  /** the caller's topic when mine */
  myTopic: string | null
}
