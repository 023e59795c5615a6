import type { CaseDetail } from '../../../../../types'

/** what every action form of the panel receives */
export interface ActionFormProps {
  detail: CaseDetail
  onChanged: (detail: CaseDetail) => void
  onStale: () => void
}
