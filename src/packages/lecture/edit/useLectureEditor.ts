import { useMemo } from 'react'
import { useEditor, type Editor } from '../../../hooks/useEditor'
import { keyOfField, lecturePayload, validateLecture, type LectureValues } from './lectureValues'

/**
 * The lecture form's state: kept as a draft per lecture, checked with the shared schema
 * (nested under `fields`, so the generic schema form does not fit), and a server error put
 * on the field it names.
 */
export function useLectureEditor(id: string | null, initial: LectureValues): LectureEditor {
  const toPayload = useMemo(() => lecturePayload(id), [id])
  return useEditor({ action: 'lecture.save', draftKey: `lectureEdit.${id ?? 'new'}`, initial, validate: validateLecture, toPayload, keyOfField })
}

export type LectureEditor = Editor<'lecture.save', LectureValues>
