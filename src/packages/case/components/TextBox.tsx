import type { ComponentProps } from 'react'
import TextArea from '../../../components/TextArea'

/**
 * Only for case/detail's SupplementForm, which still imports it: the shared TextArea, growing with
 * its text. Import components/TextArea directly and delete this file once that form does.
 */
export default function TextBox(props: ComponentProps<typeof TextArea>) {
  return <TextArea autoHeight {...props} />
}
