/** 企业商圈 (供需对接): posts with content security, contact requests, reports and moderation. */
export { CIRCLE_COLLECTIONS, type ContactRequestDoc, type PostDoc, type PostReportDoc } from './docs'
export { createPost, updatePost, closePost, newPostId } from './write'
export { getPost, listPosts, myPosts, readPost } from './read'
export { answerContact, contactRequests, requestContact } from './contact'
export { reportPost } from './report'
export { moderatePost, moderationQueue } from './moderation'
export { expirePosts } from './expiry'
export { toDetail, toSummary } from './views'
