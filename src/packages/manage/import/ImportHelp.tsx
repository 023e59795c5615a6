import { Text, View } from '@tarojs/components'

// the columns the server reads (cloudfunctions/api/src/domain/policies/importFile.ts)
const COLUMNS: Array<[string, string]> = [
  ['title *', '政策标题（4—100字）'],
  ['docNumber', '文号'],
  ['issuer *', '发文单位'],
  ['level *', '国家 / 省 / 市 / 区县 / 园区'],
  ['categories *', '政策类别，多个用 | 分隔，如 财税|金融（最多4个）'],
  ['benefitType *', '资金奖补 / 税费减免 / 融资支持 / 人才待遇 / 资质认定 / 服务便利'],
  ['exempt', '免申即享：是 / 否'],
  ['summary *', '摘要（10—300字）'],
  ['bodyHtml *', '正文：HTML 或纯文字（每行一段）'],
  ['interpretation', '解读文字'],
  ['interpretationVideoUrl', '解读视频地址（https:// 或 cloud://）'],
  ['effectiveFrom, expiresOn', '生效、失效日期（YYYY-MM-DD，也可写 2026/3/1）'],
  ['applyFrom, applyUntil', '申报开始、截止日期'],
  ['serviceId', '关联服务编号'],
  ['industries, scales, parkIds, requiredTags', '条件：行业、规模、园区编号、资质标签，多个用 | 分隔'],
  ['minYearsFounded, maxYearsFounded', '条件：成立年限（整数，年）'],
  ['minEmployees, maxEmployees', '条件：员工人数（整数）'],
  ['minRevenueWan, maxRevenueWan', '条件：年营业收入（整数，万元）']
]

/** How to prepare the file: the CSV columns, the JSON shape, and what happens to each row. */
export default function ImportHelp() {
  return (
    <View className='mg-import-help'>
      <Text className='mg-help'>
        CSV：UTF-8 编码、逗号分隔，第一行为下列英文列名（须完全一致，不认识的列会被拒绝）；带 * 的必填，空单元格表示未设置（条件为空即不限）。
      </Text>
      <View className='mg-columns'>
        {COLUMNS.map(([name, meaning]) => (
          <View key={name} className='mg-columns__row'>
            <Text className='mg-columns__name'>{name}</Text>
            <Text className='mg-columns__meaning'>{meaning}</Text>
          </View>
        ))}
      </View>
      <Text className='mg-help'>
        JSON：一个数组，每项与编辑页的字段相同（criteria 嵌套，列表为数组，attachments 为 [{'{'} name, url {'}'}]）。
      </Text>
      <Text className='mg-help'>
        先“预检”查看逐行结果；确认导入时只写入没有问题的行（一次性写入，失败则一行也不写），导入的政策均为草稿，检查后再发布。每次最多500行。
      </Text>
    </View>
  )
}
