import type { Editor } from '../../../hooks/useEditor'
import type { PolicyValues } from './policyValues'

export type PolicyEditor = Editor<'policy.save', PolicyValues>
