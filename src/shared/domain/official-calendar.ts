/**
 * How far the official holiday calendar (the State Council's yearly notice, carried by chinese-workday) reaches,
 * apart from the library itself so that pages can tell staff what is missing without loading it.
 */

/** The last year whose official notice chinese-workday carries. */
export const OFFICIAL_CALENDAR_THROUGH = 2026

/**
 * The year whose holidays and make-up days staff must enter themselves, from the fourth quarter before it (the
 * notice usually comes out in November) — null while the coming months are covered. `today` is 'YYYY-MM-DD'.
 */
export function calendarYearToEnter(today: string): number | null {
  const year = Number(today.slice(0, 4))
  if (year > OFFICIAL_CALENDAR_THROUGH) return year
  return year === OFFICIAL_CALENDAR_THROUGH && Number(today.slice(5, 7)) >= 10 ? year + 1 : null
}
