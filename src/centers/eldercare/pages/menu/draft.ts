/** 发布菜单's form ↔ publishMenu input: dishes one per line ("红烧肉 偏咸 含糖高"), prices typed in 元. */
import { fieldMessages } from '@/shared/contracts/define'
import { PublishMenuInput } from '@/shared/contracts/eldercare'
import { DISH_TAG_LABEL, type DishTag, type Meal } from '@/shared/domain/eldercare/meals'

export interface MenuDraft {
  day: string
  meal: Meal
  dishes: string
  places: string
  special: string
  senior: string
  resident: string
  subsidy: string
}

const TAG_BY_LABEL = Object.fromEntries(Object.entries(DISH_TAG_LABEL).map(([tag, label]) => [label, tag as DishTag]))

export function parseDishes(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim().split(/\s+/))
    .filter((words) => words[0])
    .map(([name, ...rest]) => ({
      name,
      tags: rest.map((w) => TAG_BY_LABEL[w]).filter((t): t is DishTag => !!t),
      allergens: rest.filter((w) => w.startsWith('含') && !TAG_BY_LABEL[w]).map((w) => w.slice(1)),
    }))
}

const fen = (yuan: string) => Math.round(Number(yuan || 'NaN') * 100)

export function toMenuInput(d: MenuDraft) {
  const parsed = PublishMenuInput.safeParse({
    day: d.day,
    meal: d.meal,
    dishes: parseDishes(d.dishes),
    places: Number(d.places),
    prices: { special: fen(d.special), senior: fen(d.senior), resident: fen(d.resident) },
    subsidy: fen(d.subsidy),
  })
  return parsed.success ? { ok: true as const, input: parsed.data } : { ok: false as const, fields: fieldMessages(parsed.error) }
}
