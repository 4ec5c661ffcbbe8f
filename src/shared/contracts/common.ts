/** Building blocks shared by every contract. */
import * as z from 'zod'
import { CENTER_CODES } from '../domain/centers'
import { COMMUNITIES } from '../domain/communities'

/** Document ids and openids: short, URL-safe, never all digits (getWXContext would turn those into numbers). */
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, '编号格式不正确')

/** A trimmed, required piece of text with a length limit stated in characters. */
export function text(label: string, max: number) {
  return z.string({ error: `请填写${label}` }).trim().min(1, `请填写${label}`).max(max, `${label}不能超过${max}个字`)
}

export function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `${label}不能超过${max}个字`).optional()
}

export const PersonName = z
  .string({ error: '请填写姓名' })
  .trim()
  .min(2, '姓名至少 2 个字')
  .max(20, '姓名不能超过 20 个字')
  .regex(/^[\u4e00-\u9fa5A-Za-z·• ]+$/, '姓名只能包含汉字、字母和间隔号')

export const MobilePhone = z.string({ error: '请填写手机号' }).trim().regex(/^1[3-9]\d{9}$/, '请填写 11 位手机号')

export const CommunityName = z.enum(COMMUNITIES, { error: '请选择所在社区' })
export const CenterCodeSchema = z.enum(CENTER_CODES, { error: '请选择中心' })

/** An instant on the wire (cloud function results are JSON). */
export const Instant = z.iso.datetime({ offset: true, error: '时间格式不正确' })

export const PageInput = z.strictObject({
  page: z.number().int().min(1, '页码从 1 开始').max(500).default(1),
  pageSize: z.number().int().min(1).max(50, '每页最多 50 条').default(20),
})

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    page: z.number().int(),
    pageSize: z.number().int(),
    hasMore: z.boolean(),
  })
}
export type Page<T> = { items: T[]; page: number; pageSize: number; hasMore: boolean }

export const Empty = z.strictObject({})
export const Done = z.object({ done: z.literal(true) })
