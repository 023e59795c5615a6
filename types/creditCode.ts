/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet
 * (digits and capitals without I, O, S, V, Z); the last is a check character computed
 * from the first 17 with weights 3^i mod 31. Shared by forms and the server so the
 * user sees the same precise message on both.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; message: string }

/** Normalises (trim, upper-case, drop inner spaces) and checks a code. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = input.replace(/\s+/g, '').toUpperCase()
  if (code.length === 0) return { ok: false, message: '请填写统一社会信用代码' }
  if (code.length !== 18) {
    return { ok: false, message: `统一社会信用代码应为18位，您输入了${code.length}位` }
  }
  for (let i = 0; i < 18; i++) {
    const ch = code[i]
    if (!ALPHABET.includes(ch)) {
      const hint = 'IOSVZ'.includes(ch) ? `（代码中不使用字母 I、O、S、V、Z）` : ''
      return { ok: false, message: `第${i + 1}位字符“${ch}”无效${hint}` }
    }
  }
  const expected = checkCharacter(code.slice(0, 17))
  if (code[17] !== expected) {
    return {
      ok: false,
      message: `校验位不符：第18位应为“${expected}”，您输入的是“${code[17]}”，请核对是否有错字`
    }
  }
  return { ok: true, code }
}

/** The check character for the first 17 characters of a code. */
export function checkCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i]
  const c = (31 - (sum % 31)) % 31
  return ALPHABET[c]
}
