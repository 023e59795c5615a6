import { Input, Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useCallback, useState } from 'react'
import type { PolicyDetail, PolicyEditStatus } from '../../../../types'
import { call } from '../../../services'
import EmptyState from '../../../components/EmptyState'
import PagedListView, { usePagedListEvents } from '../../../components/PagedListView'
import TabStrip, { type TabItem } from '../../../components/TabStrip'
import { managePolicyUrl, SERVICE_ROUTES } from '../../../constants/routes'
import { usePagedList } from '../../../hooks/usePagedList'
import { openPage } from '../../../utils/nav'
import ManageGate from '../components/ManageGate'
import PolicyRow from './PolicyRow'
import '../manage.scss'

type Tab = 'all' | PolicyEditStatus
const TABS: ReadonlyArray<TabItem<Tab>> = [
  { key: 'all', label: '全部' },
  { key: 'draft', label: '草稿' },
  { key: 'published', label: '已发布' },
  { key: 'withdrawn', label: '已下架' }
]
const keyOf = (p: PolicyDetail) => p._id
const open = (p: PolicyDetail) => openPage(managePolicyUrl(p._id))

/** 政策管理: the policies in the manager's scope by status, searchable by title or 文号. */
export default function ManagePoliciesPage() {
  return (
    <ManageGate what='政策管理' className='mg-policies'>
      {() => <PolicyConsole />}
    </ManageGate>
  )
}

function PolicyConsole() {
  const [tab, setTab] = useState<Tab>('all')
  const [input, setInput] = useState('')
  const [q, setQ] = useState('')
  const fetchPage = useCallback(
    (page: number, pageSize: number) => call('policy.manageList', { ...(tab === 'all' ? {} : { editStatus: tab }), q, page, pageSize }),
    [tab, q]
  )
  const list = usePagedList(fetchPage, keyOf)
  usePagedListEvents(list, { reloadOnShow: true })

  return (
    <View>
      <TabStrip tabs={TABS} active={tab} onSelect={setTab} idPrefix='policy-status' />
      <View className='mg-search'>
        <Input
          id='policy-search'
          className='mg-search__input'
          placeholder='搜索标题或文号'
          value={input}
          maxlength={40}
          confirmType='search'
          onInput={(e) => setInput(e.detail.value)}
          onConfirm={() => setQ(input.trim())}
        />
        <Text id='policy-search-go' className='mg-search__go' onClick={() => setQ(input.trim())}>
          搜索
        </Text>
      </View>
      <View className='mg-toolbar'>
        <View id='policy-new'>
          <AtButton type='primary' size='small' onClick={() => openPage(managePolicyUrl())}>
            新建政策
          </AtButton>
        </View>
        <View id='policy-import'>
          <AtButton type='secondary' size='small' onClick={() => openPage(SERVICE_ROUTES.manageImport)}>
            批量导入
          </AtButton>
        </View>
      </View>
      <PagedListView
        list={list}
        renderItem={(p) => <PolicyRow key={p._id} policy={p} onOpen={open} />}
        empty={<EmptyState text={q ? `没有找到与“${q}”相关的政策` : '暂无政策'} hint={q ? '换个关键词，或清空搜索再试' : '点“新建政策”录入，或“批量导入”CSV / JSON 文件'} />}
      />
    </View>
  )
}
