import { useEffect, useState } from 'react'
import type { UiError } from '../../../utils/errors'
import type { PostValues } from './postValues'

const checkedText = (v: PostValues) => `${v.title}\n${v.text}\n${v.contactName}`

/**
 * CONTENT_REJECTED is about the wording, not the form: its message belongs on the text
 * field, and it stays there until the checked wording (title, text, contact name) changes.
 */
export function useContentRejection(formError: UiError | null, values: PostValues): { message: string | null; otherError: UiError | null } {
  const [rejected, setRejected] = useState<{ message: string; wording: string } | null>(null)
  const wording = checkedText(values)
  useEffect(() => {
    if (formError?.code === 'CONTENT_REJECTED') setRejected({ message: formError.message, wording })
    // only a new failure sets it; the wording is read at that moment
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [formError])
  const current = rejected && rejected.wording === wording ? rejected.message : null
  return { message: current, otherError: formError?.code === 'CONTENT_REJECTED' ? null : formError }
}
