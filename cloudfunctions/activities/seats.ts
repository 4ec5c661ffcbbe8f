/** Seats changing hands: what a sign-up gives back, and the waitlist's head taking freed seats. */
import { SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { formatForPeople } from '@/shared/time'
import { leaveQueue, type Pool, promote, release } from '../_kernel/claim'
import { notify, thing } from '../_kernel/notify'
import * as repo from './repo'
import { activityLink, mirrorSignup } from './views'

/** Admits the head of the waitlist while seats fit; each promoted person is told once. Returns their sign-up ids. */
export async function promoteWaitlist(pool: Pool, activity: Pick<repo.ActivityDoc, 'title' | 'startAt'>, now: Date, freed?: number): Promise<string[]> {
  const admitted = await promote(pool, () => repo.waitlistHead(pool.id, now), freed)
  for (const { signup } of admitted) {
    await mirrorSignup({ ...signup, status: 'confirmed' }, SIGNUP_STATUS_TEXT.confirmed, now)
    await notify(signup.subjectId, `promoted_${signup._id}_${signup.arrivedAt.valueOf()}`, 'activityPromoted', activityLink(pool.id), {
      thing1: thing(activity.title),
      time2: { value: formatForPeople(activity.startAt) },
      thing3: thing('候补成功，您已获得名额'),
    }, now)
  }
  return admitted.map((w) => w.signup._id)
}

/** What a sign-up that no longer stands held — seats or a place in the queue — goes back, seats to the queue first. */
export async function giveBack(pool: Pool, s: Pick<repo.SignupDoc, 'status' | 'seats'>, activity: Pick<repo.ActivityDoc, 'title' | 'startAt'>, now: Date): Promise<void> {
  if (s.status === 'confirmed') {
    await release(pool, s.seats)
    await promoteWaitlist(pool, activity, now, s.seats)
  } else if (s.status === 'waitlisted') {
    // the head may have been waiting for more seats than were free: with one waiter fewer, look again
    await leaveQueue(pool)
    await promoteWaitlist(pool, activity, now)
  }
}
