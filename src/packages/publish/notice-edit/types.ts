import type { Form } from '../hooks/useForm'
import type { NoticeValues } from './noticeValues'

export type NoticeForm = Form<'notice.save', NoticeValues>
