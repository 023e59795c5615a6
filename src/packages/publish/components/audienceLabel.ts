import { NOTICE_AUDIENCE_LABELS, type NoticeAudience, type Park } from '../../../../types'

/** 全市企业 · 园区：高新区 · 行业：新材料（高新区） · 指定企业 3 家 */
export function audienceLabel(a: NoticeAudience, parks: Park[]): string {
  const names = (ids: string[]) => ids.map((id) => parks.find((p) => p._id === id)?.name ?? id).join('、')
  switch (a.kind) {
    case 'city':
      return NOTICE_AUDIENCE_LABELS.city
    case 'parks':
      return `园区：${names(a.parkIds)}`
    case 'industries':
      return `行业：${a.industries.join('、')}${a.parkIds.length ? `（${names(a.parkIds)}）` : '（全市）'}`
    case 'enterprises':
      return `指定企业 ${a.enterpriseIds.length} 家`
  }
}
