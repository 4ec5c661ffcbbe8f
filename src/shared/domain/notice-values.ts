/**
 * What WeChat accepts in a subscription message's fields, by the type in the key's name (`thing1`, `phrase2`,
 * `time3` …), as 订阅消息参数值内容限制 lists them. A value outside its type's rule makes subscribeMessage.send fail
 * with 47003 ("argument invalid! data.phrase2.value invalid") and the person is told nothing, so the kernel's
 * builders produce values inside the rules and the local cloud refuses the others as WeChat does.
 */
const HAN = '\\u4e00-\\u9fa5'
const DAY = '(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}-\\d{1,2}-\\d{1,2})'
const CLOCK = '([01]?\\d|2[0-3]):[0-5]\\d'
/** a single point or a period "A~B" */
const orPeriod = (one: string) => new RegExp(`^${one}(~${one})?$`)

const RULES: Record<string, (value: string) => boolean> = {
  thing: (v) => [...v].length <= 20,
  number: (v) => /^\d{1,32}(\.\d+)?$/.test(v),
  letter: (v) => /^[A-Za-z]{1,32}$/.test(v),
  symbol: (v) => new RegExp(`^[^\\sA-Za-z0-9${HAN}]{1,5}$`).test(v),
  character_string: (v) => /^[\x21-\x7e]{1,32}$/.test(v),
  time: (v) => orPeriod(`(${DAY} )?${CLOCK}`).test(v),
  date: (v) => orPeriod(`${DAY}( ${CLOCK})?`).test(v),
  amount: (v) => /^[¥￥$]?\d{1,10}(\.\d{1,2})?元?$/.test(v),
  phone_number: (v) => /^[\d+\-() ]{1,17}$/.test(v),
  car_number: (v) => [...v].length <= 8,
  name: (v) => new RegExp(`^[${HAN}·]{1,10}$`).test(v) || /^[A-Za-z .'-]{1,20}$/.test(v),
  phrase: (v) => new RegExp(`^[${HAN}]{1,5}$`).test(v),
}

/** The first field WeChat would refuse (empty, unknown type, or outside its type's rule), or null when all pass. */
export function refusedNoticeField(data: Record<string, { value?: unknown }>): string | null {
  for (const [key, field] of Object.entries(data)) {
    const rule = RULES[key.replace(/\d+$/, '')]
    const value = field?.value
    if (!rule || typeof value !== 'string' || !value.trim() || !rule(value)) return key
  }
  return null
}

/** A status in at most five Chinese characters (phrase.DATA): non-Chinese characters dropped, then cut. */
export function asPhrase(text: string): string {
  const han = text.replace(new RegExp(`[^${HAN}]`, 'g'), '').slice(0, 5)
  return han || '有更新'
}
