import Taro from '@tarojs/taro'
import { Text, View } from '@tarojs/components'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { MAX_CASE_ATTACHMENTS, type Attachment, type ServiceDetail, type ServiceMode } from '../../../../types'
import Card from '../../../components/Card'
import ChipGroup from '../../../components/ChipGroup'
import FormNotice from '../../../components/FormNotice'
import SubmitButton from '../../../components/SubmitButton'
import TextArea from '../../../components/TextArea'
import { caseDetailUrl } from '../../../constants/routes'
import { useSchemaForm } from '../../../hooks/useSchemaForm'
import { MODE_HINTS } from '../modes'
import { blockedReason, initialValues, missingRequired, payloadFor } from './applyValues'
import MaterialField from './MaterialField'

interface Props {
  service: ServiceDetail
  /** ?mode= from the link (e.g. 帮代办) */
  wantedMode?: string
  /** the server found materials missing: the list may have changed since it was loaded */
  onMaterialsRejected: () => void
}

const TEXT_MAX = 1000

/** The application: how it should be handled, what is asked, and one upload per listed material. */
export default function ApplyForm({ service, wantedMode, onMaterialsRejected }: Props) {
  const toPayload = useMemo(() => payloadFor(service), [service])
  const form = useSchemaForm('service.apply', `serviceApply.${service._id}`, initialValues(service, wantedMode), { toPayload })
  const [busy, setBusy] = useState<Record<string, boolean>>({})
  const [flagged, setFlagged] = useState(false)
  const { values, set, restored } = form

  // a link that names the mode (帮代办) wins over the mode in a restored draft
  useEffect(() => {
    if (restored && wantedMode && (service.modes as string[]).includes(wantedMode) && values.mode !== wantedMode) set('mode', wantedMode as ServiceMode)
    // once, when the form opens
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  // uploads of two materials can finish together: merge into the latest files, not the ones of the last render
  const materialsRef = useRef(values.materials)
  materialsRef.current = values.materials
  const changeMaterial = useCallback(
    (key: string, files: Attachment[]) => {
      const next = { ...materialsRef.current, [key]: files }
      materialsRef.current = next
      set('materials', next)
    },
    [set]
  )
  const setMaterialBusy = useCallback((key: string, b: boolean) => setBusy((prev) => (Boolean(prev[key]) === b ? prev : { ...prev, [key]: b })), [])

  const missing = missingRequired(service, values.materials)
  const uploading = Object.values(busy).some(Boolean)
  // files kept in a draft for a material no longer on the list are not sent, so not counted
  const fileCount = service.materials.reduce((n, m) => n + (values.materials[m.key]?.length ?? 0), 0)
  const blocked = blockedReason(missing, uploading, fileCount)
  // the server refuses materials on the 'materials' field (MATERIALS_MISSING names the missing items):
  // the list may have changed since the form opened, so it is loaded again and the gaps marked
  const materialsMessage = form.field('materials').message
  const rejected = form.formError?.code === 'MATERIALS_MISSING' || Boolean(materialsMessage)
  useEffect(() => {
    if (!rejected) return
    setFlagged(true)
    onMaterialsRejected()
  }, [rejected, onMaterialsRejected])

  const submit = async () => {
    if (blocked) {
      setFlagged(true)
      return
    }
    const detail = await form.submit()
    if (!detail) return
    await Taro.showModal({
      title: '申请已提交',
      content: `办件编号 ${detail.number}。我们会在承诺时限内办理，进度会通知您，也可在“我的办件”中查看。`,
      showCancel: false,
      confirmText: '查看办件'
    })
    void Taro.redirectTo({ url: caseDetailUrl(detail._id) })
  }

  const mode = form.field('mode')
  const text = form.field('text')
  return (
    <View className='svc-apply'>
      <Card title='办理方式'>
        <View className='svc-apply__section'>
          <ChipGroup id='apply-mode' options={service.modes} selected={[values.mode]} onToggle={(m) => set('mode', m as ServiceMode)} />
          {values.mode && <Text className='svc-apply__hint'>{MODE_HINTS[values.mode]}</Text>}
          {mode.message && <Text className='svc-apply__message'>{mode.message}</Text>}
        </View>
      </Card>
      <Card title='申请说明'>
        <View className='svc-apply__section'>
          <TextArea
            id='apply-text'
            autoHeight
            label='说明办理事项和企业情况'
            value={values.text}
            placeholder='如办理原因、时间要求、联系人和联系方式（至少4个字）'
            maxlength={TEXT_MAX}
            message={text.message}
            onInput={(v) => set('text', v)}
            onBlur={() => form.blur('text')}
          />
        </View>
      </Card>
      <Card title='申请材料'>
        <View className='svc-apply__section'>
          <Text className='svc-apply__hint'>按一次性告知清单上传，每项可上传图片或 pdf、Word、Excel 文件；标“必交”的必须上传。</Text>
          {materialsMessage && (
            <View id='materials-missing' className='svc-apply__alert' role='alert'>
              <Text>{materialsMessage}</Text>
            </View>
          )}
          {service.materials.map((m, i) => (
            <MaterialField
              key={m.key}
              material={m}
              index={i}
              files={values.materials[m.key] ?? []}
              max={(values.materials[m.key]?.length ?? 0) + Math.max(0, MAX_CASE_ATTACHMENTS - fileCount)}
              flagged={flagged}
              onChange={changeMaterial}
              onBusy={setMaterialBusy}
            />
          ))}
        </View>
      </Card>
      <FormNotice restored={form.restored} onDiscard={form.reset} error={form.formError} />
      <View className='page-actions'>
        {blocked && (
          <Text id='apply-blocked' className='svc-apply__blocked'>
            {blocked}
          </Text>
        )}
        <SubmitButton id='service-apply-submit' label='提交申请' busyLabel='正在提交…' busy={form.submitting} disabled={blocked !== null} onSubmit={() => void submit()} />
      </View>
    </View>
  )
}
