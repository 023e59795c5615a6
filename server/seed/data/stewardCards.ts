/**
 * 管家团队 demo: the card fields of every demo steward (stored on their `users` document,
 * see StewardCardFields) and the stewards of the parks the personas do not cover. Names,
 * phones, titles and departments are fictional; the 五员 duties are the ones a steward
 * covers (信息员、办事员、联络员、销售员、保障员). No photos: the card shows the name's
 * first character.
 */
import type { StewardCardFields } from '../../../types'
import type { PersonaSeed } from './personas'

/**
 * Stewards that are not dev sign-in personas: they fill the directory of 雨湖高新区 and
 * 天易经开区 (so every demo enterprise has a steward of its own park), and give the
 * 高新区 and 经开区 managers someone to reassign enterprises to.
 */
export const MORE_STEWARDS: PersonaSeed[] = [
  {
    id: 'steward-yi',
    openid: 'seed-openid-steward-yi',
    role: 'steward',
    name: '易文博',
    phone: '13548720316',
    parkId: 'park-gaoxin',
    enterpriseId: null,
    description: '湘潭高新区企业管家，负责科技类企业的项目申报服务，暂未联系企业。'
  },
  {
    id: 'steward-zeng',
    openid: 'seed-openid-steward-zeng',
    role: 'steward',
    name: '曾丽娟',
    phone: '18874036152',
    parkId: 'park-jingkai',
    enterpriseId: null,
    description: '湘潭经开区企业管家，熟悉用工和社保，暂未联系企业。'
  },
  {
    id: 'steward-deng',
    openid: 'seed-openid-steward-deng',
    role: 'steward',
    name: '邓海峰',
    phone: '15907325538',
    parkId: 'park-yuhu',
    enterpriseId: null,
    description: '雨湖高新区企业管家，联系鹤川新材料。'
  },
  {
    id: 'steward-luo',
    openid: 'seed-openid-steward-luo',
    role: 'steward',
    name: '罗静怡',
    phone: '17377320694',
    parkId: 'park-yuhu',
    enterpriseId: null,
    description: '雨湖高新区企业管家，联系本草嘉生物医药。'
  },
  {
    id: 'steward-hu',
    openid: 'seed-openid-steward-hu',
    role: 'steward',
    name: '胡志勇',
    phone: '13307328847',
    parkId: 'park-tianyi',
    enterpriseId: null,
    description: '湘潭天易经开区企业管家，联系湘莲坊食品和阿芳湘莲特产店。'
  }
]

/** steward persona id (PERSONAS or MORE_STEWARDS) → card */
export const STEWARD_CARDS: Record<string, StewardCardFields> = {
  'steward-li': {
    title: '企业服务中心副主任',
    department: '湘潭高新区企业服务中心',
    duties: ['信息员', '办事员', '联络员', '保障员'],
    expertise: ['惠企政策申报', '项目审批帮代办', '水电气报装', '智能制造'],
    photo: null
  },
  'steward-wang': {
    title: '企业管家',
    department: '湘潭高新区经济发展局',
    duties: ['信息员', '办事员', '销售员'],
    expertise: ['软件企业认定', '个转企', '知识产权', '人才政策'],
    photo: null
  },
  'steward-chen': {
    title: '企业服务科科长',
    department: '湘潭经开区企业服务中心',
    duties: ['信息员', '办事员', '联络员', '保障员'],
    expertise: ['汽车零部件', '物流用地', '招工用工', '安全生产'],
    photo: null
  },
  'steward-yi': {
    title: '企业管家',
    department: '湘潭高新区科技创新服务中心',
    duties: ['信息员', '销售员'],
    expertise: ['科技项目申报', '高企认定', '产学研对接'],
    photo: null
  },
  'steward-zeng': {
    title: '企业管家',
    department: '湘潭经开区人力资源服务中心',
    duties: ['联络员', '保障员'],
    expertise: ['招聘用工', '社保政策', '技能培训'],
    photo: null
  },
  'steward-deng': {
    title: '项目服务专员',
    department: '雨湖高新区项目服务中心',
    duties: ['办事员', '联络员', '保障员'],
    expertise: ['环评审批', '项目建设', '新材料', '再生资源'],
    photo: null
  },
  'steward-luo': {
    title: '企业管家',
    department: '雨湖高新区企业服务中心',
    duties: ['信息员', '办事员', '销售员'],
    expertise: ['生物医药', '药品注册', '融资对接'],
    photo: null
  },
  'steward-hu': {
    title: '企业服务办主任',
    department: '湘潭天易经开区管委会',
    duties: ['信息员', '办事员', '联络员', '销售员', '保障员'],
    expertise: ['农产品加工', '出口备案', '个转企', '食品生产许可'],
    photo: null
  }
}
