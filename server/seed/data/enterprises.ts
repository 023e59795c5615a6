/**
 * Fictional demo enterprises. Every credit code is built from its first 17 characters
 * plus the computed check character, so each one is valid by construction.
 * Layout: '9' + '1' (company) or '2' (个体工商户) + 6-digit Xiangtan division code
 * + 9-character organisation code + check character.
 * Industries are from INDUSTRIES (types/policies.ts) so policy criteria can match them;
 * employees / revenueBand / tags are the 一企一档 facts. ent-07 and ent-12 never filled
 * them in, so matching shows their conditions as unknown.
 */
import type { EnterpriseDoc } from '../../../cloudfunctions/api/src/domain/docs'
import { checkCharacter } from '../../../types/creditCode'

const code = (first17: string): string => first17 + checkCharacter(first17)

export const ENTERPRISES: EnterpriseDoc[] = [
  // 湘潭高新区
  {
    _id: 'ent-01',
    name: '湘潭华锐精密机械有限公司',
    creditCode: code('91430300593781426'),
    parkId: 'park-gaoxin',
    industry: '智能制造',
    scale: '中型',
    foundedOn: '2012-05-18',
    stewardId: null,
    employees: 260,
    revenueBand: 'r3',
    // not 专精特新 yet: the e2e adds it in 企业档案 (see policies.ts)
    tags: ['规上企业', '科技型中小企业']
  },
  {
    _id: 'ent-02',
    name: '湘潭擎风新能源装备股份有限公司',
    creditCode: code('91430300694015527'),
    parkId: 'park-gaoxin',
    industry: '新能源',
    scale: '大型',
    foundedOn: '2009-09-07',
    stewardId: null,
    employees: 1350,
    revenueBand: 'r4',
    tags: ['高新技术企业', '规上企业', '外贸进出口企业']
  },
  {
    _id: 'ent-03',
    name: '湘潭云麓软件科技有限公司',
    creditCode: code('91430304MA4Q3B8W1'),
    parkId: 'park-gaoxin',
    industry: '软件和信息服务',
    scale: '小型',
    foundedOn: '2019-03-26',
    stewardId: null,
    employees: 38,
    revenueBand: 'r1',
    tags: ['科技型中小企业']
  },
  {
    _id: 'ent-04',
    name: '湘潭市岳塘区晓晴便利店',
    creditCode: code('92430304MA4TY6R2K'),
    parkId: 'park-gaoxin',
    industry: '商贸服务',
    scale: '个体工商户',
    foundedOn: '2023-08-15',
    stewardId: null,
    employees: 3,
    revenueBand: 'r0',
    tags: []
  },
  // 湘潭经开区
  {
    _id: 'ent-05',
    name: '湘潭九衡汽车零部件有限公司',
    creditCode: code('91430300MA4L7H3N5'),
    parkId: 'park-jingkai',
    industry: '智能制造',
    scale: '中型',
    foundedOn: '2016-04-12',
    stewardId: null,
    employees: 420,
    revenueBand: 'r3',
    tags: ['高新技术企业', '专精特新', '规上企业']
  },
  {
    _id: 'ent-06',
    name: '湘潭联岳电子科技有限公司',
    creditCode: code('91430302MA4RC2E9J'),
    parkId: 'park-jingkai',
    industry: '电子信息',
    scale: '小型',
    foundedOn: '2021-07-01',
    stewardId: null,
    employees: 56,
    revenueBand: 'r2',
    tags: ['科技型中小企业', '外贸进出口企业']
  },
  {
    _id: 'ent-07',
    name: '湘潭捷链供应链管理有限公司',
    creditCode: code('91430302MA4PXD5U8'),
    parkId: 'park-jingkai',
    industry: '现代物流',
    scale: '小型',
    foundedOn: '2018-11-20',
    stewardId: null
  },
  {
    _id: 'ent-08',
    name: '湘潭智匠工业设计有限公司',
    creditCode: code('91430300MADK8P2G3'),
    parkId: 'park-jingkai',
    industry: '其他',
    scale: '微型',
    foundedOn: '2024-06-20',
    stewardId: null,
    employees: 6,
    revenueBand: 'r0',
    tags: ['科技型中小企业']
  },
  // 雨湖高新区
  {
    _id: 'ent-09',
    name: '湘潭鹤川新材料有限公司',
    creditCode: code('91430302576552138'),
    parkId: 'park-yuhu',
    industry: '新材料',
    scale: '中型',
    foundedOn: '2011-06-30',
    stewardId: null,
    employees: 310,
    revenueBand: 'r4',
    tags: ['高新技术企业', '专精特新', '规上企业']
  },
  {
    _id: 'ent-10',
    name: '湘潭本草嘉生物医药有限公司',
    creditCode: code('91430302MA4TB9F6L'),
    parkId: 'park-yuhu',
    industry: '生物医药',
    scale: '小型',
    foundedOn: '2020-10-09',
    stewardId: null,
    employees: 45,
    revenueBand: 'r1',
    tags: ['高新技术企业', '科技型中小企业']
  },
  // 湘潭天易经开区
  {
    _id: 'ent-11',
    name: '湘潭湘莲坊食品有限公司',
    creditCode: code('91430321673569014'),
    parkId: 'park-tianyi',
    industry: '农业食品',
    scale: '中型',
    foundedOn: '2008-03-15',
    stewardId: null,
    employees: 240,
    revenueBand: 'r3',
    tags: ['规上企业', '外贸进出口企业']
  },
  {
    _id: 'ent-12',
    name: '湘潭县易俗河镇阿芳湘莲特产店',
    creditCode: code('92430321MAE3R7WQ1'),
    parkId: 'park-tianyi',
    industry: '农业食品',
    scale: '个体工商户',
    foundedOn: '2025-04-08',
    stewardId: null
  }
]
