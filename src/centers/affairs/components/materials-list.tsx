import { NumberedList } from '@/components/numbered-list'

/** 需要携带的材料, numbered, each with its note (原件+复印件…). */
export function MaterialsList({ materials }: { materials: Array<{ name: string; note: string }> }) {
  return <NumberedList items={materials.map((m) => `${m.name}${m.note ? `（${m.note}）` : ''}`)} />
}
