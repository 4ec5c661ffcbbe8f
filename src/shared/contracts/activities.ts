/** Activities (culture center and others): publish with review, sign up with waitlist, check in. */
import * as z from 'zod'
import { ACTIVITY_STATUSES, BRANDS, SIGNUP_STATUSES } from '../domain/activities'
import { CenterCodeSchema, CommunityName, Id, Instant, optionalText, PageInput, pageOf, text } from './common'
import { action, defineFunction } from './define'

const When = z.iso.datetime({ offset: true, error: '请选择时间' })

export const Question = z.strictObject({ label: text('问题', 40), required: z.boolean().default(false) })

export const ActivityInput = z.strictObject({
  /** the organizing social organization; omitted when a center runs it itself */
  orgId: Id.optional(),
  center: CenterCodeSchema,
  brand: z.enum(BRANDS).nullable().default(null),
  title: text('活动名称', 40),
  description: text('活动介绍', 2000),
  cover: z.string().regex(/^cloud:\/\/\S{1,300}$/, '封面图片地址不正确').nullable().default(null),
  address: text('活动地点', 80),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  startAt: When,
  endAt: When,
  signupOpensAt: When,
  signupClosesAt: When,
  cancelDeadline: When,
  capacity: z.number({ error: '请填写名额' }).int().min(1, '名额至少 1 人').max(5000, '名额不超过 5000 人'),
  companionsAllowed: z.number().int().min(0).max(5, '每人最多携带 5 位同行').default(0),
  minAge: z.number().int().min(0).max(120).nullable().default(null),
  maxAge: z.number().int().min(0).max(120).nullable().default(null),
  communities: z.array(CommunityName).max(10).default([]),
  questions: z.array(Question).max(5, '报名问题最多 5 个').default([]),
  /** 志愿服务: each attendee's check-in credits these hours to their volunteer record (party center's time bank) */
  volunteerHours: z
    .number()
    .positive('志愿服务时长须大于 0')
    .max(24, '志愿服务时长最多 24 小时')
    .refine((h) => Number.isInteger(h * 4), '志愿服务时长以 0.25 小时为单位')
    .nullable()
    .default(null),
})
export type ActivityInput = z.input<typeof ActivityInput>

export const ActivitySummary = z.object({
  id: Id,
  title: z.string(),
  orgName: z.string(),
  center: CenterCodeSchema,
  brand: z.enum(BRANDS).nullable(),
  address: z.string(),
  startAt: Instant,
  endAt: Instant,
  signupClosesAt: Instant,
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  status: z.enum(ACTIVITY_STATUSES),
  statusText: z.string(),
})

export const MySignUp = z.object({
  status: z.enum(SIGNUP_STATUSES),
  statusText: z.string(),
  seats: z.number().int(),
  /** position on the waitlist, 1 = next to be promoted */
  position: z.number().int().nullable(),
  checkInCode: z.string().nullable(),
  checkedIn: z.boolean(),
  canCancel: z.boolean(),
})

export const ActivityDetail = ActivitySummary.extend({
  orgId: Id.nullable(),
  description: z.string(),
  coverUrl: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  signupOpensAt: Instant,
  cancelDeadline: Instant,
  companionsAllowed: z.number().int(),
  minAge: z.number().int().nullable(),
  maxAge: z.number().int().nullable(),
  communities: z.array(z.string()),
  questions: z.array(z.object({ label: z.string(), required: z.boolean() })),
  reviewNote: z.string().nullable(),
  /** the caller's own sign-up, if any */
  mine: MySignUp.nullable(),
  /** for the organizer and center staff only: the code residents scan at the venue */
  venueCode: z.string().nullable(),
  /** 志愿服务: hours each attendee's check-in credits; null when it is not volunteer service */
  volunteerHours: z.number().nullable(),
  canManage: z.boolean(),
})

export const ListActivitiesInput = PageInput.extend({
  center: CenterCodeSchema.optional(),
  brand: z.enum(BRANDS).optional(),
  /** a Shanghai day: activities taking place that day */
  day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD').optional(),
  hasPlaces: z.boolean().optional(),
  /** organizer's view: this organization's activities in every status (its staff only) */
  orgId: Id.optional(),
  /** center staff's review queue */
  reviewing: z.boolean().optional(),
})

export const SignUpInput = z.strictObject({
  activityId: Id,
  companions: z.number().int().min(0).max(5).default(0),
  answers: z.array(z.string().trim().max(200, '回答不能超过200个字')).max(5).default([]),
})

export const SignUpResult = MySignUp.extend({ activityId: Id, title: z.string() })

export const SignUpRow = z.object({
  id: Id,
  name: z.string(),
  maskedPhone: z.string().nullable(),
  seats: z.number().int(),
  status: z.enum(SIGNUP_STATUSES),
  statusText: z.string(),
  position: z.number().int().nullable(),
  answers: z.array(z.object({ question: z.string(), answer: z.string() })),
  checkedIn: z.boolean(),
  /** the slot has passed and they did not come */
  noShow: z.boolean(),
})

export const MySignUpRow = z.object({
  activityId: Id,
  title: z.string(),
  startAt: Instant,
  address: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  statusText: z.string(),
  checkedIn: z.boolean(),
})

export const CheckInInput = z.union([
  z.strictObject({ activityId: Id, code: z.string().trim().toUpperCase().regex(/^[A-Z2-9]{6}$/, '签到码为 6 位字母和数字') }),
  z.strictObject({ activityId: Id, venueCode: z.string().trim().toUpperCase().regex(/^[A-Z2-9]{8}$/, '现场签到码为 8 位字母和数字') }),
])

export const activities = defineFunction(
  'activities',
  {
    createActivity: action(ActivityInput, ActivityDetail, { roles: ['orgStaff', 'centerStaff'], submits: 'keyed' }),
    updateActivity: action(ActivityInput.extend({ activityId: Id }), ActivityDetail, { roles: ['orgStaff', 'centerStaff'], submits: 'keyed' }),
    submitForReview: action(z.strictObject({ activityId: Id }), ActivityDetail, { roles: ['orgStaff', 'centerStaff'], submits: true }),
    reviewActivity: action(
      z.strictObject({ activityId: Id, approve: z.boolean(), note: optionalText('审核意见', 200) }).refine((r) => r.approve || !!r.note, {
        message: '退回时请写明修改意见',
        path: ['note'],
      }),
      ActivityDetail,
      { roles: ['centerStaff'], submits: true },
    ),
    cancelActivity: action(z.strictObject({ activityId: Id, reason: text('取消原因', 100) }), ActivityDetail, { roles: ['orgStaff', 'centerStaff'], submits: 'keyed' }),
    listActivities: action(ListActivitiesInput, pageOf(ActivitySummary), { roles: 'anyone' }),
    getActivity: action(z.strictObject({ activityId: Id }), ActivityDetail, { roles: 'anyone' }),
    signUp: action(SignUpInput, SignUpResult, { roles: ['resident'], submits: 'keyed', behalf: true }),
    cancelSignUp: action(z.strictObject({ activityId: Id }), SignUpResult, { roles: ['resident'], submits: 'keyed', behalf: true }),
    mySignUps: action(PageInput, pageOf(MySignUpRow), { roles: ['resident'], behalf: true }),
    listSignUps: action(PageInput.extend({ activityId: Id }), pageOf(SignUpRow), { roles: ['orgStaff', 'centerStaff'] }),
    checkIn: action(CheckInInput, SignUpRow, { roles: ['resident'], submits: 'keyed' }),
    exportSignUps: action(z.strictObject({ activityId: Id }), z.object({ url: z.string(), rows: z.number().int() }), { roles: ['orgStaff', 'centerStaff'] }),
    notifyAttendees: action(z.strictObject({ activityId: Id, message: text('通知内容', 20) }), z.object({ notified: z.number().int() }), {
      roles: ['orgStaff', 'centerStaff'],
      submits: 'keyed',
    }),
  },
  // no single center: each activity belongs to a center, and that center's staff review and manage it
)

