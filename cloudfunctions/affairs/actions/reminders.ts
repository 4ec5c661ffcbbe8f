/** The day-before reminder: run by the daily timer trigger (config.json), each booking reminded once. */
import { shanghaiDay } from '@/shared/time'
import { notify, thing } from '../../_kernel/notify'
import * as repo from '../repo'
import { bookingLink } from './views'

export async function remindTomorrow(now: Date): Promise<{ day: string; reminded: number }> {
  const day = shanghaiDay(new Date(now.getTime() + 86_400_000))
  let reminded = 0
  for (;;) {
    const due = await repo.unremindedBookings(day)
    if (!due.length) break
    for (const b of due) {
      // claim first, so a second run of the trigger never sends the same reminder again
      if (!(await repo.markReminded(b._id, now))) continue
      reminded += await notify(b.subjectId, `reminder_${b._id}`, 'appointmentReminder', bookingLink(b._id), {
        thing1: thing(b.serviceName),
        time2: { value: `${b.day} ${b.time}` },
        thing3: thing(b.placeName),
        thing4: thing(`请带齐材料：${b.materials.map((m) => m.name).join('、')}`),
      }, now)
    }
  }
  return { day, reminded }
}
