import { Text, View } from '@tarojs/components'
import type { ImportReport } from '../../../../types'

/** The per-row result of a dry run or an import: which rows are (or went) in, and why the others were refused. */
export default function ImportReportView({ report }: { report: ImportReport }) {
  const good = report.rows.filter((r) => r.ok).length
  let headline: string
  if (report.dryRun) headline = `预检完成：共 ${report.rows.length} 行，${good} 行可以导入，${report.rejected} 行有误`
  else if (report.imported > 0) headline = `已导入 ${report.imported} 条政策（均为草稿，请检查后发布）；${report.rejected} 行未导入`
  else headline = `没有导入任何政策：${report.rejected} 行有误`
  return (
    <View id='import-report' className='mg-report'>
      <Text id='import-headline' className='mg-report__headline'>
        {headline}
      </Text>
      {report.rows.map((r) => (
        <View key={r.row} id={`import-row-${r.row}`} className={`mg-report__row${r.ok ? '' : ' mg-report__row--bad'}`}>
          <View className='mg-report__head'>
            <Text className='mg-report__no'>第 {r.row} 行</Text>
            <Text className='mg-report__title'>{r.title || '（无标题）'}</Text>
            <Text className={`mg-report__state${r.ok ? ' mg-report__state--ok' : ''}`}>{r.ok ? (report.dryRun ? '可导入' : '已导入') : '有误'}</Text>
          </View>
          {r.errors.map((e, i) => (
            <Text key={i} className='mg-report__error'>
              {e}
            </Text>
          ))}
        </View>
      ))}
    </View>
  )
}
