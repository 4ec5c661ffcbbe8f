/** The organizer's side: the roster with attendance, a spreadsheet export, and messages to attendees. */
import type { activities } from '@/shared/contracts/activities'
import { SIGNUP_STATUS_TEXT } from '@/shared/domain/activities'
import { maskPhone } from '@/shared/domain/people'
import { requireSafeText } from '../../_kernel/content'
import { type Actions, who } from '../../_kernel/handler'
import { notifyAll, thing, when } from '../../_kernel/notify'
import { exportSheet } from '../../_kernel/sheets'
import * as repo from '../repo'
import { AppError } from '../../_kernel/errors'
import { activityLink, canManage, managedOrFail, peopleOf, rosterRow } from '../views'

type A = Actions<typeof activities>

/** Confirmed first, then the waitlist in its order (positions counted from the page's place in it): the caller and one read. */
export const listSignUps: A['listSignUps'] = async (input, ctx) => {
  const offset = (input.page - 1) * input.pageSize
  const [{ roles }, { activity, confirmed, rows: page }] = await Promise.all([ctx.caller(), repo.rosterPage(input.activityId, offset, input.pageSize + 1)])
  if (!activity) throw new AppError('NOT_FOUND', '没有找到该活动')
  if (!canManage(activity, roles)) throw new AppError('FORBIDDEN', '只有主办机构和所属中心的工作人员可以管理该活动')
  const rows = page.slice(0, input.pageSize)
  const people = await peopleOf(rows)
  return {
    items: rows.map((s, i) => rosterRow(s, activity, people[i], s.status === 'waitlisted' ? offset + i - confirmed + 1 : null, ctx.now)),
    page: input.page,
    pageSize: input.pageSize,
    hasMore: page.length > input.pageSize,
  }
}

/** The roster as an xlsx (Chinese headers, phones masked); a link valid for an hour. */
export const exportSignUps: A['exportSignUps'] = async ({ activityId }, ctx) => {
  const activity = await managedOrFail(activityId, (await ctx.caller()).roles)
  const all = await repo.allSignups(activityId, ['confirmed', 'waitlisted'])
  const people = await peopleOf(all)
  const rows = all.map((s, i) => ({ s, i, person: people[i] }))
  return exportSheet(`activities/${activityId}`, {
    name: '报名名单',
    columns: [
      { header: '序号', width: 6, value: (r) => r.i + 1 },
      { header: '姓名', value: (r) => r.person?.name ?? '' },
      { header: '手机号', width: 14, value: (r) => maskPhone(r.person?.phone) ?? '' },
      { header: '人数', width: 6, value: (r) => r.s.seats },
      { header: '状态', value: (r) => SIGNUP_STATUS_TEXT[r.s.status] },
      { header: '是否签到', value: (r) => (r.s.checkedInAt ? '已签到' : '未签到') },
      ...activity.questions.map((q, k) => ({ header: q.label, width: 20, value: (r: (typeof rows)[number]) => r.s.answers[k] ?? '' })),
    ],
    rows,
  }, ctx.now)
}

export const notifyAttendees: A['notifyAttendees'] = async ({ activityId, message }, ctx) => {
  const activity = await managedOrFail(activityId, (await ctx.caller()).roles)
  await requireSafeText(who(ctx).actorId, { message })
  const people = (await repo.allSignups(activityId, ['confirmed'])).map((s) => s.subjectId)
  // the event is the request: a retry records no second message (the notices' ids are per event and person)
  const notified = await notifyAll(people, `message_${activityId}_${ctx.requestId ?? ctx.now.valueOf()}`, 'activityChanged', activityLink(activityId), {
    thing1: thing(activity.title),
    time2: when(activity.startAt),
    thing3: thing(message),
  }, ctx.now)
  return { notified }
}
