/** 居民服务中心: 社情民意 (opinions and demands), 干群恳谈 (talks with cadres), 居民议事 (residents' deliberation). */
import * as z from 'zod'
import { FORWARD_TARGETS, OPINION_CATEGORIES, OPINION_KINDS, OPINION_STATUSES } from '../domain/voice/opinions'
import { TOPIC_STEPS } from '../domain/voice/deliberation'
import { RECEPTION_STATUSES } from '../domain/voice/receptions'
import { CommunityName, Done, Id, Instant, optionalText, PageInput, pageOf, text } from './common'
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
  /** the reception's weekdays (1 = 周一 … 7 = 周日): the cadre opens past ones to record a talk afterwards */
  weekdays: z.array(z.number().int().min(1).max(7)),
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


// ---- 居民议事 ---------------------------------------------------------------------------------------------------

export const TopicStep = z.enum(TOPIC_STEPS)
export const ScopeKind = z.enum(['community', 'building'], { error: '请选择议题范围' })
const Building = z.string().trim().regex(/^\d{1,3}号楼$/, '楼栋格式如 3号楼')
export const MAX_PROGRESS_PHOTOS = 6

export const Verification = z.object({
  /** the badge: verified by community staff */
  verified: z.boolean(),
  community: z.string().nullable(),
  building: z.string().nullable(),
  /** waiting for staff, or refused with the reason */
  pending: z.boolean(),
  refusal: z.string().nullable(),
})
export const VerificationRow = z.object({ id: Id, name: z.string(), community: z.string(), address: z.string(), askedAt: Instant })
export const VerifyAddressInput = z
  .strictObject({ verificationId: Id, approve: z.boolean({ error: '请选择是否通过' }), reason: optionalText('不通过的原因', 100) })
  .refine((v) => v.approve || !!v.reason, { message: '不通过时请说明原因', path: ['reason'] })

export const ProposeTopicInput = z
  .strictObject({
    title: text('议题', 40),
    body: text('议题说明', 1000),
    scope: ScopeKind,
    /** the council (staff) names where; a resident's topic is in their own verified community or building */
    community: CommunityName.optional(),
    building: Building.optional(),
  })

export const TopicSummary = z.object({
  id: Id,
  title: z.string(),
  scopeText: z.string(),
  step: TopicStep,
  stepText: z.string(),
  supportCount: z.number().int(),
  threshold: z.number().int(),
  progress: z.number().int(),
  byCouncil: z.boolean(),
  updatedAt: Instant,
})

export const TopicDetail = TopicSummary.extend({
  body: z.string(),
  proposer: z.string(),
  gatherUntil: Instant,
  comments: z.array(z.object({ by: z.string(), text: z.string(), at: Instant })),
  council: z.object({ at: Instant, place: z.string(), agenda: z.string(), attendance: z.array(z.string()), minutes: z.string().nullable() }).nullable(),
  resolution: z
    .object({ decision: z.string(), reasons: z.string(), accepted: z.boolean(), needsVote: z.boolean(), publishedAt: Instant, noticeUntil: Instant, objectionCount: z.number().int() })
    .nullable(),
  /** staff only: the objections' reasons (never who) */
  objections: z.array(z.object({ text: z.string(), at: Instant })),
  vote: z
    .object({
      question: z.string(),
      options: z.array(z.object({ key: z.string(), label: z.string() })),
      perHousehold: z.boolean(),
      closesAt: Instant,
      state: z.enum(['none', 'open', 'closed']),
      ballotCount: z.number().int(),
    })
    .nullable(),
  tasks: z.array(z.object({ id: z.string(), title: z.string(), owner: z.string(), dueDay: z.string(), done: z.boolean() })),
  updates: z.array(z.object({ at: Instant, text: z.string(), percent: z.number().int(), photoUrls: z.array(z.string()) })),
  rating: z.object({ count: z.number().int(), average: z.number().nullable() }),
  /** the viewer */
  inScope: z.boolean(),
  staff: z.boolean(),
  supported: z.boolean(),
  objected: z.boolean(),
  rated: z.boolean(),
  /** the receipt of the viewer's (household's) ballot: proof it was counted, never what was chosen */
  ballotReceipt: z.string().nullable(),
  can: z.object({ support: z.boolean(), comment: z.boolean(), object: z.boolean(), vote: z.boolean(), rate: z.boolean() }),
})

export const TopicRef = z.strictObject({ topicId: Id })
export const ListTopicsInput = PageInput.extend({ step: TopicStep.optional() })
export const CommentTopicInput = z.strictObject({ topicId: Id, text: text('意见', 300) })
export const ScheduleCouncilInput = z.strictObject({ topicId: Id, at: Instant, place: text('会议地点', 60), agenda: text('会议议程', 500) })
export const RecordMinutesInput = z.strictObject({
  topicId: Id,
  attendance: z.array(text('参会人', 20)).min(1, '请填写参会人').max(60),
  minutes: text('会议纪要', 2000),
})
export const PublishResolutionInput = z.strictObject({
  topicId: Id,
  decision: text('决议内容', 1000),
  reasons: text('理由', 1000),
  accepted: z.boolean({ error: '请选择是否通过' }),
  needsVote: z.boolean().default(false),
})
export const ObjectResolutionInput = z.strictObject({ topicId: Id, text: text('异议', 300) })
export const OpenVoteInput = z.strictObject({
  topicId: Id,
  question: text('表决事项', 100),
  options: z.array(text('选项', 30)).min(2, '至少两个选项').max(6, '最多六个选项'),
  perHousehold: z.boolean({ error: '请选择每户一票还是每人一票' }),
  closesAt: Instant,
})
export const CastVoteInput = z.strictObject({ topicId: Id, option: z.string().regex(/^o[1-6]$/, '请选择一个选项') })
export const VoteResults = z.object({
  state: z.enum(['none', 'open', 'closed']),
  question: z.string(),
  perHousehold: z.boolean(),
  closesAt: Instant,
  ballotCount: z.number().int(),
  /** totals once the vote has closed (null while it runs): never who chose what */
  totals: z.array(z.object({ key: z.string(), label: z.string(), count: z.number().int() })).nullable(),
  /** the viewer's (household's) receipt, when a ballot of theirs was counted */
  myReceipt: z.string().nullable(),
  counted: z.boolean(),
})
export const AddTaskInput = z.strictObject({ topicId: Id, title: text('任务', 60), owner: text('负责人', 30), dueDay: Day })
export const UpdateTaskInput = z.strictObject({
  topicId: Id,
  taskId: z.string().regex(/^t\d{1,3}$/, '任务编号不正确'),
  note: text('进展说明', 500),
  done: z.boolean().default(false),
  photos: z.array(FileId).max(MAX_PROGRESS_PHOTOS, `最多 ${MAX_PROGRESS_PHOTOS} 张照片`).default([]),
})
export const RateOutcomeInput = z.strictObject({ topicId: Id, score: z.number({ error: '请选择评分' }).int().min(1, '请选择 1–5 分').max(5, '请选择 1–5 分') })

export const voice = defineFunction(
  'voice',
  {
    submitOpinion: action(SubmitOpinionInput, OpinionDetail, { roles: ['resident'], submits: true }),
    myOpinions: action(PageInput, pageOf(OpinionSummary), { roles: ['resident'] }),
    getOpinion: action(OpinionRef, OpinionDetail, { roles: ['resident'] }),
    secondOpinion: action(OpinionRef, z.object({ secondCount: z.number().int(), seconded: z.literal(true) }), { roles: ['resident'] }),
    listOpinions: action(ListOpinionsInput, pageOf(OpinionSummary), { roles: ['resident'] }),
    exportOpinions: action(ListOpinionsInput.omit({ page: true, pageSize: true, publicOnly: true }), z.object({ url: z.string(), rows: z.number().int() }), { roles: ['centerStaff'] }),
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
    myVerification: action(z.strictObject({}), Verification, { roles: ['resident'] }),
    askVerification: action(z.strictObject({}), Verification, { roles: ['resident'], submits: true }),
    listVerifications: action(PageInput, pageOf(VerificationRow), { roles: ['centerStaff'] }),
    verifyAddress: action(VerifyAddressInput, Done, { roles: ['centerStaff'], submits: true }),
    proposeTopic: action(ProposeTopicInput, TopicDetail, { roles: ['resident'], submits: true }),
    listTopics: action(ListTopicsInput, pageOf(TopicSummary), { roles: ['resident'] }),
    getTopic: action(TopicRef, TopicDetail, { roles: ['resident'] }),
    supportTopic: action(TopicRef, z.object({ supportCount: z.number().int(), supported: z.literal(true) }), { roles: ['resident'] }),
    commentTopic: action(CommentTopicInput, TopicDetail, { roles: ['resident'], submits: true }),
    scheduleCouncil: action(ScheduleCouncilInput, TopicDetail, { roles: ['centerStaff'], submits: true }),
    recordMinutes: action(RecordMinutesInput, TopicDetail, { roles: ['centerStaff'], submits: true }),
    publishResolution: action(PublishResolutionInput, TopicDetail, { roles: ['centerStaff'], submits: true }),
    objectResolution: action(ObjectResolutionInput, TopicDetail, { roles: ['resident'], submits: true }),
    openVote: action(OpenVoteInput, TopicDetail, { roles: ['centerStaff'], submits: true }),
    castVote: action(CastVoteInput, z.object({ receipt: z.string() }), { roles: ['resident'] }),
    voteResults: action(TopicRef, VoteResults, { roles: ['resident'] }),
    addTask: action(AddTaskInput, TopicDetail, { roles: ['centerStaff'], submits: true }),
    updateTask: action(UpdateTaskInput, TopicDetail, { roles: ['centerStaff'], submits: true }),
    rateOutcome: action(RateOutcomeInput, TopicDetail, { roles: ['resident'] }),
  },
  { center: 'residents' },
)
