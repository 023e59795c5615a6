import type { ActionTable } from './define'
import { EVERYONE } from './define'
import { listParks } from '../domain/accounts'
import { getNews, getNotice, homeFeed, listNews, listNotices } from '../domain/content'

export const contentActions: Pick<
  ActionTable,
  'park.list' | 'news.list' | 'news.get' | 'notice.list' | 'notice.get' | 'home.feed'
> = {
  'park.list': { roles: EVERYONE, handler: (ctx) => listParks(ctx.db) },
  'news.list': { roles: EVERYONE, handler: (ctx, input) => listNews(ctx, input.category, input) },
  'news.get': { roles: EVERYONE, handler: (ctx, input) => getNews(ctx, input.id) },
  'notice.list': { roles: EVERYONE, handler: (ctx, input) => listNotices(ctx, input.page, input.pageSize) },
  'notice.get': { roles: EVERYONE, handler: (ctx, input) => getNotice(ctx, input.id) },
  'home.feed': { roles: EVERYONE, handler: (ctx) => homeFeed(ctx) }
}
