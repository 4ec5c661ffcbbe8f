import { atShanghai, inShanghai } from '@/shared/time'

/** ISO instant ↔ the Shanghai wall-clock parts a date and a time picker show. */
export function toParts(iso: string): { day: string; time: string } {
  if (!iso) return { day: '', time: '' }
  const t = inShanghai(iso)
  return { day: t.format('YYYY-MM-DD'), time: t.format('HH:mm') }
}

export function fromParts(day: string, time: string): string {
  return day && time ? atShanghai(day, time).toISOString() : ''
}
