/**
 * The volume check: `listJobs` at a street's volume (the employment volume generator — 150 employers,
 * 1,500 postings over a year in every state, type, pay unit and suitability; deterministic from its seed) answers
 * every combination of filters in at most 2 database requests per page, from the declared index the manifest
 * names, and gives exactly the postings a reader would pick out by hand, newest first, page after page.
 */
import type { EmploymentType, SuitabilityTag } from '@/shared/domain/employment/postings'
import { volume } from '../../emulator/seeds/employment'
import { seededRandom } from '../../emulator/seeds/volume'
import { dataOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 10:00 in Shanghai
const now = new Date('2026-11-30T02:00:00Z')
// strict: a query no declared index serves is refused, as the cloud would need the index to be created
const env = withLocalCloud({ clock: () => now, strictIndexes: true })

interface Posting {
  _id: string
  title: string
  description: string
  employerName: string
  employmentType: EmploymentType
  community: string
  tags: SuitabilityTag[]
  salaryMax: number
  salaryUnit: string
  status: string
  validThrough: Date
  datePosted: Date | null
}

let all: Posting[] = []

beforeAll(() => {
  volume(env.cloud.store, { random: seededRandom(1), now, residents: [], people: new Map() })
  all = [0, 1000].flatMap((offset) => env.cloud.store.find('jobs', { query: {}, limit: 1000, offset })) as unknown as Posting[]
  env.givenResident('seeker-at-volume')
  env.givenResident('volume-employer-7')
})

interface Filters {
  keyword?: string
  employmentType?: EmploymentType
  salaryAtLeast?: number
  community?: string
  tag?: SuitabilityTag
}

/** What a reader would pick out of the whole table by hand (no search key, no index). */
function byHand(f: Filters): string[] {
  const matchesKeyword = (p: Posting) => {
    if (!f.keyword) return true
    // 保洁 inside a title; BJY: the initials of 保洁员 (no other title, name or duty has them)
    return f.keyword === 'BJY' ? p.title === '保洁员' : [p.title, p.description, p.employerName].some((t) => t.includes(f.keyword as string))
  }
  return all
    .filter((p) => p.status === 'published' && p.validThrough.getTime() > now.getTime())
    .filter((p) => !f.employmentType || p.employmentType === f.employmentType)
    .filter((p) => !f.community || p.community === f.community)
    .filter((p) => !f.tag || p.tags.includes(f.tag))
    .filter((p) => f.salaryAtLeast === undefined || (p.salaryUnit === 'MONTH' && p.salaryMax >= f.salaryAtLeast))
    .filter(matchesKeyword)
    .sort((a, b) => (b.datePosted as Date).getTime() - (a.datePosted as Date).getTime() || (a._id < b._id ? 1 : -1))
    .map((p) => p._id)
}

const FILTERS: Array<[keyof Filters, (i: number) => Filters[keyof Filters]]> = [
  ['keyword', (i) => (i % 2 ? '保洁' : 'BJY')],
  ['employmentType', () => 'FULL_TIME'],
  ['salaryAtLeast', () => 3000],
  ['community', () => '黄河西路第三社区'],
  ['tag', () => '适合40/50人员'],
]

/** Every combination of the five filters (32), the keyword alternating between characters and initials. */
const COMBINATIONS: Filters[] = Array.from({ length: 2 ** FILTERS.length }, (_, mask) =>
  Object.fromEntries(FILTERS.filter((_, bit) => mask & (1 << bit)).map(([name, value]) => [name, value(mask)])),
)

/** Reads every page of a listing as `who`, checking each page's requests; answers the ids in order and the most requests a page took. */
async function everyPage(who: string | null, filters: Filters, pageSize: number) {
  const ids: string[] = []
  let most = 0
  for (let page = 1; ; page++) {
    const { result, requests } = await env.counted(who, 'employment', 'listJobs', { ...filters, page, pageSize } as never)
    const data = dataOf(result)
    most = Math.max(most, requests)
    ids.push(...data.items.map((j) => j.id))
    if (!data.hasMore) return { ids, most, pages: page }
    if (page > 60) throw new Error('more pages than postings')
  }
}

describe('listJobs at a street’s volume', () => {
  it('has a street’s postings to search: most past their date, about a tenth listed', () => {
    expect(all).toHaveLength(1500)
    const listed = byHand({})
    expect(listed.length).toBeGreaterThan(100)
    expect(listed.length).toBeLessThan(300)
    // every filter narrows the listing to a real, non-empty part of it
    for (const [name, value] of FILTERS) expect(byHand({ [name]: value(1) }).length).toBeGreaterThan(0)
  })

  it('answers every combination of filters in at most 2 requests a page, exactly the postings picked by hand, newest first', async () => {
    expect(env.cloud.store.unusedIndexes()).toContain('jobs.status_valid')
    const measured: Array<{ filters: string; pages: number; most: number }> = []
    for (const [i, filters] of COMBINATIONS.entries()) {
      // visitors and signed-in residents alike, pages of 10 and of 20
      const { ids, most, pages } = await everyPage(i % 2 ? null : 'seeker-at-volume', filters, i % 3 ? 10 : 20)
      expect({ filters, ids }).toEqual({ filters, ids: byHand(filters) })
      expect({ filters, withinBudget: most <= 2 }).toEqual({ filters, withinBudget: true })
      measured.push({ filters: JSON.stringify(filters), pages, most })
    }
    // served by the status + validity range the manifest declares (strict: anything else would have been refused)
    expect(env.cloud.store.unusedIndexes()).not.toContain('jobs.status_valid')
    expect(Math.max(...measured.map((m) => m.most))).toBe(1)
    expect(measured.reduce((n, m) => n + m.pages, 0)).toBeGreaterThan(COMBINATIONS.length)
    // most combinations find something (the five together may find nothing on a street)
    expect(COMBINATIONS.filter((f) => byHand(f).length > 0).length).toBeGreaterThan(COMBINATIONS.length / 2)
  }, 300_000)

  it('recommends from the same range in at most 2 requests', async () => {
    dataOf(
      await env.call('seeker-at-volume', 'employment', 'saveProfile', {
        name: '郭志强',
        phone: '13700005678',
        education: '高中/中专',
        experience: '纺织厂挡车工 20 年',
        skills: [],
        desiredJob: '保洁',
        desiredCommunity: '黄河西路第三社区',
        desiredTypes: ['FULL_TIME'],
        groupTags: ['40/50'],
      }),
    )
    const { result, requests } = await env.counted('seeker-at-volume', 'employment', 'recommendJobs', { pageSize: 20 })
    expect(requests).toBeLessThanOrEqual(2)
    const listed = new Set(byHand({}))
    const items = dataOf(result).items
    expect(items).toHaveLength(20)
    expect(items.every((j) => listed.has(j.id))).toBe(true)
  })

  it('gives an employer its own postings in every state in at most 2 requests a page', async () => {
    const { ids, most } = await everyPage('volume-employer-7', { scope: 'mine' } as never, 4)
    expect(most).toBeLessThanOrEqual(2)
    expect(ids.sort()).toEqual(all.filter((p) => p._id.startsWith('vj-7-')).map((p) => p._id).sort())
  })
})
