import { useRouter } from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import type { PolicyMatch, PolicySummary } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import PolicyRow from '../../../components/PolicyRow'
import TabStrip from '../../../components/TabStrip'
import { policyDetailUrl, ROUTES } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import MatchReasons from '../components/MatchReasons'
import { notBoundGate } from '../components/NotBoundGate'
import '../policy.scss'

type Tab = 'eligible' | 'almost' | 'ineligible' | 'exempt'
const TABS: Array<{ key: Tab; label: string }> = [
  { key: 'eligible', label: '符合条件' },
  { key: 'almost', label: '差一点' },
  { key: 'ineligible', label: '暂不符合' },
  { key: 'exempt', label: '免申即享' }
]
const EMPTY: Record<Tab, [string, string]> = {
  eligible: ['暂无完全符合条件的政策', '看看“差一点”里的政策，补全企业档案后可能就符合了'],
  almost: ['暂无差一点就符合的政策', ''],
  ineligible: ['没有暂不符合的政策', ''],
  exempt: ['暂无适用于您企业的免申即享政策', '符合条件时无需申报，兑现后会通知您']
}
const isTab = (v: unknown): v is Tab => TABS.some((t) => t.key === v)
const keyOf = (p: PolicyMatch) => p._id
const open = (p: PolicySummary) => openPage(policyDetailUrl(p._id))

/** 为我推荐: the published policies sorted by how the enterprise fares, each with what it still lacks. (?tab=) */
export default function RecommendPage() {
  const { params } = useRouter()
  const [tab, setTab] = useState<Tab>(() => (isTab(params.tab) ? params.tab : 'eligible'))
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('policy.recommend', tab === 'exempt' ? { exemptOnly: true, page, pageSize } : { verdict: tab, page, pageSize }),
    [tab]
  )
  const list = usePagedList(fetchPage, keyOf)
  // back from the profile form, verdicts may have moved
  usePagedListEvents(list, { reloadOnShow: true })
  const [text, hint] = EMPTY[tab]

  return (
    <View className='page policy-recommend'>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='recommend-tab' counts={list.loading ? undefined : { [tab]: list.total }} />
      <View className='policy-note'>
        <Text>按企业档案逐条比对政策条件，档案越完整越准确。</Text>
        <Text id='recommend-edit-profile' className='policy-note__link' onClick={() => openPage(ROUTES.enterpriseProfile)}>
          完善企业档案 ›
        </Text>
      </View>
      <PagedListView
        list={list}
        renderItem={(p) => (
          <PolicyRow key={p._id} item={p} onOpen={open} idPrefix='policy-match'>
            <MatchReasons match={p.match} showVerdict={tab === 'exempt'} />
          </PolicyRow>
        )}
        empty={<EmptyState text={text} hint={hint || undefined} />}
        renderError={(e) => notBoundGate(e, '查看为您推荐的政策')}
      />
    </View>
  )
}
