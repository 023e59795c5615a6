import qrcode from 'qrcode-generator'

/** QR alphanumeric mode's character set (upper case only): denser than byte mode for a check-in code. */
const ALPHANUMERIC = /^[0-9A-Z $%*+\-./:]+$/

/**
 * The QR modules of `text`, row by row (true = dark), without the quiet zone. Level M: a screen
 * photographed or a printed sheet at the venue survives some glare or a crease.
 */
export function qrMatrix(text: string): boolean[][] {
  const qr = qrcode(0, 'M')
  qr.addData(text, ALPHANUMERIC.test(text) ? 'Alphanumeric' : 'Byte')
  qr.make()
  const n = qr.getModuleCount()
  return Array.from({ length: n }, (_, row) => Array.from({ length: n }, (_, col) => qr.isDark(row, col)))
}

/** The dark stretches of one row as [first column, length]: one View each instead of one per module. */
export function darkRuns(row: boolean[]): Array<[number, number]> {
  const runs: Array<[number, number]> = []
  row.forEach((dark, col) => {
    if (!dark) return
    const last = runs[runs.length - 1]
    if (last && last[0] + last[1] === col) last[1]++
    else runs.push([col, 1])
  })
  return runs
}
