import Taro from '@tarojs/taro'
import { Input, Text, View } from '@tarojs/components'
import AtButton from 'taro-ui/lib/components/button'
import { useState } from 'react'
import { LECTURE_CHECKIN_CODE_LENGTH, schemas } from '../../../../types'
import SubmitButton from '../../../components/SubmitButton'
import type { UiError } from '../../../utils/errors'
import { fieldErrors } from '../../../utils/validate'
import { codeFromScan, normaliseCode } from './checkinCode'

const IN_WEAPP = process.env.TARO_ENV === 'weapp'

interface Props {
  lectureId: string
  busy: boolean
  onCheckin: (code: string) => Promise<UiError | null>
}

/**
 * Check-in within the window: in the mini-program by scanning the organiser's code (the
 * camera), and everywhere by typing the 6-character code shown at the venue.
 */
export default function CheckinPanel({ lectureId, busy, onCheckin }: Props) {
  const [code, setCode] = useState('')
  const [message, setMessage] = useState<string | undefined>()

  const send = async (value: string) => {
    const invalid = fieldErrors(schemas['lecture.checkin'], { id: lectureId, code: value }).code
    if (invalid) {
      setMessage(invalid)
      return
    }
    setMessage(undefined)
    const error = await onCheckin(value)
    if (error) setMessage(error.message)
  }

  const scan = async () => {
    let result: string
    try {
      result = (await Taro.scanCode({ onlyFromCamera: true, scanType: ['qrCode'] })).result
    } catch {
      return // cancelled
    }
    const scanned = codeFromScan(result)
    if (!scanned) {
      setMessage('未识别到签到码，请扫描现场展示的签到二维码，或直接输入签到码')
      return
    }
    setCode(scanned)
    await send(scanned)
  }

  return (
    <View className='lec-checkin'>
      {IN_WEAPP && (
        <View id='checkin-scan' className='lec-panel__button'>
          <AtButton type='primary' disabled={busy} onClick={() => void scan()}>
            扫码签到
          </AtButton>
        </View>
      )}
      <Text className='lec-checkin__help'>{IN_WEAPP ? '无法扫码时，输入现场展示的6位签到码：' : '请输入现场展示的6位签到码：'}</Text>
      <View className={`lec-checkin__row${message ? ' lec-checkin__row--error' : ''}`}>
        <Input
          id='checkin-code'
          className='lec-checkin__input'
          value={code}
          placeholder='签到码'
          maxlength={LECTURE_CHECKIN_CODE_LENGTH}
          onInput={(e) => {
            setCode(normaliseCode(e.detail.value))
            setMessage(undefined)
          }}
          onConfirm={() => void send(code)}
        />
      </View>
      {message && (
        <View role='alert'>
          <Text className='lec-checkin__message'>{message}</Text>
        </View>
      )}
      <SubmitButton id='checkin-submit' label='签到' busyLabel='正在签到…' busy={busy} type={IN_WEAPP ? 'secondary' : 'primary'} onSubmit={() => void send(code)} />
    </View>
  )
}
