/**
 * 营商动态 management and targeted notices (the manager side of domain/content.ts).
 * Wired by actions/publishing.ts; the sweep uses publishDueNews and resumeNoticeDeliveries.
 */
export { manageGetNews, manageNewsList, publishDueNews, publishNews, saveNews, unpublishNews } from './news'
export { manageGetNotice, manageNoticeList, saveNotice } from './notices'
export { enterpriseOptions, previewAudience } from './audience'
export { deliverNotice, noticeStatsFor, publishNotice, resumeNoticeDeliveries } from './delivery'
