/**
 * Staff of the demo enterprises who are not dev sign-in personas: they write most of the
 * 企业商圈 posts, sign up for 潭商讲堂 and receive the demo notices. Names and phone
 * numbers are fictional. ent-05 has nobody: the unbound persona applies for it in the demo.
 */
import type { PersonaSeed } from './personas'

type Member = [id: string, name: string, phone: string, enterpriseId: string, parkId: string, job: string]

const ROWS: Member[] = [
  ['m-01', '马俊杰', '13975208631', 'ent-01', 'park-gaoxin', '采购部经理'],
  ['m-02', '孙丽萍', '15116237705', 'ent-01', 'park-gaoxin', '行政主管'],
  ['m-03', '黄志远', '18673204418', 'ent-02', 'park-gaoxin', '总经理助理'],
  ['m-04', '郭晓燕', '13787146290', 'ent-02', 'park-gaoxin', '人力资源部主管'],
  ['m-05', '袁海波', '15386231957', 'ent-02', 'park-gaoxin', '外贸部经理'],
  ['m-06', '欧阳倩', '17752318064', 'ent-02', 'park-gaoxin', '财务部会计'],
  ['m-07', '钟雨桐', '18274309152', 'ent-03', 'park-gaoxin', '产品经理'],
  ['m-08', '覃文斌', '13627320478', 'ent-03', 'park-gaoxin', '技术总监'],
  ['m-09', '何晓晴', '15973206625', 'ent-04', 'park-gaoxin', '店主'],
  ['m-10', '龙海燕', '19873215036', 'ent-06', 'park-jingkai', '财务主管'],
  ['m-11', '黎晓东', '13170328851', 'ent-06', 'park-jingkai', '销售经理'],
  ['m-12', '彭浩', '18907327719', 'ent-07', 'park-jingkai', '运营总监'],
  ['m-13', '朱文静', '15292174836', 'ent-07', 'park-jingkai', '客服主管'],
  ['m-14', '石磊', '13874082265', 'ent-07', 'park-jingkai', '仓储经理'],
  ['m-15', '蒋一帆', '17374219908', 'ent-08', 'park-jingkai', '创始人'],
  ['m-16', '温可欣', '18573226147', 'ent-08', 'park-jingkai', '结构设计师'],
  ['m-17', '谢国强', '13508423376', 'ent-09', 'park-yuhu', '副总经理'],
  ['m-18', '邹敏', '15807321609', 'ent-09', 'park-yuhu', '安环部部长'],
  ['m-19', '廖志斌', '18692158043', 'ent-09', 'park-yuhu', '技术中心主任'],
  ['m-20', '汤若琳', '13467324590', 'ent-10', 'park-yuhu', '注册专员'],
  ['m-21', '任家豪', '15573201284', 'ent-10', 'park-yuhu', '总经理'],
  ['m-22', '曹建军', '13807326612', 'ent-11', 'park-tianyi', '董事长'],
  ['m-23', '唐秀英', '18075213397', 'ent-11', 'park-tianyi', '出口部经理'],
  ['m-24', '贺明亮', '15200863471', 'ent-11', 'park-tianyi', '生产厂长'],
  ['m-25', '陈芳', '17607325580', 'ent-12', 'park-tianyi', '店主']
]

export const MEMBERS: PersonaSeed[] = ROWS.map(([id, name, phone, enterpriseId, parkId, job]) => ({
  id,
  openid: `seed-openid-member-${id.slice(2)}`,
  role: 'entrepreneur',
  name,
  phone,
  parkId,
  enterpriseId,
  description: job
}))
