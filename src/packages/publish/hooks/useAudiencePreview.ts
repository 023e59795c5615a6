import { useEffect, useState } from 'react'
import type { AudienceCount, NoticeAudience } from '../../../../types'
import { call } from '../../../services'
import { toUiError } from '../../../utils/errors'

export type Preview = { kind: 'idle' } | { kind: 'counting' } | { kind: 'counted'; count: AudienceCount } | { kind: 'failed'; message: string }

const SETTLE_MS = 300

/**
 * 将送达 N 家企业、M 位用户, kept current while the audience is edited: counted a moment
 * after the last change, and a late answer for an older audience is dropped.
 */
export function useAudiencePreview(audience: NoticeAudience | null): Preview {
  const [preview, setPreview] = useState<Preview>({ kind: 'idle' })
  const key = audience ? JSON.stringify(audience) : ''
  useEffect(() => {
    if (!key) {
      setPreview({ kind: 'idle' })
      return
    }
    let current = true
    setPreview({ kind: 'counting' })
    const timer = setTimeout(() => {
      call('notice.previewAudience', { audience: JSON.parse(key) as NoticeAudience })
        .then((count) => current && setPreview({ kind: 'counted', count }))
        .catch((e) => current && setPreview({ kind: 'failed', message: toUiError(e).message }))
    }, SETTLE_MS)
    return () => {
      current = false
      clearTimeout(timer)
    }
  }, [key])
  return preview
}
