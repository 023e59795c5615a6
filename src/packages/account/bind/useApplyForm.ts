import { useCallback, useState } from 'react'
import { schemas, type ApplicantCapacity, type Attachment, type Request } from '../../../../types'
import { useEditor } from '../../../hooks/useEditor'
import { fieldErrors } from '../../../utils/validate'

export interface ApplyValues {
  name: string
  creditCode: string
  /** '' until the applicant chooses */
  capacity: ApplicantCapacity | ''
  licence: Attachment[]
  authorisation: Attachment[]
}

export const INITIAL_APPLY: ApplyValues = { name: '', creditCode: '', capacity: '', licence: [], authorisation: [] }

const LICENCE_MISSING = '请上传营业执照照片'
const AUTHORISATION_MISSING = '请上传加盖公章的授权委托书'
const INCOMPLETE = '申请还不完整，请按红色提示补充后再提交'

export const toApplyPayload = (v: ApplyValues): Request<'membership.apply'> =>
  ({
    name: v.name,
    creditCode: v.creditCode,
    capacity: v.capacity,
    licence: v.licence[0] ?? null,
    authorisation: v.capacity === 'authorised' ? v.authorisation[0] ?? null : null
  }) as Request<'membership.apply'>

/**
 * The shared schema's messages, plus the two upload checks: the schema runs those only once
 * every field is well-formed, and the form shows every missing thing at once.
 */
export function validateApply(v: ApplyValues): Record<string, string> {
  const errors = fieldErrors(schemas['membership.apply'], toApplyPayload(v))
  if (v.licence.length === 0) errors.licence = LICENCE_MISSING
  if (v.capacity === 'authorised' && v.authorisation.length === 0) errors.authorisation = AUTHORISATION_MISSING
  return errors
}

const keyOfField = (path: string) => path.split('.')[0]

/** the 企业认证申请 form: a draft, the shared schema's messages, server errors on their field */
export function useApplyForm() {
  const editor = useEditor({
    action: 'membership.apply',
    draftKey: 'membershipApply',
    initial: INITIAL_APPLY,
    validate: validateApply,
    toPayload: toApplyPayload,
    keyOfField
  })
  // after a submit attempt an unfinished credit code is an error, not a typing hint
  const [tried, setTried] = useState(false)
  const { submit: send } = editor
  const submit = useCallback(() => {
    setTried(true)
    return send()
  }, [send])
  const creditCodeTyping = !tried && editor.values.creditCode.replace(/\s+/g, '').length < 18
  // the editor's own words are about saving; this form submits a request
  const formError = editor.formError?.code === 'INVALID_INPUT' && !editor.formError.field ? { ...editor.formError, message: INCOMPLETE } : editor.formError
  return { ...editor, submit, creditCodeTyping, formError }
}
