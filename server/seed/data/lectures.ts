/**
 * 潭商讲堂 demo: six past lectures (replays, slides, check-ins and ratings) and six ahead
 * (one with a single seat left, one full with a short wait-list), at Beijing times
 * relative to the seeding moment and on working days. Speakers are fictional. Every
 * counter is built from the sign-ups: confirmed = the confirmed sign-ups, waitlist = the
 * waitlisted ones in sign-up order, ratingSum/ratingCount = the ratings given.
 */
import { signupId, type LectureDoc, type LectureSignupDoc } from '../../../cloudfunctions/api/src/domain/lectures/docs'
import type { LectureMode } from '../../../types'
import { member, person } from './people'
import { isWorkingDay, seedDates } from './seedDates'

/** placeholder media host: no real recording or file lies behind these demo links */
export const DEMO_MEDIA = 'https://media.example.cn/demo'

interface LectureSeed {
  id: string
  title: string
  speaker: string
  speakerTitle: string
  mode: LectureMode
  place: string
  /** days from the seeding day, moved to the nearest working day away from today */
  day: number
  start: string
  minutes: number
  capacity: number
  /** organiser: the city admin, or the 高新区 manager */
  by: 'city' | 'gaoxin'
  intro: string[]
  checkinCode: string
  replay?: boolean
  slides?: string[]
  /** person ids in sign-up order */
  confirmed: string[]
  waitlist?: string[]
  cancelled?: string[]
  /** past only: confirmed attendees who did not check in */
  absent?: string[]
  /** past only: [person id, score, comment] */
  ratings?: Array<[string, number, string]>
}

export const LECTURE_SEEDS: LectureSeed[] = [
  // —— past ——
  {
    id: 'seed-lecture-01',
    title: '惠企政策怎么找、怎么报',
    speaker: '刘明辉',
    speakerTitle: '市优化营商环境协调事务中心政策服务科科长',
    mode: 'offline',
    place: '湘潭市民之家三楼报告厅',
    day: -45,
    start: '14:30',
    minutes: 120,
    capacity: 80,
    by: 'city',
    intro: [
      '政策不少，企业常说“不知道有、不知道能不能享受、不知道怎么报”。本期讲堂从这三个问题说起，演示如何在小程序里按园区、行业筛选政策，读懂申报条件。',
      '现场还会拿几项常用的奖补政策逐条拆解材料清单，讲清楚申报时间节点和容易被退回的地方。'
    ],
    checkinCode: 'K7M3QP',
    replay: true,
    slides: ['惠企政策申报指引.pdf'],
    confirmed: ['ent-owner-1', 'm-01', 'm-03', 'm-04', 'm-07', 'm-09', 'm-10', 'm-12', 'm-13', 'm-15', 'm-17', 'm-20', 'm-22', 'm-23', 'm-25'],
    absent: ['m-13', 'm-25'],
    ratings: [
      ['ent-owner-1', 5, '讲得很实在，回去就把研发费用补助的材料补齐了。'],
      ['m-03', 5, ''],
      ['m-07', 4, '演示部分很清楚，希望课件能早点发。'],
      ['m-10', 4, ''],
      ['m-17', 5, '材料清单逐条讲，少走了不少弯路。'],
      ['m-20', 5, ''],
      ['m-22', 4, '希望以后多讲讲农产品加工企业能用的政策。']
    ]
  },
  {
    id: 'seed-lecture-02',
    title: '专利快速预审与知识产权保护',
    speaker: '周雅婷',
    speakerTitle: '知识产权服务机构专利代理师',
    mode: 'online',
    place: '腾讯会议（会议号在报名成功后发送）',
    day: -30,
    start: '19:30',
    minutes: 90,
    capacity: 200,
    by: 'city',
    intro: [
      '专利从提交到授权的等待时间这几年缩短了很多，走快速预审通道还能更快。本期讲解预审备案的条件、提交材料时的常见问题，以及发明专利和实用新型怎么搭配申请。',
      '后半场谈遇到侵权时企业可以怎么做：证据怎么留、向哪里投诉、维权成本大概多少。'
    ],
    checkinCode: 'T4HW8N',
    replay: true,
    slides: ['专利快速预审操作要点.pdf', '企业知识产权维权指引.pdf'],
    confirmed: ['ent-owner-2', 'm-05', 'm-07', 'm-08', 'm-11', 'm-15', 'm-16', 'm-19', 'm-20', 'm-21'],
    absent: ['m-11'],
    ratings: [
      ['ent-owner-2', 4, '预审通道讲得很细，维权部分可以再展开。'],
      ['m-08', 5, ''],
      ['m-16', 4, '设计专利的案例很有帮助。'],
      ['m-19', 5, ''],
      ['m-21', 4, '']
    ]
  },
  {
    id: 'seed-lecture-03',
    title: '工程建设项目审批提速：从拿地到开工',
    speaker: '邱建新',
    speakerTitle: '市行政审批服务局项目审批科负责人',
    mode: 'offline',
    place: '湘潭市民之家二楼工程建设项目审批专区',
    day: -21,
    start: '09:30',
    minutes: 120,
    capacity: 50,
    by: 'city',
    intro: [
      '新建厂房或扩建项目，企业最关心什么时候能动工。本期按项目推进的顺序，讲用地规划、工程规划、施工许可各环节现在需要多长时间、哪些可以并联办理。',
      '主讲人还会介绍告知承诺和容缺受理的适用范围，帮企业提前把材料准备到位。'
    ],
    checkinCode: 'R9CX2D',
    replay: true,
    confirmed: ['m-03', 'm-06', 'm-12', 'm-17', 'm-18', 'm-21', 'm-22', 'm-24'],
    ratings: [
      ['m-17', 5, '正好赶上我们新车间报建，很及时。'],
      ['m-22', 4, ''],
      ['m-24', 4, ''],
      ['m-03', 3, '内容好，提问时间有点短。']
    ]
  },
  {
    id: 'seed-lecture-04',
    title: '企业用工与社保政策问答',
    speaker: '易红梅',
    speakerTitle: '市人社局就业服务专员',
    mode: 'offline',
    place: '湘潭经开区企业服务中心一楼多功能厅',
    day: -14,
    start: '14:30',
    minutes: 90,
    capacity: 40,
    by: 'city',
    intro: [
      '年底前后是企业招人、留人的关键期。本期讲招聘补贴、以工代训、稳岗返还等政策的领取条件，以及社保费缓缴的办理方式。',
      '现场留出一半时间答疑，企业可以带着本单位的具体情况来问。'
    ],
    checkinCode: 'B6JV5Z',
    slides: ['招聘补贴与社保政策汇编.pdf'],
    confirmed: ['ent-owner-3', 'm-04', 'm-10', 'm-11', 'm-12', 'm-13', 'm-14', 'm-16'],
    absent: ['m-16'],
    ratings: [
      ['m-12', 5, '答疑环节解决了我们一个拖了很久的问题。'],
      ['m-13', 4, ''],
      ['m-04', 4, '']
    ]
  },
  {
    id: 'seed-lecture-05',
    title: '信用修复：企业怎样重新擦亮信用',
    speaker: '戴立群',
    speakerTitle: '市市场监督管理局信用监管科工作人员',
    mode: 'online',
    place: '腾讯会议（会议号在报名成功后发送）',
    day: -7,
    start: '15:00',
    minutes: 90,
    capacity: 150,
    by: 'city',
    intro: [
      '忘了报年报、登记的住所联系不上，都可能让企业被列入经营异常名录，进而影响投标和贷款。本期讲清楚各类信用问题的修复条件和办理流程。',
      '主讲人会逐步演示网上提交修复申请，并提醒企业平时怎样避免再次出现同类问题。'
    ],
    checkinCode: 'W3PF7H',
    replay: true,
    slides: ['信用修复办理流程.pdf'],
    confirmed: ['m-02', 'm-06', 'm-09', 'm-11', 'm-14', 'm-15', 'm-18', 'm-21', 'm-25'],
    absent: ['m-15'],
    ratings: [
      ['m-09', 5, '原来移出异常名录没有想象中麻烦，讲得很清楚。'],
      ['m-14', 4, ''],
      ['m-25', 5, ''],
      ['m-06', 4, '']
    ]
  },
  {
    id: 'seed-lecture-06',
    title: '政企交流早茶会·高新区十月场',
    speaker: '何志军',
    speakerTitle: '湘潭高新区管委会副主任',
    mode: 'offline',
    place: '湘潭高新区企业服务中心二楼洽谈室',
    day: -35,
    start: '07:30',
    minutes: 90,
    capacity: 10,
    by: 'gaoxin',
    intro: [
      '一壶茶、几样早点，管委会负责人和园区企业面对面聊经营、聊难处。每期限10家企业，每家1人。',
      '会上提出的问题当场登记，交给对应部门限时办理，办理进度在下一期早茶会上通报。'
    ],
    checkinCode: 'G8NQ4M',
    slides: ['早茶会问题清单及办理进度.pdf'],
    confirmed: ['m-01', 'm-02', 'm-03', 'm-05', 'm-07', 'm-08', 'm-09'],
    ratings: [
      ['m-05', 5, '问题当场记下，两周后就有了答复。'],
      ['m-08', 5, ''],
      ['m-09', 4, '']
    ]
  },
  // —— ahead ——
  {
    id: 'seed-lecture-07',
    title: '政企交流早茶会·高新区专场',
    speaker: '何志军',
    speakerTitle: '湘潭高新区管委会副主任',
    mode: 'offline',
    place: '湘潭高新区企业服务中心二楼洽谈室',
    day: 6,
    start: '07:30',
    minutes: 90,
    capacity: 10,
    by: 'gaoxin',
    intro: [
      '本期早茶会主题为“年底用电用工保障”，欢迎园区企业负责人报名，每家限1人。',
      '报名后可以先在小程序里写下想反映的问题，便于相关部门带着答复意见到场。'
    ],
    checkinCode: 'H2DK9R',
    confirmed: ['m-01', 'm-02', 'm-03', 'm-04', 'm-05', 'm-06', 'm-07', 'm-08', 'm-09']
  },
  {
    id: 'seed-lecture-08',
    title: '企业所得税汇算清缴与研发费用加计扣除',
    speaker: '沈佳慧',
    speakerTitle: '市税务局纳税服务科工作人员',
    mode: 'offline',
    place: '湘潭市民之家三楼报告厅',
    day: 9,
    start: '14:30',
    minutes: 120,
    capacity: 20,
    by: 'city',
    intro: [
      '年度汇算清缴临近，本期围绕研发费用归集、加计扣除的口径和留存备查资料展开，结合常见申报错误逐项提醒。',
      '为保证答疑效果，本期只设20个座位，满员后可以候补，有人取消时按候补顺序递补并通知。'
    ],
    checkinCode: 'M5XT3L',
    confirmed: ['m-01', 'm-03', 'm-04', 'm-06', 'm-07', 'm-10', 'm-11', 'm-12', 'm-13', 'm-14', 'm-15', 'm-17', 'm-18', 'm-19', 'm-20', 'm-21', 'm-22', 'm-23', 'm-24', 'm-25'],
    waitlist: ['m-02', 'm-16', 'm-05']
  },
  {
    id: 'seed-lecture-09',
    title: '首贷、续贷和知识产权质押融资',
    speaker: '万志华',
    speakerTitle: '市中小微企业信贷和续贷中心业务主管',
    mode: 'offline',
    place: '湘潭市中小微企业信贷和续贷中心',
    day: 13,
    start: '09:30',
    minutes: 120,
    capacity: 60,
    by: 'city',
    intro: [
      '第一次贷款该找哪家银行？贷款快到期了怎样无缝续上？手里的专利和商标能不能换来授信？本期邀请驻点银行一起回答这些问题。',
      '会后设一对一洽谈，有融资需求的企业请带上近一年的财务报表。'
    ],
    checkinCode: 'Q7FA6S',
    confirmed: ['m-06', 'm-09', 'm-10', 'm-12', 'm-15', 'm-19', 'm-20', 'm-21'],
    cancelled: ['m-17']
  },
  {
    id: 'seed-lecture-10',
    title: '企业数据安全与上云实务',
    speaker: '覃立',
    speakerTitle: '通信运营商政企客户部解决方案经理',
    mode: 'online',
    place: '腾讯会议（会议号在报名成功后发送）',
    day: 4,
    start: '19:30',
    minutes: 90,
    capacity: 300,
    by: 'city',
    intro: [
      '业务系统搬到云上能省下机房和运维开支，但数据放在哪里、谁能看到、出了问题怎么恢复，是企业最担心的地方。',
      '本期用几家本地制造企业的做法，讲上云前的梳理、备份方案和日常的权限管理。'
    ],
    checkinCode: 'Z4RN8E',
    confirmed: ['m-03', 'm-07', 'm-08', 'm-11', 'm-12', 'm-14', 'm-15', 'm-16', 'm-19', 'm-21', 'm-23']
  },
  {
    id: 'seed-lecture-11',
    title: '出口信用保险与外贸融资',
    speaker: '黎文涛',
    speakerTitle: '出口信用保险机构客户经理',
    mode: 'online',
    place: '腾讯会议（会议号在报名成功后发送）',
    day: 16,
    start: '15:00',
    minutes: 90,
    capacity: 200,
    by: 'city',
    intro: [
      '海外客户拖欠货款是外贸企业的一大风险。本期讲短期出口信用保险的投保和理赔，以及凭保单、订单和仓单向银行融资的办法。'
    ],
    checkinCode: 'D9KW2Y',
    confirmed: ['m-05', 'm-11', 'm-22', 'm-23']
  },
  {
    id: 'seed-lecture-12',
    title: '个体工商户转企业：登记和税费一次讲清',
    speaker: '罗小兰',
    speakerTitle: '湘潭县市场监管部门登记窗口工作人员',
    mode: 'offline',
    place: '湘潭天易经开区企业服务中心三楼报告厅',
    day: 20,
    start: '15:00',
    minutes: 90,
    capacity: 40,
    by: 'city',
    intro: [
      '生意做大了，个体户要不要转成公司？转了以后税怎么交、原来的字号和许可证还能不能用？本期由登记窗口和税务人员一起解答。',
      '现场可以带上营业执照正本，会后帮您预审转企材料。'
    ],
    checkinCode: 'P3LC7U',
    confirmed: ['m-09', 'm-25']
  }
]

const HOUR = 3_600_000

/** the working day nearest to `offset` days away, moving further from today */
function workdayAt(dates: ReturnType<typeof seedDates>, offset: number): string {
  const step = offset < 0 ? -1 : 1
  let d = offset
  while (!isWorkingDay(dates.day(d))) d += step
  return dates.day(d)
}

const slideFile = (name: string) => `${DEMO_MEDIA}/slides/${encodeURIComponent(name)}`

export function buildLectures(now: Date): { lectures: LectureDoc[]; signups: LectureSignupDoc[] } {
  const dates = seedDates(now)
  const admin = person('admin-city')
  const gaoxin = person('manager-gaoxin')
  const lectures: LectureDoc[] = []
  const signups: LectureSignupDoc[] = []

  for (const s of LECTURE_SEEDS) {
    const startsAt = dates.at(workdayAt(dates, s.day), s.start)
    const start = Date.parse(startsAt)
    const endsAt = new Date(start + s.minutes * 60_000).toISOString()
    const ended = endsAt <= now.toISOString()
    const order = [...s.confirmed, ...(s.waitlist ?? []), ...(s.cancelled ?? [])]
    // sign-ups end a day before the start (or an hour ago), two hours apart
    const last = Math.min(now.getTime() - HOUR, start - 24 * HOUR)
    const signedAt = (i: number) => new Date(last - (order.length - i) * 2 * HOUR).toISOString()
    const ratings = new Map((s.ratings ?? []).map(([id, score, comment]) => [id, { score, comment }]))

    const docs = order.map((id, i): LectureSignupDoc => {
      const who = member(id)
      const state = i < s.confirmed.length ? 'confirmed' : s.waitlist?.includes(id) ? 'waitlisted' : 'cancelled'
      const attended = ended && state === 'confirmed' && !s.absent?.includes(id)
      const rating = ratings.get(id)
      return {
        _id: signupId(s.id, who.userId),
        lectureId: s.id,
        userId: who.userId,
        name: who.name,
        phone: who.phone,
        enterpriseId: who.enterpriseId,
        enterpriseName: who.enterpriseName,
        state,
        signedUpAt: signedAt(i),
        confirmedAt: state === 'confirmed' ? signedAt(i) : null,
        cancelledAt: state === 'cancelled' ? new Date(Date.parse(signedAt(i)) + HOUR).toISOString() : null,
        checkedInAt: attended ? new Date(start - (20 - i) * 60_000).toISOString() : null,
        rating: ended && rating ? { ...rating, at: new Date(Date.parse(endsAt) + (i + 1) * HOUR).toISOString() } : null,
        // a past lecture's attendees were reminded the day before it
        remindedFor: ended && state === 'confirmed' ? startsAt : null
      }
    })
    signups.push(...docs)

    const rated = docs.filter((d) => d.rating)
    const organiser = s.by === 'gaoxin' ? gaoxin : admin
    const createdAt = new Date(Date.parse(signedAt(0)) - 24 * HOUR).toISOString()
    lectures.push({
      _id: s.id,
      title: s.title,
      speaker: s.speaker,
      speakerTitle: s.speakerTitle,
      mode: s.mode,
      place: s.place,
      startsAt,
      endsAt,
      capacity: s.capacity,
      cover: null,
      intro: s.intro,
      replayUrl: s.replay ? `${DEMO_MEDIA}/lectures/${s.id}.mp4` : null,
      slides: (s.slides ?? []).map((name) => ({ name, url: slideFile(name) })),
      parkId: s.by === 'gaoxin' ? 'park-gaoxin' : null,
      checkinCode: s.checkinCode,
      confirmed: docs.filter((d) => d.state === 'confirmed').length,
      waitlist: docs.filter((d) => d.state === 'waitlisted').map((d) => d.userId),
      ratingSum: rated.reduce((sum, d) => sum + (d.rating?.score ?? 0), 0),
      ratingCount: rated.length,
      createdById: organiser.userId,
      createdByName: organiser.name,
      createdAt,
      updatedAt: createdAt
    })
  }
  return { lectures, signups }
}
