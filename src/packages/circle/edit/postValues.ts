import { POST_VALID_DAYS, type Attachment, type PostDetail, type PostIndustry, type PostKind, type Request } from '../../../../types'
import { toBeijing } from '../../../utils/time'

export interface PostValues extends Record<string, unknown> {
  kind: string
  industry: string
  title: string
  text: string
  images: Attachment[]
  validDays: number
  contactName: string
  contactPhone: string
}

export const VALID_DAY_CHOICES = [7, 30, 90, 180] as const

export const EMPTY_POST: PostValues = {
  kind: '',
  industry: '',
  title: '',
  text: '',
  images: [],
  validDays: POST_VALID_DAYS.default,
  contactName: '',
  contactPhone: ''
}

/** the post's fields as the server wants them; an unchosen kind or industry fails the shared schema with its message */
export function toFields(v: PostValues): Request<'post.create'> {
  return {
    kind: v.kind as PostKind,
    industry: v.industry as PostIndustry,
    title: v.title,
    text: v.text,
    // the picker offers images only; the schema still refuses anything else
    images: v.images as Request<'post.create'>['images'],
    validDays: v.validDays,
    contactName: v.contactName,
    contactPhone: v.contactPhone
  }
}

/** whole days from today (Beijing) to the post's last day */
export function daysLeft(validUntil: string, now: Date = new Date()): number {
  const today = toBeijing(now)?.format('YYYY-MM-DD') ?? validUntil
  return Math.round((Date.parse(`${validUntil}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86400000)
}

/**
 * An edit counts the validity again from the day it is saved, so the choice offered first
 * is the shortest one that keeps the post at least as long as it has left.
 */
export function validDaysFor(validUntil: string, now: Date = new Date()): number {
  const left = daysLeft(validUntil, now)
  return VALID_DAY_CHOICES.find((d) => d >= left) ?? POST_VALID_DAYS.max
}

/** the form prefilled from a post being edited (its contact is there: the poster sees it) */
export function valuesFrom(post: PostDetail, now: Date = new Date()): PostValues {
  return {
    kind: post.kind,
    industry: post.industry,
    title: post.title,
    text: post.text,
    images: post.images,
    validDays: validDaysFor(post.validUntil, now),
    contactName: post.contact?.name ?? '',
    contactPhone: post.contact?.phone ?? ''
  }
}
