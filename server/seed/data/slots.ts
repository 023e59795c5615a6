/**
 * Demo 企业接待日 and 早餐会 slots over the coming weeks, on working days after the day
 * of seeding (the official holiday calendar skips 法定节假日). A few seats are already
 * taken by demo enterprises that have no persona, so the personas can still book; one
 * breakfast is one seat from full. Each slot's `booked` equals its seeded bookings.
 */
import type { AppointmentKind } from '../../../types'
import type { BookingDoc, SlotDoc } from '../../../cloudfunctions/api/src/domain/appointments'
import { bookingId } from '../../../cloudfunctions/api/src/domain/appointments'
import { weekdayOf } from '../../../cloudfunctions/api/src/domain/calendar/beijingDate'
import { userIdFor } from '../../../cloudfunctions/api/src/domain/ids'
import { ENTERPRISES } from './enterprises'
import { PERSONAS } from './personas'
import { isWorkingDay, seedDates, type SeedDates } from './seedDates'

interface Series {
  key: string
  kind: AppointmentKind
  title: string
  host: string
  place: string
  /** 0 = Sunday … 6 = Saturday */
  weekday: number
  /** every n-th matching working day */
  every: number
  count: number
  start: string
  end: string
  capacity: number
  by: 'admin-city' | 'manager-gaoxin'
  /** null: a city-level session; otherwise the park that holds it */
  parkId: string | null
}

const SERIES: Series[] = [
  {
    key: 'jiedai-city',
    kind: '企业接待日',
    title: '市领导企业接待日',
    host: '分管优化营商环境工作的副市长，市直相关部门负责人',
    place: '湘潭市民之家三楼企业接待室',
    weekday: 3,
    every: 1,
    count: 4,
    start: '14:30',
    end: '17:00',
    capacity: 8,
    by: 'admin-city',
    parkId: null
  },
  {
    key: 'jiedai-gaoxin',
    kind: '企业接待日',
    title: '湘潭高新区管委会主任接待日',
    host: '湘潭高新区管委会主任，园区企业服务中心',
    place: '湘潭高新区企业服务中心二楼会议室',
    weekday: 2,
    every: 1,
    count: 2,
    start: '09:30',
    end: '11:30',
    capacity: 5,
    by: 'manager-gaoxin',
    parkId: 'park-gaoxin'
  },
  {
    key: 'zaocan-city',
    kind: '早餐会',
    title: '政企早餐会',
    host: '市委、市政府主要负责同志',
    place: '湘潭市民之家一楼政企交流室',
    weekday: 5,
    every: 2,
    count: 3,
    start: '07:30',
    end: '09:00',
    capacity: 6,
    by: 'admin-city',
    parkId: null
  },
  {
    key: 'zaocan-jingkai',
    kind: '早餐会',
    title: '湘潭经开区企业早餐会',
    host: '湘潭经开区党工委主要负责同志',
    place: '湘潭经开区企业服务中心一楼',
    weekday: 4,
    every: 1,
    count: 1,
    start: '07:30',
    end: '08:45',
    capacity: 10,
    by: 'admin-city',
    parkId: 'park-jingkai'
  }
]

/** seats taken at seeding: slot id → enterprise and topic (no persona's enterprise is listed) */
const TAKEN: Record<string, Array<{ ent: string; contact: string; phone: string; topic: string }>> = {
  'slot-zaocan-city-1': [
    { ent: 'ent-02', contact: '钟振宇', phone: '13907321458', topic: '风电装备出口订单增长，希望协调海关和港口提高通关效率' },
    { ent: 'ent-09', contact: '贺丽娟', phone: '13517326690', topic: '新材料二期项目的能耗指标和用电增容' },
    { ent: 'ent-10', contact: '欧阳明', phone: '18673201175', topic: '创新药临床试验阶段的融资渠道' },
    { ent: 'ent-11', contact: '罗桂香', phone: '15116308827', topic: '湘莲加工旺季的临时用工和员工住宿' },
    { ent: 'ent-07', contact: '蒋涛', phone: '13348725013', topic: '城区货车通行证办理时间较长，想了解能否简化' }
  ],
  'slot-jiedai-city-1': [
    { ent: 'ent-02', contact: '钟振宇', phone: '13907321458', topic: '厂区周边道路改造影响大件运输，希望协调施工时间' },
    { ent: 'ent-09', contact: '贺丽娟', phone: '13517326690', topic: '危废处置备案和转运的办理时限' }
  ],
  'slot-jiedai-gaoxin-1': [{ ent: 'ent-02', contact: '钟振宇', phone: '13907321458', topic: '园区人才公寓的申请条件' }]
}

/** the next `count` working days on `weekday` after today, taking every `every`-th */
function datesOf(d: SeedDates, s: Series): string[] {
  const out: string[] = []
  let seen = 0
  for (let offset = 1; out.length < s.count && offset < 400; offset++) {
    const ymd = d.day(offset)
    if (weekdayOf(ymd) !== s.weekday || !isWorkingDay(ymd)) continue
    if (seen++ % s.every === 0) out.push(ymd)
  }
  return out
}

function creator(personaId: string): { id: string; name: string } {
  const p = PERSONAS.find((x) => x.id === personaId)
  if (!p) throw new Error(`seed persona ${personaId} is missing`)
  return { id: userIdFor(p.openid), name: p.name }
}

export interface SeededAppointments {
  slots: SlotDoc[]
  bookings: BookingDoc[]
}

export function buildAppointments(now: Date): SeededAppointments {
  const d = seedDates(now)
  const names = new Map(ENTERPRISES.map((e) => [e._id, e.name]))
  const slots: SlotDoc[] = []
  const bookings: BookingDoc[] = []
  for (const s of SERIES) {
    const by = creator(s.by)
    datesOf(d, s).forEach((ymd, i) => {
      const _id = `slot-${s.key}-${i + 1}`
      const taken = TAKEN[_id] ?? []
      taken.forEach((t, j) =>
        bookings.push({
          _id: bookingId(_id, t.ent),
          slotId: _id,
          enterpriseId: t.ent,
          enterpriseName: names.get(t.ent) ?? t.ent,
          // these enterprises have no account in the demo: the contact is on record only
          bookerId: `seed-contact-${t.ent}`,
          bookerName: t.contact,
          bookerPhone: t.phone,
          topic: t.topic,
          status: 'booked',
          bookedAt: d.ago(3 - j * 0.3),
          cancelledAt: null,
          cancelledById: null
        })
      )
      slots.push({
        _id,
        kind: s.kind,
        title: s.title,
        host: s.host,
        place: s.place,
        startsAt: d.at(ymd, s.start),
        endsAt: d.at(ymd, s.end),
        capacity: s.capacity,
        booked: taken.length,
        parkId: s.parkId,
        createdById: by.id,
        createdByName: by.name,
        createdAt: d.ago(5)
      })
    })
  }
  return { slots, bookings }
}
