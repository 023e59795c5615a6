import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { CaseAction, CaseDetail } from '../../../../../types'
import Card from '../../../../components/Card'
import AcceptForm from './AcceptForm'
import AssignForm from './AssignForm'
import ReplyForm from './ReplyForm'
import ReviewForm from './ReviewForm'
import TextActionForm from './TextActionForm'
import { TEXT_ACTIONS } from './textActions'
import TransferForm from './TransferForm'
import type { ActionFormProps } from './types'
import '../../case.scss'
import './index.scss'

export interface StaffActionPanelProps {
  detail: CaseDetail
  /** a write succeeded: the case as the server now has it */
  onChanged: (detail: CaseDetail) => void
  /** someone else changed the case first: reload it */
  onStale: () => void
}

/** the panel's tabs; 受理 is a button of its own, the two review findings share one tab */
type Tab = 'reply' | 'requestInfo' | 'transfer' | 'resolve' | 'assign' | 'press' | 'review' | 'revisit'
const TAB_ACTIONS: Array<[Tab, CaseAction[]]> = [
  ['reply', ['reply']],
  ['requestInfo', ['requestInfo']],
  ['transfer', ['transfer']],
  ['resolve', ['resolve']],
  ['assign', ['assign']],
  ['press', ['press']],
  ['review', ['reviewRectify', 'reviewReject']],
  ['revisit', ['revisit']]
]

function tabLabel(tab: Tab, detail: CaseDetail): string {
  const labels: Record<Tab, string> = {
    reply: '答复',
    requestInfo: '请企业补充材料',
    transfer: '转办',
    resolve: '办结',
    assign: detail.assigneeName ? '改派' : '交办',
    press: '督办',
    review: '差评复核',
    revisit: '整改回访'
  }
  return labels[tab]
}

function TabForm({ tab, ...props }: ActionFormProps & { tab: Tab }) {
  switch (tab) {
    case 'reply':
      return <ReplyForm {...props} />
    case 'requestInfo':
      return <TextActionForm spec={TEXT_ACTIONS.requestInfo} {...props} />
    case 'transfer':
      return <TransferForm {...props} />
    case 'resolve':
      return <TextActionForm spec={TEXT_ACTIONS.resolve} {...props} />
    case 'assign':
      return <AssignForm {...props} />
    case 'press':
      return <TextActionForm spec={TEXT_ACTIONS.press} {...props} />
    case 'review': {
      const allowed = props.detail.allowed
      const outcomes = (['rectify', 'reject'] as const).filter((o) => allowed.includes(o === 'rectify' ? 'reviewRectify' : 'reviewReject'))
      return <ReviewForm {...props} outcomes={[...outcomes]} />
    }
    case 'revisit':
      return <TextActionForm spec={TEXT_ACTIONS.revisit} {...props} />
  }
}

/**
 * What a steward or manager can do to this case now: exactly the actions the server lists
 * in `detail.allowed`, each in its own small form with its own draft.
 */
export default function StaffActionPanel({ detail, onChanged, onStale }: StaffActionPanelProps) {
  const [chosen, setChosen] = useState<Tab | null>(null)
  const canAccept = detail.allowed.includes('accept')
  const tabs = TAB_ACTIONS.filter(([, actions]) => actions.some((a) => detail.allowed.includes(a))).map(([t]) => t)
  if (!canAccept && tabs.length === 0) return null
  const active = chosen && tabs.includes(chosen) ? chosen : tabs[0]
  const props = { detail, onChanged, onStale }

  return (
    <View id='staff-action-panel'>
      <Card title='办理' className='staff-panel'>
        {canAccept && <AcceptForm {...props} />}
        {tabs.length > 0 && (
          <View className='staff-tabs'>
            {tabs.map((t) => (
              <Text
                key={t}
                id={`staff-tab-${t}`}
                className={`staff-tabs__tab${t === active ? ' staff-tabs__tab--on' : ''}`}
                onClick={() => setChosen(t)}
              >
                {tabLabel(t, detail)}
              </Text>
            ))}
          </View>
        )}
        {active && <TabForm key={`${detail._id}-${active}`} tab={active} {...props} />}
      </Card>
    </View>
  )
}
