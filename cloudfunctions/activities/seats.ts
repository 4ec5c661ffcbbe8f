/** Seats changing hands: what a sign-up gives back, and the waitlist's head taking freed seats. */
import { SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { leaveQueue, passOn, type Pool, promote, release } from '../_kernel/claim'
import { recordNotices, thing, when } from '../_kernel/notify'
import * as repo from './repo'
import { activityLink, signupItem } from './views'

type Shown = Pick<repo.ActivityDoc, 'title' | 'startAt'>

/**
 * A promoted person is told once, and their 我的 entry says so: the notice's sender writes the entry just before
 * the notice goes out (the cancel that freed the seat stays within its request budget).
 */
async function tellPromoted(signup: repo.SignupDoc, activity: Shown, now: Date): Promise<void> {
  const { ownerId: _owner, ...item } = signupItem({ ...signup, status: 'confirmed' }, SIGNUP_STATUS_TEXT.confirmed)
  await recordNotices(
    [
      {
        people: [signup.subjectId],
        event: `promoted_${signup._id}_${new Date(signup.arrivedAt).valueOf()}`,
        template: 'activityPromoted',
        page: activityLink(signup.activityId),
        data: { thing1: thing(activity.title), time2: when(activity.startAt), thing3: thing('候补成功，您已获得名额') },
        mine: { item, from: ['waitlisted'] },
      },
    ],
    now,
  )
}

/** Admits the head of the waitlist while seats fit; each promoted person is told once. Returns their sign-up ids. */
export async function promoteWaitlist(pool: Pool, activity: Shown, now: Date, freed?: number): Promise<string[]> {
  const admitted = await promote(pool, () => repo.waitlistHead(pool.id, now), freed, now)
  for (const { signup } of admitted) await tellPromoted(signup, activity, now)
  return admitted.map((w) => w.signup._id)
}

/**
 * What a sign-up that no longer stands held — seats or a place in the queue — goes back, seats to the queue
 * first. `head`: the waitlist's head read with the activity; it takes over the seats in one update.
 */
export async function giveBack(
  pool: Pool,
  s: Pick<repo.SignupDoc, 'status' | 'seats'>,
  activity: Shown & Pick<repo.ActivityDoc, 'placesLeft'>,
  now: Date,
  head: repo.SignupDoc | null = null,
): Promise<void> {
  if (s.status === 'confirmed') {
    if (head) {
      const next = repo.waiter(head, now)
      if (await next.admit()) {
        if (await passOn(pool, s.seats, next)) {
          await tellPromoted(head, activity, now)
          // the one leaving had companions: the seats the head did not need go on down the queue
          if (s.seats > head.seats) await promoteWaitlist(pool, activity, now, s.seats - head.seats)
          return
        }
        await next.unadmit()
      }
    }
    await release(pool, s.seats)
    await promoteWaitlist(pool, activity, now, s.seats)
  } else if (s.status === 'waitlisted') {
    await leaveQueue(pool)
    // the head may have been waiting for more seats than were free: with one waiter fewer, look again
    if (activity.placesLeft > 0) await promoteWaitlist(pool, activity, now)
  }
}
