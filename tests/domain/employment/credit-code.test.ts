import { checkCreditCode, creditCodeCheckChar } from '@/shared/domain/employment/credit-code'

describe('统一社会信用代码 check digit (GB 32100-2015)', () => {
  it('accepts real codes of companies, an institution and the standard’s own example', () => {
    for (const code of ['91350100M000100Y43', '91110108551385082Q', '91440300708461136T', '12100000400010398P']) {
      expect(checkCreditCode(code)).toEqual({ ok: true, code })
    }
  })

  it('accepts a code typed in lower case or with spaces, and keeps it in its printed form', () => {
    expect(checkCreditCode(' 9111 0108 5513 8508 2q ')).toEqual({ ok: true, code: '91110108551385082Q' })
  })

  it('refuses a code with one character changed, saying to check it against the licence', () => {
    expect(checkCreditCode('91110108551385083Q')).toEqual({ ok: false, message: '统一社会信用代码校验位不符，请逐位核对营业执照' })
    expect(checkCreditCode('91440300708461136X')).toMatchObject({ ok: false })
  })

  it('refuses letters the code never uses (I, O, S, V, Z), naming the letter', () => {
    expect(checkCreditCode('9111010855138508OQ')).toEqual({ ok: false, message: '统一社会信用代码中不会出现「O」，请核对营业执照' })
  })

  it('refuses a code of the wrong length, saying how many characters were typed', () => {
    expect(checkCreditCode('9111010855138508')).toEqual({ ok: false, message: '统一社会信用代码应为 18 位，您填写了 16 位' })
  })

  it('computes the check character as 0 when the weighted sum is a multiple of 31', () => {
    expect(creditCodeCheckChar('00000000000000000')).toBe('0')
    expect(creditCodeCheckChar('short')).toBeNull()
  })
})
