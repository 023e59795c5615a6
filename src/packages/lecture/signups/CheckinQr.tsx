import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { darkRuns, qrMatrix } from './qrMatrix'

const pct = (modules: number, count: number) => `${(modules * 100) / count}%`

/**
 * The check-in code as a QR that attendees scan in the mini-program (Taro.scanCode reads the
 * bare code). Drawn with Views rather than a canvas or an image string, so the same markup
 * renders in weapp and h5: each row is a square-module-high strip (padding-top in percent of
 * the width) with its dark stretches placed in percent, which keeps the node count low.
 */
export default function CheckinQr({ code }: { code: string }) {
  const matrix = useMemo(() => qrMatrix(code), [code])
  const n = matrix.length
  return (
    <View id='checkin-code-qr' className='lec-qr' aria-label={`签到二维码：${code}`}>
      {matrix.map((row, r) => (
        <View key={r} className='lec-qr__row' style={{ paddingTop: pct(1, n) }}>
          {darkRuns(row).map(([start, span]) => (
            <View key={start} className='lec-qr__dark' data-start={start} data-span={span} style={{ left: pct(start, n), width: pct(span, n) }} />
          ))}
        </View>
      ))}
    </View>
  )
}
