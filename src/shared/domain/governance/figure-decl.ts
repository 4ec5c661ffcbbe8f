/**
 * How a center declares its live figures for the street's command view (the `figures` of its manifest,
 * src/centers/manifest.ts). Plain data: the manifests hold it, the governance function reads it.
 */

/**
 * A moment a figure counts from, read when the command view is opened, in Shanghai: today's date
 * ('YYYY-MM-DD'), this week's Monday 00:00, next week's Monday 00:00, or now give or take some days.
 */
export type FigureMoment = 'today' | 'weekStart' | 'nextWeekStart' | { readonly daysFromNow: number }

/** What a field is compared with: a constant, or a moment (a Date; with `prefix`, the text prefix + ISO time, for a sort key that starts so). */
export type FigureValue = string | number | boolean | { readonly at: FigureMoment; readonly prefix?: string }

/** One condition on a field: equal, one of, or a range. */
export type FigureCondition = { readonly eq: FigureValue } | { readonly in: ReadonlyArray<string | number> } | { readonly gte?: FigureValue; readonly lt?: FigureValue }

/** One count over a collection of the center's own, served by one of the indexes it declares. */
export interface FigureCount {
  readonly collection: string
  readonly where: Readonly<Record<string, FigureCondition>>
  /** fields summed beside the count (e.g. capacity and places taken, for a fill rate) */
  readonly sums?: readonly string[]
  /**
   * Count only the records past their own deadline: `days` working days (a field of the record in `collection`
   * that the record's `ref` field names) after the Shanghai day of its `from` — e.g. applications past their
   * service's promised time.
   */
  readonly pastDue?: { readonly from: string; readonly ref: string; readonly collection: string; readonly days: string }
}

/**
 * A live figure the center puts on the street's command view (综合指挥平台), read in the same one request as every
 * other center's. The texts name the counts in braces: `{waiting}` a count, `{meals.taken}` a sum, and
 * `{week.taken/week.capacity}` one sum as a percentage of another.
 */
export interface StreetFigureDecl {
  readonly label: string
  readonly counts: Readonly<Record<string, FigureCount>>
  /** the figure itself ('{today} 人') */
  readonly value: string
  /** what it counts, in a few words */
  readonly note: string
  /** the count that, above zero, marks the figure as worth a look (something late or near its deadline) */
  readonly alertWhen?: string
  /**
   * the center's own staff page that lists what the figure counts (one of its subpackage's pages, e.g.
   * 'pages/inbox/index', with a query where the page takes one): the command view opens it for those who may (the
   * center's staff, the street administrator)
   */
  readonly page?: string
}
