import { useCallback, useEffect, useRef, useState } from 'react'
import type { Attachment } from '../../../types'
import { uploadFile } from '../../services/upload'
import { checkLocalFile, type LocalFile } from '../../utils/attachments'
import { toUiError } from '../../utils/errors'

/** a picked file on its way up, or one that failed */
export interface PendingUpload {
  key: string
  file: LocalFile
  /** 0–100 */
  progress: number
  /** why it failed; null while uploading */
  error: string | null
}

let seq = 0

/**
 * Uploads picked files one by one in parallel. A finished file joins `value` at once
 * (through a ref, so files finishing together are all kept); a failed one stays in
 * `pending` with its message until retried or removed.
 */
export function useUploads(value: Attachment[], onChange: (next: Attachment[]) => void, max: number) {
  const [pending, setPending] = useState<PendingUpload[]>([])
  const [rejected, setRejected] = useState<string[]>([])
  const valueRef = useRef(value)
  const onChangeRef = useRef(onChange)
  onChangeRef.current = onChange
  useEffect(() => {
    valueRef.current = value
  }, [value])

  const patch = (key: string, p: Partial<PendingUpload>) =>
    setPending((list) => list.map((u) => (u.key === key ? { ...u, ...p } : u)))

  const start = useCallback((key: string, file: LocalFile) => {
    uploadFile(file, (progress) => patch(key, { progress }))
      .then((att) => {
        const next = [...valueRef.current, att]
        valueRef.current = next
        onChangeRef.current(next)
        setPending((list) => list.filter((u) => u.key !== key))
      })
      .catch((e) => patch(key, { error: toUiError(e).message, progress: 0 }))
  }, [])

  /** checks and starts the picked files, keeping to `max` in all */
  const add = useCallback(
    (files: LocalFile[], room: number) => {
      const reasons: string[] = []
      const accepted: PendingUpload[] = []
      for (const file of files) {
        const reason = checkLocalFile(file)
        if (reason) reasons.push(reason)
        else if (accepted.length < room) accepted.push({ key: `up-${++seq}`, file, progress: 0, error: null })
        else reasons.push(`最多上传${max}个图片或文件，“${file.name}”未添加`)
      }
      setRejected(reasons)
      if (accepted.length === 0) return
      setPending((list) => [...list, ...accepted])
      accepted.forEach((u) => start(u.key, u.file))
    },
    [max, start]
  )

  const retry = useCallback(
    (key: string) => {
      const u = pending.find((p) => p.key === key)
      if (!u) return
      patch(key, { error: null, progress: 0 })
      start(key, u.file)
    },
    [pending, start]
  )

  const dismiss = useCallback((key: string) => setPending((list) => list.filter((u) => u.key !== key)), [])

  const remove = useCallback((fileID: string) => {
    const next = valueRef.current.filter((a) => a.fileID !== fileID)
    valueRef.current = next
    onChangeRef.current(next)
  }, [])

  return { pending, rejected, add, retry, dismiss, remove }
}
