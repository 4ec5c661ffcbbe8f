/**
 * What each action of affairs and activities costs in database requests — in WeChat's cloud each is a network
 * round trip and counts against the environment's quota (issue 11). Every action has its budget here; a new
 * action gets its row. Claims ≤ 4 with or without a request id, lists and details ≤ 2 per page.
 */
import type { ActivityInput } from '@/shared/contracts/activities'
import type { CloudResult } from '@/shared/result'
import { AFFAIRS_SERVICES, seedAffairs } from '../../emulator/seeds/affairs'
import { activityDraft, givenCultureStaff } from '../support/activities'
import { dataOf, withLocalCloud } from '../support/local-cloud'

// Monday 2026-11-30, 08:00 in Shanghai
let now = new Date('2026-11-30T00:00:00Z')
const env = withLocalCloud({ clock: () => now })
const STAFF = 'budget-affairs-staff'
const ORG_STAFF = 'budget-org-staff'
const CULTURE_STAFF = 'budget-culture-staff'

beforeAll(() => {
  seedAffairs(env.cloud.store)
  env.givenUser(STAFF, [{ role: 'centerStaff', center: 'affairs' }], { name: '陈敏', community: '黄河西路第二社区', address: '2号楼' })
  givenCultureStaff(env, ORG_STAFF, CULTURE_STAFF, now)
  for (const p of ['booker', 'walk-in', 'applicant', 'reader-1', 'reader-2', 'reader-3', 'reader-4']) env.givenResident(p)
})

const draft = (over: Partial<ActivityInput> = {}): ActivityInput => activityDraft({ title: '社区读书会', capacity: 2, ...over })
const tomorrow = { serviceId: 'svc-juzhuzheng', placeId: 'hall', day: '2026-12-01', time: '10:00' }
/** what the rows pass on to the rows after them */
const state: Record<string, string> = {}

type Measured = { result: CloudResult<unknown>; requests: number }
type Row = [what: string, budget: number, run: () => Promise<Measured>]

const affairsRows: Row[] = [
  ['listServices: a page of the catalog', 1, () => env.counted(null, 'affairs', 'listServices', { keyword: '证' })],
  ['getService: an item and where it is handled', 2, () => env.counted(null, 'affairs', 'getService', { serviceId: 'svc-laonian-youdai' })],
  ['listPlaces', 1, () => env.counted(null, 'affairs', 'listPlaces', {})],
  ['listSlots: 14 days of a place', 2, () => env.counted('booker', 'affairs', 'listSlots', { placeId: 'hall' })],
  ['book: the first booking of a day, with a request id', 4, () => env.counted('booker', 'affairs', 'book', tomorrow, { requestId: 'book-first-1' })],
  ['book: the same request retried after a lost reply (nothing written)', 4, () => env.counted('booker', 'affairs', 'book', tomorrow, { requestId: 'book-first-1' })],
  ['book: without a request id', 4, () => env.counted('booker', 'affairs', 'book', { ...tomorrow, serviceId: 'svc-gaoling-butie', time: '10:30' })],
  // 代办: the kernel reads the staff member's roles before acting for the resident
  ['book: by staff for a walk-in (代办)', 5, () => env.counted(STAFF, 'affairs', 'book', { ...tomorrow, time: '10:30' }, { onBehalfOf: 'walk-in' })],
  ['book: refused FULL on a full slot', 4, async () => {
    env.cloud.store.modify('affairs_days', { query: { _id: 'hall_2026-12-01' }, single: true, merge: true, upsert: false, data: { $set: { 'booked.1100': 3 } } })
    return env.counted('booker', 'affairs', 'book', { ...tomorrow, serviceId: 'svc-dibao', time: '11:00' }, { requestId: 'book-full-1' })
  }],
  ['myBookings: a page', 1, () => env.counted('booker', 'affairs', 'myBookings', {})],
  ['cancelBooking, with a request id', 4, async () => {
    const booking = dataOf(await env.call('booker', 'affairs', 'book', { ...tomorrow, serviceId: 'svc-shebaoka', time: '14:00' }))
    return env.counted('booker', 'affairs', 'cancelBooking', { bookingId: booking.id }, { requestId: 'cancel-booking-1' })
  }],
  ['listBookings: the board of a day', 2, () => env.counted(STAFF, 'affairs', 'listBookings', { placeId: 'hall', day: '2026-12-01' })],
  ['checkIn (取号): the booking and its person, the day’s number (read, move on), the booking, 我的', 6, async () => {
    now = new Date('2026-12-01T01:00:00Z')
    const [booking] = env.cloud.store.find('affairs_bookings', { query: { subjectId: 'booker', status: 'booked' }, limit: 1 })
    state.booking = booking._id as string
    return env.counted(STAFF, 'affairs', 'checkIn', { bookingId: state.booking }, { requestId: 'check-in-1' })
  }],
  // a retried 叫号 must not call the next person: it keeps the request record (2 requests)
  ['callNext (叫号)', 6, () => env.counted(STAFF, 'affairs', 'callNext', { placeId: 'hall', day: '2026-12-01', window: 1 }, { requestId: 'call-next-1' })],
  ['finishBooking', 5, () => env.counted(STAFF, 'affairs', 'finishBooking', { bookingId: state.booking }, { requestId: 'finish-0001' })],
  ['markNoShow', 6, async () => {
    now = new Date('2026-12-01T03:00:00Z')
    const [booking] = env.cloud.store.find('affairs_bookings', { query: { subjectId: 'walk-in', status: 'booked' }, limit: 1 })
    return env.counted(STAFF, 'affairs', 'markNoShow', { bookingId: booking._id as string }, { requestId: 'no-show-1' })
  }],
  ['setOpeningRules', 3, () => {
    now = new Date('2026-11-30T00:00:00Z')
    return env.counted(STAFF, 'affairs', 'setOpeningRules', { placeId: 'station-6', rule: { weekdays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '12:00' }], slotMinutes: 30, windows: 1 } }, { requestId: 'rules-0001' })
  }],
  // 4, and 4 per booking cancelled (the booking, its window, 我的, the notice)
  ['closeSlots: a day with one booking', 8, async () => {
    dataOf(await env.call('booker', 'affairs', 'book', { ...tomorrow, serviceId: 'svc-canjiren', day: '2026-12-02' }))
    return env.counted(STAFF, 'affairs', 'closeSlots', { placeId: 'hall', day: '2026-12-02', reason: '系统升级' }, { requestId: 'close-0001' })
  }],
  ['submitApplication, with a request id', 5, async () => {
    const required = AFFAIRS_SERVICES.find((s) => s._id === 'svc-laonian-youdai')!.materials.filter((m) => (m as { required?: boolean }).required !== false)
    const materialFiles = await Promise.all(required.map((m) => env.upload('applicant', 'applicationMaterial', m.name)))
    const input = { serviceId: 'svc-laonian-youdai', stationId: 'station-2', fields: [{ label: '老人姓名', value: '王秀兰' }], materialFiles, materialOf: required.map((m) => m.name) }
    const run = await env.counted('applicant', 'affairs', 'submitApplication', input, { requestId: 'apply-0001' })
    state.application = (dataOf(run.result) as { id: string }).id
    return run
  }],
  ['myApplications: a page', 1, () => env.counted('applicant', 'affairs', 'myApplications', {})],
  ['getApplication', 2, () => env.counted(STAFF, 'affairs', 'getApplication', { applicationId: state.application })],
  // a decision is no record of its own: a retry is answered from the request record (2 requests)
  ['reviewApplication', 7, () => env.counted(STAFF, 'affairs', 'reviewApplication', { applicationId: state.application, decision: 'accept' }, { requestId: 'review-0001' })],
  ['listApplications: a page of the inbox', 2, () => env.counted(STAFF, 'affairs', 'listApplications', {})],
]

const activityRows: Row[] = [
  ['createActivity', 3, async () => {
    const run = await env.counted(ORG_STAFF, 'activities', 'createActivity', draft(), { requestId: 'create-0001' })
    state.draft = (dataOf(run.result) as { id: string }).id
    return run
  }],
  ['updateActivity', 3, () => env.counted(ORG_STAFF, 'activities', 'updateActivity', { ...draft({ title: '社区读书分享会' }), activityId: state.draft }, { requestId: 'update-0001' })],
  // submitting and reviewing create no record: a retry is answered from the request record (2 requests)
  ['submitForReview', 5, () => env.counted(ORG_STAFF, 'activities', 'submitForReview', { activityId: state.draft }, { requestId: 'submit-0001' })],
  ['reviewActivity', 5, () => env.counted(CULTURE_STAFF, 'activities', 'reviewActivity', { activityId: state.draft, approve: true }, { requestId: 'review-activity-1' })],
  ['listActivities: a page for residents', 1, () => env.counted(null, 'activities', 'listActivities', { hasPlaces: true })],
  ['listActivities: an organization’s own', 2, () => env.counted(ORG_STAFF, 'activities', 'listActivities', { orgId: 'org-xingfu-xiyang' })],
  ['listActivities: the review queue', 2, () => env.counted(CULTURE_STAFF, 'activities', 'listActivities', { reviewing: true })],
  ['signUp: a place, with a request id', 4, () => env.counted('reader-1', 'activities', 'signUp', { activityId: state.draft }, { requestId: 'sign-up-1' })],
  ['signUp: the same request retried', 4, () => env.counted('reader-1', 'activities', 'signUp', { activityId: state.draft }, { requestId: 'sign-up-1' })],
  ['signUp: the last place, without a request id', 4, () => env.counted('reader-2', 'activities', 'signUp', { activityId: state.draft })],
  ['signUp: onto the waitlist', 4, () => env.counted('reader-3', 'activities', 'signUp', { activityId: state.draft }, { requestId: 'sign-up-3' })],
  ['signUp: second on the waitlist', 4, () => env.counted('reader-4', 'activities', 'signUp', { activityId: state.draft })],
  ['getActivity: a visitor', 2, () => env.counted(null, 'activities', 'getActivity', { activityId: state.draft })],
  ['getActivity: a resident on the waitlist', 2, () => env.counted('reader-4', 'activities', 'getActivity', { activityId: state.draft })],
  ['getActivity: the organizer', 2, () => env.counted(ORG_STAFF, 'activities', 'getActivity', { activityId: state.draft })],
  ['cancelSignUp: a waiting person leaves', 6, () => env.counted('reader-4', 'activities', 'cancelSignUp', { activityId: state.draft }, { requestId: 'leave-0001' })],
  // the read (activity, sign-up, the waitlist's head), the sign-up, the head admitted, the seats passed on in one
  // update, the leaver's 我的 entry, the head's notice (which carries the head's 我的 entry to the sender)
  ['cancelSignUp: a place freed goes to the head of the waitlist', 6, () => env.counted('reader-1', 'activities', 'cancelSignUp', { activityId: state.draft }, { requestId: 'cancel-0001' })],
  ['mySignUps: a page', 1, () => env.counted('reader-3', 'activities', 'mySignUps', {})],
  ['listSignUps: a page of the roster', 2, () => env.counted(ORG_STAFF, 'activities', 'listSignUps', { activityId: state.draft })],
  ['checkIn: the organizer types a resident’s code', 4, async () => {
    const mine = dataOf(await env.call('reader-2', 'activities', 'getActivity', { activityId: state.draft })).mine
    // check-in opens an hour before the start
    now = new Date('2026-12-05T00:30:00Z')
    return env.counted(ORG_STAFF, 'activities', 'checkIn', { activityId: state.draft, code: mine!.checkInCode! }, { requestId: 'check-in-a-1' })
  }],
  ['checkIn: a resident types the venue code', 3, async () => {
    const { venueCode } = dataOf(await env.call(ORG_STAFF, 'activities', 'getActivity', { activityId: state.draft }))
    now = new Date('2026-12-05T00:45:00Z')
    return env.counted('reader-3', 'activities', 'checkIn', { activityId: state.draft, venueCode: venueCode! }, { requestId: 'check-in-b-1' })
  }],
  ['exportSignUps', 4, () => env.counted(ORG_STAFF, 'activities', 'exportSignUps', { activityId: state.draft })],
  ['notifyAttendees', 4, () => env.counted(ORG_STAFF, 'activities', 'notifyAttendees', { activityId: state.draft, message: '请提前十分钟到场' }, { requestId: 'notify-0001' })],
  // 5, and one per person signed up (their 我的 entries): two here
  ['cancelActivity', 7, () => {
    now = new Date('2026-11-30T00:00:00Z')
    return env.counted(ORG_STAFF, 'activities', 'cancelActivity', { activityId: state.draft, reason: '场地维修' }, { requestId: 'cancel-activity-1' })
  }],
]

describe('database requests per action', () => {
  it.each(affairsRows)('affairs %s: ≤ %d', async (_what, budget, run) => {
    const { result, requests } = await run()
    if (process.env.SHOW_REQUESTS) console.log(`affairs ${_what}: ${requests} ${result.ok ? '' : JSON.stringify(result.error)}`)
    expect(result.ok || (result.error.code === 'FULL')).toBe(true)
    expect(requests).toBeLessThanOrEqual(budget)
  })

  it.each(activityRows)('activities %s: ≤ %d', async (_what, budget, run) => {
    const { result, requests } = await run()
    if (process.env.SHOW_REQUESTS) console.log(`activities ${_what}: ${requests} ${result.ok ? '' : JSON.stringify(result.error)}`)
    expect(result.ok).toBe(true)
    expect(requests).toBeLessThanOrEqual(budget)
  })
})

describe('what the budgets leave out', () => {
  it('are published with the contracts: every action of affairs and activities has its row', async () => {
    const { affairs } = await import('@/shared/contracts/affairs')
    const { activities } = await import('@/shared/contracts/activities')
    const covered = (rows: Row[]) => new Set(rows.map(([what]) => what.split(/[:, ]/)[0]))
    expect([...covered(affairsRows)].sort()).toEqual(Object.keys(affairs.actions).sort())
    expect([...covered(activityRows)].sort()).toEqual(Object.keys(activities.actions).sort())
  })
})
