import { checkCharacter, checkCreditCode } from '../../../types'

describe('统一社会信用代码 (GB 32100-2015)', () => {
  it('accepts published sample codes, whose check characters were computed elsewhere', () => {
    // Sample codes printed in the standard's guidance and widely used in form validators.
    for (const c of ['91350100M000100Y43', '91110000600037341L']) expect(checkCreditCode(c)).toEqual({ ok: true, code: c })
  })

  it('normalises case and spaces', () => {
    expect(checkCreditCode(' 91350100 m000100y43 ')).toEqual({ ok: true, code: '91350100M000100Y43' })
  })

  it('explains what is wrong', () => {
    expect(checkCreditCode('')).toEqual({ ok: false, message: '请填写统一社会信用代码' })
    expect(checkCreditCode('9135010')).toEqual({ ok: false, message: '统一社会信用代码应为18位，您输入了7位' })
    expect(checkCreditCode('91350100M000100Y4O')).toEqual({ ok: false, message: '第18位字符“O”无效（代码中不使用字母 I、O、S、V、Z）' })
    expect(checkCreditCode('91350100M000100Y4#')).toEqual({ ok: false, message: '第18位字符“#”无效' })
    expect(checkCreditCode('91350100M000100Y44')).toEqual({ ok: false, message: '校验位不符：第18位应为“3”，您输入的是“4”，请核对是否有错字' })
  })

  it('check character 0 is used when the remainder is 0', () => {
    // find a prefix whose check character is '0' and confirm it validates
    let prefix = ''
    for (let i = 0; i < 1000 && !prefix; i++) {
      const p = `91430300MA4L${String(i).padStart(5, '0')}`
      if (checkCharacter(p) === '0') prefix = p
    }
    expect(prefix).not.toBe('')
    expect(checkCreditCode(prefix + '0').ok).toBe(true)
  })
})
