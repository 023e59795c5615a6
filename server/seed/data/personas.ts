/**
 * Development sign-in choices for the local host. Each persona becomes a user (or, for
 * a 'guest', appears on first use). Names and phone numbers are fictional.
 */
import type { Role } from '../../../types/entities'
import { ENTERPRISES } from './enterprises'

export interface PersonaSeed {
  id: string
  openid: string
  role: Role
  name: string
  phone: string
  parkId: string | null
  enterpriseId: string | null
  description: string
}

/** the enterprise the unbound persona is invited to apply for (the e2e test applies too) */
const bindTarget = ENTERPRISES.find((e) => e._id === 'ent-05')
const bindHint = bindTarget
  ? `“${bindTarget.name}”，统一社会信用代码 ${bindTarget.creditCode}`
  : '演示企业'

export const PERSONAS: PersonaSeed[] = [
  {
    id: 'ent-owner-1',
    openid: 'dev-openid-ent-owner-1',
    role: 'entrepreneur',
    name: '周建华',
    phone: '13873205186',
    parkId: 'park-gaoxin',
    enterpriseId: 'ent-01',
    description: '湘潭华锐精密机械有限公司总经理（湘潭高新区）。可试：查看适配政策、向管家李卫东咨询、给办结事项评价。'
  },
  {
    id: 'ent-owner-2',
    openid: 'dev-openid-ent-owner-2',
    role: 'entrepreneur',
    name: '刘思远',
    phone: '15073218842',
    parkId: 'park-gaoxin',
    enterpriseId: 'ent-03',
    description: '湘潭云麓软件科技有限公司创始人（湘潭高新区）。可试：申请帮代办、在企业商圈发布供需信息、报名潭商讲堂。'
  },
  {
    id: 'ent-owner-3',
    openid: 'dev-openid-ent-owner-3',
    role: 'entrepreneur',
    name: '谭美玲',
    phone: '18932170563',
    parkId: 'park-jingkai',
    enterpriseId: 'ent-06',
    description: '湘潭联岳电子科技有限公司负责人（湘潭经开区）。可试：提交投诉、查看经开区通知、报名园区早餐会。'
  },
  {
    id: 'guest-zhang',
    openid: 'dev-openid-guest-zhang',
    role: 'guest',
    name: '张志强',
    phone: '13575219047',
    parkId: null,
    enterpriseId: null,
    description: `刚接手企业、还没认证的张志强。可试“企业认证”：填写${bindHint}并上传营业执照，提交后由园区审核；待认证期间可以个人身份咨询。`
  },
  {
    id: 'applicant-tang',
    openid: 'dev-openid-applicant-tang',
    role: 'guest',
    name: '唐文博',
    phone: '13607321954',
    parkId: null,
    enterpriseId: null,
    description: '已申请认证为湘潭擎风新能源装备股份有限公司成员、正等园区审核的唐文博（待认证）。可试：查看审核进度、以个人身份咨询、撤回申请；管家李卫东或高新区管理员可审核他的申请。'
  },
  {
    id: 'steward-li',
    openid: 'dev-openid-steward-li',
    role: 'steward',
    name: '李卫东',
    phone: '15200731628',
    parkId: 'park-gaoxin',
    enterpriseId: null,
    description: '湘潭高新区企业管家，联系华锐精密、擎风新能源。可试：处理待办咨询、回复或转办、查看自己的响应时效。'
  },
  {
    id: 'steward-wang',
    openid: 'dev-openid-steward-wang',
    role: 'steward',
    name: '王晓敏',
    phone: '17773260915',
    parkId: 'park-gaoxin',
    enterpriseId: null,
    description: '湘潭高新区企业管家，联系云麓软件和晓晴便利店。可试：查看名下企业、办结服务申请。'
  },
  {
    id: 'steward-chen',
    openid: 'dev-openid-steward-chen',
    role: 'steward',
    name: '陈国平',
    phone: '13787302254',
    parkId: 'park-jingkai',
    enterpriseId: null,
    description: '湘潭经开区企业管家，联系经开区四家演示企业。可试：处理投诉、关注临近时限的事项。'
  },
  {
    id: 'manager-gaoxin',
    openid: 'dev-openid-manager-gaoxin',
    role: 'manager',
    name: '彭立新',
    phone: '18207329961',
    parkId: 'park-gaoxin',
    enterpriseId: null,
    description: '湘潭高新区管委会园区管理员。可试：向园区企业推送通知、指派管家、督办超期事项、复核差评、审核商圈帖子。'
  },
  {
    id: 'admin-city',
    openid: 'dev-openid-admin-city',
    role: 'admin',
    name: '赵雅琴',
    phone: '19918732406',
    parkId: null,
    enterpriseId: null,
    description: '市优化营商环境协调事务中心工作人员，市级管理员。可试：发布全市通知、签发邀请码、查看全市数据看板。'
  },
  {
    id: 'visitor',
    openid: 'dev-openid-visitor',
    role: 'guest',
    name: '林小雨',
    phone: '15673201837',
    parkId: null,
    enterpriseId: null,
    description: '第一次打开小程序的访客。可试：浏览政策、动态和通知，看看尚未通过企业认证时能做些什么，再到“我的”申请企业认证。'
  }
]

/** enterprise _id → steward id (a persona, or one of MORE_STEWARDS in stewardCards.ts): every demo enterprise has one of its park */
export const STEWARD_ASSIGNMENTS: Record<string, string> = {
  'ent-01': 'steward-li',
  'ent-02': 'steward-li',
  'ent-03': 'steward-wang',
  'ent-04': 'steward-wang',
  'ent-05': 'steward-chen',
  'ent-06': 'steward-chen',
  'ent-07': 'steward-chen',
  'ent-08': 'steward-chen',
  'ent-09': 'steward-deng',
  'ent-10': 'steward-luo',
  'ent-11': 'steward-hu',
  'ent-12': 'steward-hu'
}
