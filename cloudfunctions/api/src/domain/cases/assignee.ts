/** Checking the person a case is assigned or transferred to. */
import type { Transaction } from '../../db/port'
import { COLLECTIONS, type CaseDoc, type UserDoc } from '../docs'
import { DomainError } from '../errors'

/**
 * A steward or manager of the case's park — never the steward the complaint is about
 * (the same refusal as for anyone else, so the reason is not spelled out), and not
 * the person who already holds it.
 */
export async function checkAssignee(tx: Transaction, doc: CaseDoc, userId: string): Promise<UserDoc> {
  const { data } = await tx.collection(COLLECTIONS.users).doc(userId).get()
  const user = data as UserDoc | null
  const fits = !!user && (user.role === 'steward' || user.role === 'manager') && user.parkId === doc.parkId
  if (!fits || userId === doc.aboutStewardId) throw new DomainError('ASSIGNEE_INVALID', '所选人员不能承办该办件，请选择本园区的企业管家或管理员', 'toUserId')
  if (userId === doc.assigneeId) throw new DomainError('ASSIGNEE_INVALID', '该办件已由所选人员承办', 'toUserId')
  return user
}

export function assigneeFields(user: UserDoc, at: string): Pick<CaseDoc, 'assigneeId' | 'assigneeName' | 'assigneeRole' | 'assignedAt'> {
  return { assigneeId: user._id, assigneeName: user.name, assigneeRole: user.role, assignedAt: at }
}
