/** 居民服务中心: 社情民意 (opinions and demands), 干群恳谈 (talks with cadres), 居民议事 (residents' deliberation). */
import * as z from 'zod'
import { FORWARD_TARGETS, OPINION_CATEGORIES, OPINION_KINDS, OPINION_STATUSES } from '../domain/voice/opinions'
import { RECEPTION_STATUSES } from '../domain/voice/receptions'
import { Id, Instant, optionalText, PageInput, pageOf, text } from './common'
import { action, defineFunction } from './define'

const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')
const FileId = z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, '照片地址不正确')
export const MAX_OPINION_PHOTOS = 6

// ---- 社情民意 -------------------------------------------------------------------------------------------------

export const OpinionKind = z.enum(OPINION_KINDS, { error: '请选择意见、建议或诉求' })
export const OpinionCategory = z.enum(OPINION_CATEGORIES, { error: '请选择类别' })
export const OpinionStatus = z.enum(OPINION_STATUSES)
export const ForwardTarget = z.enum(FORWARD_TARGETS, { error: '请选择转交的中心' })

export const SubmitOpinionInput = z.strictObject({
  kind: OpinionKind,
  category: OpinionCategory,
  text: text('内容', 1000),
  photos: z.array(FileId).max(MAX_OPINION_PHOTOS, `最多 ${MAX_OPINION_PHOTOS} 张照片`).default([]),
  /** public: other residents may read and second it */
  public: z.boolean().default(false),
  /** other residents do not see the name (staff always do) */
  anonymous: z.boolean().default(false),
})

export const OpinionSummary = z.object({
  id: Id,
  kind: OpinionKind,
  category: OpinionCategory,
  title: z.string(),
  /** the first words, for lists (never of a private opinion to anyone but its author and staff) */
  excerpt: z.string(),
  author: z.string(),
  community: z.string(),
  public: z.boolean(),
  anonymous: z.boolean(),
  status: OpinionStatus,
  statusText: z.string(),
  secondCount: z.number().int(),
  createdAt: Instant,
  mine: z.boolean(),
})

export const OpinionEvent = z.object({ at: Instant, text: z.string(), by: z.string() })

export const OpinionDetail = OpinionSummary.extend({
  text: z.string(),
  photoUrls: z.array(z.string()),
  answer: z.object({ text: z.string(), by: z.string(), at: Instant }).nullable(),
  forward: z.object({ center: ForwardTarget, centerName: z.string(), reference: z.string().nullable(), note: z.string(), at: Instant }).nullable(),
  agenda: z.object({ receptionId: Id, title: z.string(), cadreName: z.string(), note: z.string(), at: Instant }).nullable(),
  timeline: z.array(OpinionEvent),
  seconded: z.boolean(),
  canSecond: z.boolean(),
  /** staff only: what they may do now */
  canHandle: z.boolean(),
})

export const OpinionRef = z.strictObject({ opinionId: Id })
export const AnswerOpinionInput = z.strictObject({ opinionId: Id, text: text('答复', 1000) })
export const ForwardOpinionInput = z.strictObject({
  opinionId: Id,
  center: ForwardTarget,
  /** the owning center's case number (e.g. the 随手拍 report or the 代办 application), when staff filed one there */
  reference: optionalText('对方受理编号', 40),
  note: text('转交说明', 300),
})
export const AgendaOpinionInput = z.strictObject({ opinionId: Id, receptionId: Id, note: text('议程说明', 300) })

export const ListOpinionsInput = PageInput.extend({
  status: OpinionStatus.optional(),
  category: OpinionCategory.optional(),
  /** residents' view: the public ones (staff: every opinion, by the filters) */
  publicOnly: z.boolean().default(false),
})

// ---- 干群恳谈 --------------------------------------------------------------------------------------------------

export const PublishHoursInput = z.strictObject({
  /** changing one's published hours; missing: publish new ones */
  receptionId: Id.optional(),
  title: text('接待名称', 30),
  address: text('接待地点', 60),
  weekdays: z.array(z.number().int().min(1).max(7)).min(1, '请至少选择一天').max(7),
  start: Clock,
  end: Clock,
  slotMinutes: z.union([z.literal(15), z.literal(20), z.literal(30), z.literal(60)], { error: '每人时长可选 15、20、30 或 60 分钟' }),
})

export const Reception = z.object({
  id: Id,
  title: z.string(),
  cadreName: z.string(),
  address: z.string(),
  hoursText: z.string(),
  mine: z.boolean(),
})

export const ReceptionSlot = z.object({ time: Clock, start: Instant, state: z.enum(['open', 'full', 'closed', 'tooLate']) })
export const ReceptionSlots = z.object({
  reception: Reception,
  days: z.array(z.object({ day: Day, slots: z.array(ReceptionSlot) })),
})

export const BookReceptionInput = z.strictObject({
  receptionId: Id,
  day: Day,
  time: Clock,
  topic: text('想谈的事', 200),
  /** the resident's own opinion the talk is about */
  opinionId: Id.optional(),
})

export const ReceptionBooking = z.object({
  id: Id,
  title: z.string(),
  cadreName: z.string(),
  address: z.string(),
  day: Day,
  time: Clock,
  start: Instant,
  whenText: z.string(),
  topic: z.string(),
  status: z.enum(RECEPTION_STATUSES),
  statusText: z.string(),
  outcome: z.string().nullable(),
  canCancel: z.boolean(),
})

export const ReceptionBookingRef = z.strictObject({ bookingId: Id })
export const RecordReceptionInput = z
  .strictObject({
    bookingId: Id,
    attended: z.boolean({ error: '请选择居民是否到场' }),
    outcome: optionalText('恳谈结果', 1000),
  })
  .refine((r) => !r.attended || !!r.outcome, { message: '请写明恳谈结果，居民会看到', path: ['outcome'] })

export const ReceptionBoardInput = z.strictObject({ receptionId: Id, day: Day })
export const ReceptionBoard = z.object({
  reception: Reception,
  day: Day,
  talks: z.array(
    z.object({
      id: Id,
      time: Clock,
      who: z.string(),
      community: z.string(),
      topic: z.string(),
      status: z.enum(RECEPTION_STATUSES),
      statusText: z.string(),
      outcome: z.string().nullable(),
    }),
  ),
  /** opinions staff put on this reception's agenda */
  agenda: z.array(z.object({ opinionId: Id, title: z.string(), note: z.string(), status: OpinionStatus })),
})

export const voice = defineFunction(
  'voice',
  {
    submitOpinion: action(SubmitOpinionInput, OpinionDetail, { roles: ['resident'], submits: true }),
    myOpinions: action(PageInput, pageOf(OpinionSummary), { roles: ['resident'] }),
    getOpinion: action(OpinionRef, OpinionDetail, { roles: ['resident'] }),
    secondOpinion: action(OpinionRef, z.object({ secondCount: z.number().int(), seconded: z.literal(true) }), { roles: ['resident'] }),
    listOpinions: action(ListOpinionsInput, pageOf(OpinionSummary), { roles: ['resident'] }),
    answerOpinion: action(AnswerOpinionInput, OpinionDetail, { roles: ['centerStaff'], submits: true }),
    forwardOpinion: action(ForwardOpinionInput, OpinionDetail, { roles: ['centerStaff'], submits: true }),
    agendaOpinion: action(AgendaOpinionInput, OpinionDetail, { roles: ['centerStaff'], submits: true }),
    publishReceptionHours: action(PublishHoursInput, Reception, { roles: ['cadre'], submits: true }),
    listReceptions: action(z.strictObject({}), z.object({ items: z.array(Reception) }), { roles: 'anyone' }),
    receptionSlots: action(z.strictObject({ receptionId: Id }), ReceptionSlots, { roles: 'anyone' }),
    bookReception: action(BookReceptionInput, ReceptionBooking, { roles: ['resident'], submits: 'keyed' }),
    cancelReception: action(ReceptionBookingRef, ReceptionBooking, { roles: ['resident'], submits: true }),
    myReceptions: action(PageInput, pageOf(ReceptionBooking), { roles: ['resident'] }),
    receptionBoard: action(ReceptionBoardInput, ReceptionBoard, { roles: ['cadre', 'centerStaff'] }),
    recordReception: action(RecordReceptionInput, ReceptionBooking, { roles: ['cadre', 'centerStaff'], submits: true }),
  },
  { center: 'residents' },
)
