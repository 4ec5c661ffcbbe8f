import type { Page } from '@/shared/contracts/common'

interface PageableQuery {
  skip(n: number): PageableQuery
  limit(n: number): PageableQuery
  get(): Promise<{ data: unknown[] }>
}

/** One request per page: asks for one extra row to know whether another page follows. */
export async function fetchPage<D, T>(
  query: PageableQuery,
  { page, pageSize }: { page: number; pageSize: number },
  toItem: (doc: D) => T,
): Promise<Page<T>> {
  const offset = (page - 1) * pageSize
  const scoped = offset > 0 ? query.skip(offset) : query
  const { data } = await scoped.limit(pageSize + 1).get()
  const docs = data as D[]
  return { items: docs.slice(0, pageSize).map(toItem), page, pageSize, hasMore: docs.length > pageSize }
}

export function iso(date: Date): string
export function iso(date: Date | null | undefined): string | null
export function iso(date: Date | null | undefined): string | null {
  return date ? new Date(date).toISOString() : null
}
