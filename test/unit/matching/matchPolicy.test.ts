/**
 * The matching table: profiles × criteria → the verdict and the exact sentences the
 * entrepreneur reads. Pure: `today` is a Beijing calendar day, so no clock or TZ enters.
 */
import { addMonthsClamped, wholeMonthsSince } from '../../../cloudfunctions/api/src/domain/matching/age'
import { matchPolicy } from '../../../cloudfunctions/api/src/domain/matching'
import type { EligibilityCriteria, EnterpriseProfile, MatchCondition, MatchVerdict } from '../../../types'

const BASE: EnterpriseProfile = {
  enterpriseId: 'ent-x',
  name: '示例企业',
  parkId: 'park-a',
  industry: '智能制造',
  scale: '小型',
  foundedOn: '2020-05-01',
  employees: 50,
  revenueBand: 'r2',
  tags: ['高新技术企业'],
  updatedAt: null,
  updatedByName: null
}
const TODAY = '2026-11-20'
const PARKS = { 'park-a': '示例高新区', 'park-b': '示例经开区' }

interface Row {
  name: string
  profile?: Partial<EnterpriseProfile>
  criteria: EligibilityCriteria
  today?: string
  verdict: MatchVerdict
  /** [state, message] in reading order */
  conditions: Array<[MatchCondition['state'], string]>
}

const TABLE: Row[] = [
  { name: 'no criteria at all', criteria: {}, verdict: 'eligible', conditions: [] },
  {
    name: 'empty lists and nulls are no condition',
    criteria: { industries: [], scales: [], parkIds: [], requiredTags: [], minEmployees: null } as unknown as EligibilityCriteria,
    verdict: 'eligible',
    conditions: []
  },
  {
    name: 'too young by months: almost',
    profile: { foundedOn: '2025-08-20' },
    criteria: { minYearsFounded: 2 },
    verdict: 'almost',
    conditions: [['unmet', '需成立满 2 年，您的企业成立 1 年 3 个月']]
  },
  {
    name: 'one day short of the next month counts the month before',
    profile: { foundedOn: '2025-08-21' },
    criteria: { minYearsFounded: 2 },
    verdict: 'almost',
    conditions: [['unmet', '需成立满 2 年，您的企业成立 1 年 2 个月']]
  },
  {
    name: 'old enough',
    profile: { foundedOn: '2023-09-15' },
    criteria: { minYearsFounded: 2 },
    verdict: 'eligible',
    conditions: [['met', '需成立满 2 年，您的企业已成立 3 年 2 个月']]
  },
  {
    name: 'founded on the 31st: a month is up on the last day of February (leap year)',
    profile: { foundedOn: '2024-01-31' },
    criteria: { minYearsFounded: 1 },
    today: '2024-02-29',
    verdict: 'almost',
    conditions: [['unmet', '需成立满 1 年，您的企业成立 1 个月']]
  },
  {
    name: 'founded on the 31st: not yet a month on 28 February of a leap year',
    profile: { foundedOn: '2024-01-31' },
    criteria: { minYearsFounded: 1 },
    today: '2024-02-28',
    verdict: 'almost',
    conditions: [['unmet', '需成立满 1 年，您的企业成立不足 1 个月']]
  },
  {
    name: 'founded on 31 March: eleven months on 29 February',
    profile: { foundedOn: '2023-03-31' },
    criteria: { minYearsFounded: 1 },
    today: '2024-02-29',
    verdict: 'almost',
    conditions: [['unmet', '需成立满 1 年，您的企业成立 11 个月']]
  },
  {
    name: 'founded on a leap day: two full years on 28 February of a common year',
    profile: { foundedOn: '2024-02-29' },
    criteria: { minYearsFounded: 2 },
    today: '2026-02-28',
    verdict: 'eligible',
    conditions: [['met', '需成立满 2 年，您的企业已成立 2 年']]
  },
  {
    name: 'founded on a leap day: one day earlier is still short',
    profile: { foundedOn: '2024-02-29' },
    criteria: { minYearsFounded: 2 },
    today: '2026-02-27',
    verdict: 'almost',
    conditions: [['unmet', '需成立满 2 年，您的企业成立 1 年 11 个月']]
  },
  {
    name: 'too old is never almost',
    criteria: { maxYearsFounded: 5 },
    verdict: 'ineligible',
    conditions: [['unmet', '需成立不超过 5 年，您的企业已成立 6 年 6 个月']]
  },
  {
    name: 'an age range, met',
    criteria: { minYearsFounded: 2, maxYearsFounded: 10 },
    verdict: 'eligible',
    conditions: [['met', '需成立满 2 年且不超过 10 年，您的企业已成立 6 年 6 个月']]
  },
  {
    name: 'a founding date in the future cannot be judged',
    profile: { foundedOn: '2027-01-01' },
    criteria: { minYearsFounded: 2 },
    verdict: 'almost',
    conditions: [['unknown', '需成立满 2 年，请在企业档案中核对成立日期']]
  },
  {
    name: 'industry mismatch is never almost',
    profile: { industry: '商贸服务' },
    criteria: { industries: ['智能制造', '新材料'] },
    verdict: 'ineligible',
    conditions: [['unmet', '限智能制造、新材料行业，您的企业属于商贸服务']]
  },
  {
    name: 'industry met',
    criteria: { industries: ['智能制造', '新材料'] },
    verdict: 'eligible',
    conditions: [['met', '限智能制造、新材料行业，您的企业属于智能制造']]
  },
  {
    name: 'park mismatch is never almost, named with park names',
    criteria: { parkIds: ['park-b'] },
    verdict: 'ineligible',
    conditions: [['unmet', '限示例经开区的企业，您的企业位于示例高新区']]
  },
  {
    name: 'scale mismatch is never almost',
    criteria: { scales: ['中型', '大型'] },
    verdict: 'ineligible',
    conditions: [['unmet', '企业规模限中型、大型，您的企业为小型']]
  },
  {
    name: 'employees not filled in: unknown, almost',
    profile: { employees: null },
    criteria: { minEmployees: 20 },
    verdict: 'almost',
    conditions: [['unknown', '需员工不少于 20 人，您的企业尚未填报员工人数（请在企业档案中补充）']]
  },
  {
    name: 'too few employees: almost',
    profile: { employees: 12 },
    criteria: { minEmployees: 20 },
    verdict: 'almost',
    conditions: [['unmet', '需员工不少于 20 人，您的企业填报 12 人']]
  },
  {
    name: 'an employee range, above the top',
    profile: { employees: 300 },
    criteria: { minEmployees: 20, maxEmployees: 200 },
    verdict: 'almost',
    conditions: [['unmet', '需员工 20—200 人，您的企业填报 300 人']]
  },
  {
    name: 'employee bounds are inclusive',
    profile: { employees: 20 },
    criteria: { minEmployees: 20, maxEmployees: 20 },
    verdict: 'eligible',
    conditions: [['met', '需员工 20—20 人，您的企业填报 20 人']]
  },
  {
    name: 'a revenue band straddling the minimum cannot be judged',
    criteria: { minRevenueWan: 1000 },
    verdict: 'almost',
    conditions: [['unknown', '需年营业收入不低于 1000 万元，您的企业填报 500万—2000万元，跨越了要求的界限，请按实际营业收入核对']]
  },
  {
    name: 'a band wholly inside the range is met',
    criteria: { minRevenueWan: 500, maxRevenueWan: 2000 },
    verdict: 'eligible',
    conditions: [['met', '需年营业收入 500 万元—2000 万元，您的企业填报 500万—2000万元']]
  },
  {
    name: 'a band whose top is the minimum lies wholly below it',
    criteria: { minRevenueWan: 2000 },
    verdict: 'almost',
    conditions: [['unmet', '需年营业收入不低于 2000 万元，您的企业填报 500万—2000万元']]
  },
  {
    name: 'the open top band straddles a maximum it starts at',
    profile: { revenueBand: 'r4' },
    criteria: { maxRevenueWan: 10000 },
    verdict: 'almost',
    conditions: [['unknown', '需年营业收入不超过 1 亿元，您的企业填报 1亿元以上，跨越了要求的界限，请按实际营业收入核对']]
  },
  {
    name: 'revenue not filled in',
    profile: { revenueBand: null },
    criteria: { maxRevenueWan: 500 },
    verdict: 'almost',
    conditions: [['unknown', '需年营业收入不超过 500 万元，您的企业尚未填报营业收入（请在企业档案中补充）']]
  },
  {
    name: 'a required tag not marked: almost',
    profile: { tags: [] },
    criteria: { requiredTags: ['高新技术企业'] },
    verdict: 'almost',
    conditions: [['unmet', '需为高新技术企业，您的企业尚未标注']]
  },
  {
    name: 'two required tags, one missing, named',
    criteria: { requiredTags: ['高新技术企业', '专精特新'] },
    verdict: 'almost',
    conditions: [['unmet', '需为高新技术企业、专精特新企业，您的企业尚未标注专精特新企业']]
  },
  {
    name: 'two open conditions are not almost',
    profile: { employees: 12, tags: [] },
    criteria: { minEmployees: 20, requiredTags: ['高新技术企业'] },
    verdict: 'ineligible',
    conditions: [
      ['unmet', '需员工不少于 20 人，您的企业填报 12 人'],
      ['unmet', '需为高新技术企业，您的企业尚未标注']
    ]
  },
  {
    name: 'one unmet and one unknown are not almost',
    profile: { employees: 12, revenueBand: null },
    criteria: { minEmployees: 20, minRevenueWan: 100 },
    verdict: 'ineligible',
    conditions: [
      ['unmet', '需员工不少于 20 人，您的企业填报 12 人'],
      ['unknown', '需年营业收入不低于 100 万元，您的企业尚未填报营业收入（请在企业档案中补充）']
    ]
  },
  {
    name: 'everything met, in reading order',
    criteria: {
      requiredTags: ['高新技术企业'],
      minRevenueWan: 500,
      minEmployees: 10,
      minYearsFounded: 3,
      parkIds: ['park-a', 'park-b'],
      scales: ['小型', '微型'],
      industries: ['智能制造']
    },
    verdict: 'eligible',
    conditions: [
      ['met', '限智能制造行业，您的企业属于智能制造'],
      ['met', '企业规模限小型、微型，您的企业为小型'],
      ['met', '限示例高新区、示例经开区的企业，您的企业位于示例高新区'],
      ['met', '需成立满 3 年，您的企业已成立 6 年 6 个月'],
      ['met', '需员工不少于 10 人，您的企业填报 50 人'],
      ['met', '需年营业收入不低于 500 万元，您的企业填报 500万—2000万元'],
      ['met', '需为高新技术企业，您的企业已标注']
    ]
  },
  {
    name: 'an unknown industry is a gap to fill, so almost',
    profile: { industry: '' },
    criteria: { industries: ['智能制造'] },
    verdict: 'almost',
    conditions: [['unknown', '限智能制造行业，您的企业尚未填写所属行业（请在企业档案中补充）']]
  }
]

describe('matchPolicy', () => {
  it.each(TABLE.map((r) => [r.name, r] as const))('%s', (_name, row) => {
    const result = matchPolicy({ ...BASE, ...row.profile }, row.criteria, row.today ?? TODAY, PARKS)
    expect(result.conditions.map((c) => [c.state, c.message])).toEqual(row.conditions)
    expect(result.verdict).toBe(row.verdict)
  })

  it('keys a failed bound by the bound that failed, so a too-old enterprise is not almost', () => {
    const r = matchPolicy(BASE, { minYearsFounded: 1, maxYearsFounded: 3 }, TODAY)
    expect(r.conditions).toEqual([{ key: 'maxYearsFounded', state: 'unmet', message: '需成立满 1 年且不超过 3 年，您的企业已成立 6 年 6 个月' }])
    expect(r.verdict).toBe('ineligible')
    const young = matchPolicy({ ...BASE, foundedOn: '2026-05-01' }, { minYearsFounded: 1, maxYearsFounded: 3 }, TODAY)
    expect(young.conditions[0]).toMatchObject({ key: 'minYearsFounded', state: 'unmet', message: '需成立满 1 年且不超过 3 年，您的企业成立 6 个月' })
    expect(young.verdict).toBe('almost')
  })

  it('speaks of 指定园区 when no park names are given', () => {
    expect(matchPolicy(BASE, { parkIds: ['park-b'] }, TODAY).conditions[0].message).toBe('限指定园区的企业，您的企业所在园区不在其中')
    expect(matchPolicy(BASE, { parkIds: ['park-a'] }, TODAY).conditions[0].message).toBe('限指定园区的企业，您的企业所在园区在列')
  })
})

describe('founding age arithmetic', () => {
  it.each([
    ['2024-01-31', 1, '2024-02-29'],
    ['2023-01-31', 1, '2023-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2024-02-29', 48, '2028-02-29'],
    ['2025-12-15', 1, '2026-01-15'],
    ['2025-03-31', 11, '2026-02-28']
  ])('%s plus %i months is %s', (from, months, expected) => {
    expect(addMonthsClamped(from, months)).toBe(expected)
  })

  it.each([
    ['2020-05-01', '2020-05-01', 0],
    ['2020-05-01', '2020-05-31', 0],
    ['2020-05-01', '2020-06-01', 1],
    ['2025-12-31', '2026-01-30', 0],
    ['2025-12-31', '2026-01-31', 1],
    ['2024-02-29', '2025-02-28', 12],
    ['2024-02-29', '2025-02-27', 11],
    ['2026-11-21', '2026-11-20', null],
    ['2026-02-30', '2026-11-20', null]
  ])('from %s to %s is %p whole months', (from, to, months) => {
    expect(wholeMonthsSince(from, to)).toBe(months)
  })
})
