/** A steward edits their own card: title, department, the 五员 duties, expertise, photo. */
import type { StewardCard, StewardCardFields } from '../../../../../types'
import { changeOwnAccount } from '../accounts'
import { checkOwnFile, uploaderOf } from '../cases/attachments'
import type { ActionContext } from '../context'
import type { UserDoc } from '../docs'
import { DomainError, fail } from '../errors'
import { toCards } from './cards'
import type { StewardUserDoc } from './docs'
import { viewerOf } from './phone'

const PHOTO_EXTENSIONS = /\.(jpe?g|png|webp)$/i

export async function updateCard(ctx: ActionContext, input: StewardCardFields): Promise<StewardCard> {
  // judged by the stored file, as for attachments: the name shown could front anything
  if (input.photo !== null && !PHOTO_EXTENSIONS.test(input.photo)) fail('FILE_TYPE', '照片仅支持 jpg、png、webp 图片', 'photo')
  const fields: StewardCardFields = {
    title: input.title,
    department: input.department,
    duties: input.duties,
    expertise: input.expertise,
    photo: input.photo
  }
  const saved = await changeOwnAccount(ctx, 'steward.updateCard', (user) => {
    if (user.role !== 'steward') throw new DomainError('FORBIDDEN', '只有企业管家可以编辑名片')
    // a new photo must be the steward's own upload; the one on the card may stay
    checkOwnFile(fields.photo, uploaderOf(ctx, [(user as StewardUserDoc).photo]), 'photo', '照片')
    // the card fields sit next to the account fields on the same document
    return Object.assign({} as Partial<UserDoc>, fields)
  })
  const viewer = await viewerOf(ctx)
  const [card] = await toCards(ctx.db, [saved as StewardUserDoc], viewer)
  return card
}
