import type { ApplicantCapacity, Role, SubscribeTemplateKey } from '../../../../types'
import type { Database } from '../db/port'
import type { UserDoc } from './docs'

/** Who is calling, as established by the platform — never by the payload. */
export interface Caller {
  openid: string
  /** null until the caller's first write creates the account */
  user: UserDoc | null
  role: Role
}

export interface Clock {
  now(): Date
}

/** A WeChat subscribe message (one-time template), addressed by openid. */
export interface SubscribeMessage {
  touser: string
  templateKey: SubscribeTemplateKey
  templateId: string
  /** the mini-program page the message opens */
  page: string
  data: Record<string, { value: string }>
}

/**
 * The subscribe-message port: `openapi.subscribeMessage.send` in the cloud, an outbox
 * collection locally. `templates` maps our keys to the deployment's template ids.
 */
export interface Messenger {
  templates: Record<SubscribeTemplateKey, string>
  send(message: SubscribeMessage): Promise<void>
}

export const systemClock: Clock = { now: () => new Date() }

export type ContentScene = 'post' | 'comment'

export interface ContentVerdict {
  /** pass: publish; review: hold for a manager; reject: refuse the write */
  result: 'pass' | 'review' | 'reject'
  /** what was found (a category or the matched word), for the moderator; null on pass */
  label: string | null
}

/**
 * The content-security port for text users publish to others: `security.msgSecCheck`
 * (v2) in the cloud, a word list locally.
 */
export interface ContentChecker {
  check(input: { text: string; openid: string; scene: ContentScene }): Promise<ContentVerdict>
}

/** What the 电子营业执照 authorisation vouches for. */
export interface LicenseGrant {
  creditCode: string
  enterpriseName: string
  capacity: ApplicantCapacity
  /** the person as the licence platform knows them */
  personName: string
}

/**
 * The 电子营业执照 authorisation port: the platform's verification in WeChat cloud; locally a
 * development-only stand-in that is off in production (`available: false`).
 */
export interface LicenseAuthority {
  readonly available: boolean
  verify(input: { authCode: string; openid: string }): Promise<LicenseGrant | null>
}

/**
 * The file-storage port: short-lived URLs for files (cloud `getTempFileURL`; locally URLs
 * signed by the host), handed out only after the caller's visibility was checked.
 */
export interface FileStore {
  tempUrls(fileIDs: string[]): Promise<Record<string, string>>
  /**
   * Reads the first bytes of stored files and says which ones are not what their extension
   * claims. Only where the client writes to storage itself (the cloud); the local host
   * checks every upload before it stores it and has no need of this.
   */
  inspect?(fileIDs: string[]): Promise<Record<string, FileVerdict>>
}

/** fits: the bytes match the extension; mismatch: they do not; missing: no such file */
export type FileVerdict = 'fits' | 'mismatch' | 'missing'

/** Everything a handler may use; domain functions take the parts they need. */
export interface ActionContext {
  db: Database
  caller: Caller
  clock: Clock
  /** served by the local development host */
  devMode: boolean
  messenger: Messenger
  contentCheck: ContentChecker
  licenseAuthority: LicenseAuthority
  /** the caller's client IP as the platform reports it (cloud CLIENTIP, the local host's socket) */
  ip: string | null
  /**
   * Writes only: `<userId>_<requestId>`, the same on every retry of one request. Creates
   * derive their document id from it (domain/requestIds.ts), so a retry after a crash that
   * fell after the write finds the document instead of adding a second. Optional so that
   * contexts built outside the router (seed, tests) need not say it.
   */
  requestKey?: string | null
}
