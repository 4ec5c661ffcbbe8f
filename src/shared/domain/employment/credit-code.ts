/**
 * 统一社会信用代码 (GB 32100-2015): 18 characters from 31 symbols (digits and capitals without I, O, Z, S, V);
 * the last one is a check character over the first 17 (weights 3^i mod 31, check = 31 − sum mod 31).
 */
export const CREDIT_CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character for the first 17 characters, or null when one of them is not a code symbol. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const value = CREDIT_CODE_CHARS.indexOf(first17[i])
    if (value < 0) return null
    sum += value * WEIGHTS[i]
  }
  return CREDIT_CODE_CHARS[(31 - (sum % 31)) % 31]
}

/** Upper case, without spaces: how people type a code they read off a licence. */
export function normalizeCreditCode(input: string): string {
  return input.replace(/\s+/g, '').toUpperCase()
}

export type CreditCodeCheck = { ok: true; code: string } | { ok: false; message: string }

/** Whether a typed code is a well-formed 统一社会信用代码, saying what is wrong when it is not. */
export function checkCreditCode(input: string): CreditCodeCheck {
  const code = normalizeCreditCode(input)
  if (code.length !== 18) return { ok: false, message: `统一社会信用代码应为 18 位，您填写了 ${code.length} 位` }
  const bad = [...code].find((c) => !CREDIT_CODE_CHARS.includes(c))
  if (bad) return { ok: false, message: `统一社会信用代码中不会出现「${bad}」，请核对营业执照` }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) return { ok: false, message: '统一社会信用代码校验位不符，请逐位核对营业执照' }
  return { ok: true, code }
}
