/**
 * Stable error codes and their Chinese messages. Codes never change meaning once
 * shipped: the client branches on them, the message is what the user reads.
 */
export const ERROR_MESSAGES = {
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '您没有权限进行此操作',
  UNKNOWN_ACTION: '不支持的操作',
  INVALID_INPUT: '提交的内容有误，请检查后重试',
  NOT_FOUND: '内容不存在或已被删除',
  CONFLICT: '内容已被他人更新，请刷新后重试',
  REQUEST_IN_PROGRESS: '请求正在处理中，请勿重复提交',
  RATE_LIMITED: '操作太频繁，请稍后再试',
  REQUEST_ID_REQUIRED: '请求缺少编号，请刷新页面后重试',
  REQUEST_ID_REUSED: '该请求编号已用于其他内容，请刷新页面后重试',
  // what the local host answers before the router (bad HTTP requests)
  MALFORMED_REQUEST: '请求格式不正确，请刷新页面后重试',
  UNSUPPORTED_MEDIA_TYPE: '请求的内容类型不受支持',
  PAYLOAD_TOO_LARGE: '提交的内容过大',
  CREDIT_CODE_INVALID: '统一社会信用代码不正确',
  ENTERPRISE_NOT_FOUND: '未找到该统一社会信用代码对应的企业，请核对或联系园区登记',
  ENTERPRISE_NAME_MISMATCH: '企业名称与统一社会信用代码不一致',
  ALREADY_BOUND: '您已绑定企业，如需更换请先解除绑定',
  NOT_BOUND: '您尚未认证为企业成员',
  ROLE_CONFLICT: '管家或管理员账号不能申请企业认证',
  // 企业认证 (membership)
  MEMBERSHIP_PENDING: '您的企业认证申请正在审核中，请耐心等待',
  MEMBERSHIP_DECIDED: '该认证申请已处理',
  NOT_ENTERPRISE_ADMIN: '只有企业管理员可以进行此操作',
  LAST_ADMIN: '企业至少需要保留一名管理员，请先将其他成员设为管理员',
  LICENSE_AUTH_UNAVAILABLE: '电子营业执照授权暂不可用，请改用园区审核或企业邀请',
  LICENSE_AUTH_FAILED: '电子营业执照授权未通过，请确认授权的企业与您申请的企业一致',
  CITY_SCOPE: '该项为全市统一设置，只有市级管理员可以修改',
  INVITE_INVALID: '邀请码无效，请核对后重试',
  INVITE_USED: '该邀请码已被使用',
  INVITE_EXPIRED: '该邀请码已过期，请联系管理员重新发放',
  PARK_SCOPE: '只能管理本园区的内容',
  FILE_TOO_LARGE: '文件过大',
  INVALID_TRANSITION: '该办件当前状态下不能进行此操作',
  CASE_STALE: '该办件刚刚已被他人处理，已为您显示最新状态',
  MATERIALS_MISSING: '申请材料不齐全，请按清单补齐后再提交',
  SLOT_FULL: '该场次名额已满，请选择其他场次',
  SLOT_CLOSED: '该场次已开始或已结束，不能再预约或取消',
  ALREADY_BOOKED: '您的企业已预约该场次',
  IMPORT_INVALID: '导入文件格式不正确',
  SERVICE_INACTIVE: '该服务暂停受理',
  ASSIGNEE_INVALID: '所选人员不能承办该办件',
  FILE_TYPE: '不支持的文件类型',
  // 企业商圈
  CONTENT_REJECTED: '内容含有违规信息，请修改后再提交',
  POST_UNAVAILABLE: '该信息已关闭、过期或正在审核，暂不能进行此操作',
  ALREADY_REQUESTED: '您已申请过该信息的联系方式，请等待对方回复',
  ALREADY_REPORTED: '贵企业已举报过该信息（每家企业只计一次），管理员会尽快核实',
  // 潭商讲堂
  LECTURE_CLOSED: '讲座已开始或已结束，不能再报名或取消',
  LECTURE_NOT_SIGNED_UP: '您尚未报名该讲座',
  CHECKIN_CLOSED: '不在签到时间内（讲座开始前30分钟至结束）',
  CHECKIN_CODE_WRONG: '签到码不正确，请核对现场展示的签到码',
  CHECKIN_NOT_CONFIRMED: '您的报名尚在候补中，不能签到',
  LECTURE_NOT_ENDED: '讲座结束后才能评分',
  CAPACITY_BELOW_CONFIRMED: '名额不能少于已确认报名的人数',
  WAITLIST_FULL: '报名和候补均已满，请关注其他讲座',
  // 管家团队
  NO_STEWARD: '贵企业暂未分配企业管家',
  STEWARD_CHANGE_PENDING: '您已申请更换企业管家，园区正在处理，请耐心等待',
  NETWORK: '网络连接失败，请检查网络后重试',
  INTERNAL: '服务暂时不可用，请稍后重试'
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export interface ApiError {
  code: ErrorCode
  message: string
  /** the payload field the message is about, for forms */
  field?: string
  /** present on INTERNAL errors so that support can find the server log line */
  correlationId?: string
}

/**
 * `files`: short-lived URLs for the files the answer names (fileID → URL), handed out by
 * the router after the handler's own visibility check; files are served by nothing else.
 */
export type ApiResult<T> = { ok: true; data: T; files?: Record<string, string> } | { ok: false; error: ApiError }

export function apiError(code: ErrorCode, message?: string, field?: string): ApiError {
  const err: ApiError = { code, message: message ?? ERROR_MESSAGES[code] }
  if (field) err.field = field
  return err
}

export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ERROR_MESSAGES, value)
}
