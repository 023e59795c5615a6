import type { Editor } from '../../../hooks/useEditor'
import type { NoticeValues } from './noticeValues'

export type NoticeForm = Editor<'notice.save', NoticeValues>
