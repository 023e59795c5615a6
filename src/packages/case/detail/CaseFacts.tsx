import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '../../../../types'
import AttachmentList from '../../../components/AttachmentList'
import { formatDateTime } from '../../../utils/time'
import LectureOrigin from './LectureOrigin'

function Fact({ label, value, id }: { label: string; value: string; id?: string }) {
  if (!value) return null
  return (
    <View className='case-facts__row' id={id}>
      <Text className='case-facts__label'>{label}</Text>
      <Text className='case-facts__value'>{value}</Text>
    </View>
  )
}

/** What was asked, by whom (as the server shows it to this reader), who handles it, and the deadlines. */
export default function CaseFacts({ detail }: { detail: CaseDetail }) {
  const submitter = [detail.submitterName, detail.submitterPhone].filter(Boolean).join('  ')
  // a 服务申请's files are shown under their materials (申请事项); only any others stay here
  const inMaterials = new Set(detail.service?.materials.flatMap((m) => m.files.map((f) => f.fileID)) ?? [])
  const loose = detail.attachments.filter((a) => !inMaterials.has(a.fileID))
  return (
    <View className='case-facts'>
      {detail.lecture && <LectureOrigin lecture={detail.lecture} />}
      <Text className='case-facts__text' userSelect>
        {detail.text}
      </Text>
      <AttachmentList items={loose} />
      <View className='case-facts__list'>
        <Fact label='企业' value={detail.enterpriseName} />
        <Fact id='case-submitter' label='提交人' value={submitter} />
        {detail.aboutSteward && <Fact id='case-about-steward' label='投诉对象' value={detail.aboutStewardName ?? '本企业的企业管家'} />}
        <Fact id='case-assignee' label='承办人' value={detail.assigneeName ?? '待分派'} />
        <Fact label='首次响应时限' value={formatDateTime(detail.responseDueAt)} />
        <Fact label='首次响应于' value={formatDateTime(detail.firstResponseAt)} />
        <Fact label='办结时限' value={formatDateTime(detail.resolveDueAt)} />
        <Fact label='办结于' value={formatDateTime(detail.resolvedAt)} />
      </View>
      {detail.calendarEstimated && (
        <Text className='case-facts__warning'>
          时限跨入尚无官方节假日安排的年份，暂按周一至周五计算；录入该年放假安排后将自动更正。
        </Text>
      )}
    </View>
  )
}
