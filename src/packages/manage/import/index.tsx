import { Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import type { ImportReport } from '../../../../types'
import Card from '../../../components/Card'
import { SERVICE_ROUTES } from '../../../constants/routes'
import { useSubmission } from '../../../hooks/useSubmission'
import { formatSize } from '../../../utils/attachments'
import { goBackOr } from '../../../utils/nav'
import ManageGate from '../components/ManageGate'
import ImportHelp from './ImportHelp'
import ImportReportView from './ImportReportView'
import { pickImportFile, type PickedFile } from './pickImportFile'
import '../manage.scss'

/** 批量导入: pick a CSV or JSON file, check it row by row (预检), then import the good rows as drafts. */
export default function ImportPage() {
  return (
    <ManageGate what='政策导入' className='mg-import'>
      {() => <Importer />}
    </ManageGate>
  )
}

function Importer() {
  const [file, setFile] = useState<PickedFile | null>(null)
  const [report, setReport] = useState<ImportReport | null>(null)
  const [error, setError] = useState<string | null>(null)
  const importing = useSubmission('policy.import')

  const pick = async () => {
    const picked = await pickImportFile()
    if (!picked) return
    setReport(null)
    if (picked.ok) {
      setFile(picked.file)
      setError(null)
    } else {
      setFile(null)
      setError(picked.message)
    }
  }

  const run = async (dryRun: boolean) => {
    if (!file) return
    setError(null)
    const result = await importing.submit({ format: file.format, content: file.content, dryRun })
    if (result.ok) setReport(result.data)
    else if (result.error) setError(result.error.message)
  }

  const checked = report?.dryRun === true
  const good = report ? report.rows.filter((r) => r.ok).length : 0
  const done = report !== null && !report.dryRun && report.imported > 0
  return (
    <View>
      <Card title='导入说明'>
        <ImportHelp />
      </Card>
      <Card title='导入文件'>
        <View className='mg-section mg-pad'>
          {file ? (
            <Text id='import-file' className='mg-import__file'>
              {file.name} · {file.format.toUpperCase()} · {formatSize(file.size)}
            </Text>
          ) : (
            <Text className='mg-help'>尚未选择文件</Text>
          )}
          {error && (
            <View id='import-error' className='mg-alert' role='alert'>
              <Text>{error}</Text>
            </View>
          )}
          <View className='mg-toolbar'>
            <View id='import-pick'>
              <AtButton size='small' type='secondary' disabled={importing.submitting} onClick={() => void pick()}>
                {file ? '重新选择' : '选择 CSV / JSON 文件'}
              </AtButton>
            </View>
            {file && !done && (
              <View id='import-dry-run'>
                <AtButton size='small' type={checked ? 'secondary' : 'primary'} loading={importing.submitting && !checked} disabled={importing.submitting} onClick={() => void run(true)}>
                  预检
                </AtButton>
              </View>
            )}
            {checked && good > 0 && (
              <View id='import-confirm'>
                <AtButton size='small' type='primary' loading={importing.submitting} disabled={importing.submitting} onClick={() => void run(false)}>
                  导入 {good} 条
                </AtButton>
              </View>
            )}
          </View>
        </View>
      </Card>
      {report && (
        <Card title={report.dryRun ? '预检结果' : '导入结果'}>
          <ImportReportView report={report} />
          {done && (
            <Text id='import-to-list' className='mg-link mg-pad' onClick={() => goBackOr(SERVICE_ROUTES.managePolicies)}>
              返回政策列表 ›
            </Text>
          )}
        </Card>
      )}
    </View>
  )
}
