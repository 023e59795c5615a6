import type { PublishingResponses } from '../../../../types'
import type { ActionTable } from './define'
import { MANAGERS } from './define'
import {
  enterpriseOptions,
  manageGetNews,
  manageGetNotice,
  manageNewsList,
  manageNoticeList,
  noticeStatsFor,
  previewAudience,
  publishNews,
  publishNotice,
  saveNews,
  saveNotice,
  unpublishNews
} from '../domain/publishing'

/** 营商动态 and 通知发布, manager side: park managers and the city admin only (scope checked in the domain). */
export const publishingActions: Pick<ActionTable, keyof PublishingResponses> = {
  'news.manageList': { roles: MANAGERS, handler: (ctx, input) => manageNewsList(ctx, input) },
  'news.manageGet': { roles: MANAGERS, handler: (ctx, input) => manageGetNews(ctx, input.id) },
  'news.save': { roles: MANAGERS, handler: (ctx, input) => saveNews(ctx, input) },
  'news.publish': { roles: MANAGERS, handler: (ctx, input) => publishNews(ctx, input.id) },
  'news.unpublish': { roles: MANAGERS, handler: (ctx, input) => unpublishNews(ctx, input.id) },
  'notice.manageList': { roles: MANAGERS, handler: (ctx, input) => manageNoticeList(ctx, input) },
  'notice.manageGet': { roles: MANAGERS, handler: (ctx, input) => manageGetNotice(ctx, input.id) },
  'notice.save': { roles: MANAGERS, handler: (ctx, input) => saveNotice(ctx, input) },
  'notice.publish': { roles: MANAGERS, handler: (ctx, input) => publishNotice(ctx, input.id) },
  'notice.previewAudience': { roles: MANAGERS, handler: (ctx, input) => previewAudience(ctx, input.audience) },
  'notice.stats': { roles: MANAGERS, handler: (ctx, input) => noticeStatsFor(ctx, input.id) },
  'notice.enterprises': { roles: MANAGERS, handler: (ctx, input) => enterpriseOptions(ctx, input) }
}
