import type { Editor } from '../../../hooks/useEditor'
import type { NewsValues } from './newsValues'

export type NewsForm = Editor<'news.save', NewsValues>
