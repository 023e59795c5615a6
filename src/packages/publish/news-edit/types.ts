import type { Form } from '../hooks/useForm'
import type { NewsValues } from './newsValues'

export type NewsForm = Form<'news.save', NewsValues>
