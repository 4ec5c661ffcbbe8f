/** The organizer's side: the roster with attendance, a spreadsheet export, and messages to attendees. */
import { randomBytes } from 'node:crypto'
import type { activities } from '@/shared/contracts/activities'
import { SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { maskPhone } from '@/shared/domain/people'
import { formatForPeople } from '@/shared/time'
import { cloud } from '../../_kernel/cloud'
import { requireSafeText } from '../../_kernel/content'
import { fileLinks } from '../../_kernel/files'
import { type Actions, who } from '../../_kernel/handler'
import { notifyAll, thing } from '../../_kernel/notify'
import * as repo from '../repo'
import { activityLink, managedOrFail, rosterRow } from '../views'

type A = Actions<typeof activities>

/** Confirmed first, then the waitlist in its order (positions counted from the page's place in it). */
export const listSignUps: A['listSignUps'] = async (input, ctx) => {
  const activity = await managedOrFail(input.activityId, (await ctx.caller()).roles)
  const offset = (input.page - 1) * input.pageSize
  const [confirmedCount, { data }] = await Promise.all([
    repo.countSignups(activity._id, 'confirmed'),
    (offset ? repo.activityRoster(activity._id).skip(offset) : repo.activityRoster(activity._id)).limit(input.pageSize + 1).get(),
  ])
  const rows = (data as repo.SignupDoc[]).slice(0, input.pageSize)
  const names = await repo.namesOf(rows.map((r) => r.subjectId))
  return {
    items: rows.map((s, i) => rosterRow(s, activity, names.get(s.subjectId), s.status === 'waitlisted' ? offset + i - confirmedCount + 1 : null, ctx.now)),
    page: input.page,
    pageSize: input.pageSize,
    hasMore: data.length > input.pageSize,
  }
}

const csvCell = (value: string | number) => `"${String(value).replace(/"/g, '""')}"`

/** A CSV with a BOM so Excel opens the Chinese correctly; a short-lived link from cloud storage. */
export const exportSignUps: A['exportSignUps'] = async ({ activityId }, ctx) => {
  const activity = await managedOrFail(activityId, (await ctx.caller()).roles)
  const all = await repo.allSignups(activityId, ['confirmed', 'waitlisted'])
  const names = await repo.namesOf(all.map((s) => s.subjectId))
  const header = ['序号', '姓名', '手机号', '人数', '状态', '是否签到', ...activity.questions.map((q) => q.label)]
  const lines = all.map((s, i) => {
    const person = names.get(s.subjectId)
    return [i + 1, person?.name ?? '', maskPhone(person?.phone) ?? '', s.seats, SIGNUP_STATUS_TEXT[s.status], s.checkedInAt ? '已签到' : '未签到', ...activity.questions.map((_q, k) => s.answers[k] ?? '')]
  })
  const csv = `\ufeff${[header, ...lines].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`
  const { fileID } = await cloud.uploadFile({ cloudPath: `exports/activities/${activityId}/${ctx.now.getTime()}-${randomBytes(16).toString('hex')}.csv`, fileContent: Buffer.from(csv, 'utf8') })
  const [url] = await fileLinks([fileID], 3600)
  return { url, rows: all.length }
}

export const notifyAttendees: A['notifyAttendees'] = async ({ activityId, message }, ctx) => {
  const activity = await managedOrFail(activityId, (await ctx.caller()).roles)
  await requireSafeText(who(ctx).actorId, { message })
  const people = (await repo.allSignups(activityId, ['confirmed'])).map((s) => s.subjectId)
  const notified = await notifyAll(people, `message_${activityId}_${ctx.now.valueOf()}`, 'activityChanged', activityLink(activityId), {
    thing1: thing(activity.title),
    time2: { value: formatForPeople(activity.startAt) },
    thing3: thing(message),
  }, ctx.now)
  return { notified }
}
