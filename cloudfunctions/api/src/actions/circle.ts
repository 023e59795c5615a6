import type { Role } from '../../../../types'
import type { ActionTable } from './define'
import { EVERYONE, MANAGERS } from './define'
import {
  answerContact,
  closePost,
  contactRequests,
  createPost,
  getPost,
  listPosts,
  moderatePost,
  moderationQueue,
  myPosts,
  reportPost,
  requestContact,
  updatePost
} from '../domain/circle'

// guests reach the handler so that they are told to bind (NOT_BOUND) rather than refused
const MEMBERS: readonly Role[] = ['guest', 'entrepreneur']

type CircleActionName =
  | 'post.list'
  | 'post.get'
  | 'post.create'
  | 'post.update'
  | 'post.close'
  | 'post.mine'
  | 'post.requestContact'
  | 'post.contactRequests'
  | 'post.answerContact'
  | 'post.report'
  | 'post.moderationQueue'
  | 'post.moderate'

export const circleActions: Pick<ActionTable, CircleActionName> = {
  'post.list': { roles: EVERYONE, handler: (ctx, input) => listPosts(ctx, input) },
  'post.get': { roles: EVERYONE, handler: (ctx, input) => getPost(ctx, input) },
  'post.create': { roles: MEMBERS, handler: (ctx, input) => createPost(ctx, input) },
  'post.update': { roles: MEMBERS, handler: (ctx, input) => updatePost(ctx, input) },
  'post.close': { roles: MEMBERS, handler: (ctx, input) => closePost(ctx, input) },
  'post.mine': { roles: MEMBERS, handler: (ctx, input) => myPosts(ctx, input) },
  'post.requestContact': { roles: MEMBERS, handler: (ctx, input) => requestContact(ctx, input) },
  'post.contactRequests': { roles: MEMBERS, handler: (ctx, input) => contactRequests(ctx, input) },
  'post.answerContact': { roles: MEMBERS, handler: (ctx, input) => answerContact(ctx, input) },
  // approved members only (one report per enterprise); guests hear NOT_BOUND, staff moderate instead
  'post.report': { roles: MEMBERS, handler: (ctx, input) => reportPost(ctx, input) },
  'post.moderationQueue': { roles: MANAGERS, handler: (ctx, input) => moderationQueue(ctx, input) },
  'post.moderate': { roles: MANAGERS, handler: (ctx, input) => moderatePost(ctx, input) }
}
