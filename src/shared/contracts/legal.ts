/** 法律援助服务中心: private consultations, the guided eligibility check, legal-aid applications, linked mediation. */
import * as z from 'zod'
import { AID_STATUSES } from '../domain/legal/aid'
import { LAWYER_BOOKING_STATUSES } from '../domain/legal/bookings'
import { CONSULT_CATEGORIES, CONSULT_STATUSES } from '../domain/legal/consultations'
import { MATTERS, STAGES, WHO } from '../domain/legal/eligibility'
import { isValidIdNumber } from '../domain/legal/id-number'
import { MEDIATION_LEVELS, MEDIATION_STATUSES } from '../domain/legal/mediation'
import { Done, Id, Instant, MobilePhone, optionalText, PageInput, PersonName, pageOf, text } from './common'
import { action, defineFunction } from './define'

const keysOf = <T extends Record<string, string>>(o: T) => Object.keys(o) as [keyof T & string, ...Array<keyof T & string>]
const Day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
const FileId = z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, '文件地址不正确')

export const ConsultCategory = z.enum(CONSULT_CATEGORIES, { error: '请选择问题类别' })
export const WhoSchema = z.enum(keysOf(WHO), { error: '请选择人员类别' })
export const MatterSchema = z.enum(keysOf(MATTERS), { error: '请选择问题类型' })
export const StageSchema = z.enum(keysOf(STAGES), { error: '请选择进展阶段' })
export const IdNumber = z
  .string({ error: '请填写身份证号' })
  .trim()
  .toUpperCase()
  .refine(isValidIdNumber, { message: '身份证号不正确，请核对后重新填写' })

// ---- consultation -------------------------------------------------------------------------------------------

export const ConsultMessage = z.object({ from: z.enum(['asker', 'lawyer']), byName: z.string(), text: z.string(), at: Instant })

export const ConsultSummary = z.object({
  id: Id,
  category: ConsultCategory,
  /** the category only (法律咨询（婚姻家庭）), never the question */
  title: z.string(),
  status: z.enum(CONSULT_STATUSES),
  statusText: z.string(),
  askedAt: Instant,
  waitingSince: Instant,
  /** waiting for a lawyer more than a day */
  flagged: z.boolean(),
  lawyerName: z.string().nullable(),
})

export const ConsultDetail = ConsultSummary.extend({
  messages: z.array(ConsultMessage),
  photoUrls: z.array(z.string()),
  rating: z.number().int().nullable(),
  /** what the viewer may do now */
  mine: z.boolean(),
  canAnswer: z.boolean(),
  canFollowUp: z.boolean(),
  canClose: z.boolean(),
  canRate: z.boolean(),
})

export const AskQuestionInput = z.strictObject({
  category: ConsultCategory,
  text: text('问题描述', 1000),
  photos: z.array(FileId).max(6, '照片最多 6 张').default([]),
})
export const ConsultRef = z.strictObject({ consultationId: Id })
export const ConsultReply = z.strictObject({ consultationId: Id, text: text('内容', 1000) })
export const RateInput = z.strictObject({
  consultationId: Id,
  rating: z.number({ error: '请选择评分' }).int().min(1, '请选择 1–5 星').max(5, '请选择 1–5 星'),
  comment: optionalText('评价', 200),
})

// ---- eligibility ---------------------------------------------------------------------------------------------

export const EligibilityInput = z.strictObject({ who: WhoSchema, matter: MatterSchema, stage: StageSchema })
export const EligibilityResult = z.object({
  hardship: z.enum(['exempt', 'ifNoIncome', 'required']),
  hardshipText: z.string(),
  route: z.enum(['aid', 'mediation', 'consultation']),
  routeText: z.string(),
})

// ---- legal-aid applications ------------------------------------------------------------------------------------

export const Hardship = z.strictObject({
  householdSize: z.number({ error: '请填写家庭人口' }).int().min(1, '家庭人口至少 1 人').max(20),
  monthlyIncome: z.number({ error: '请填写家庭月收入' }).int().min(0).max(1_000_000),
  statement: text('经济困难说明', 500),
})

export const ApplyAidInput = z
  .strictObject({
    name: PersonName,
    idNumber: IdNumber,
    phone: MobilePhone,
    who: WhoSchema,
    matter: MatterSchema,
    stage: StageSchema,
    summary: text('案情简述', 1000),
    opposingName: text('对方姓名或单位名称', 50),
    opposingContact: optionalText('对方联系方式或地址', 100),
    /** 无固定生活来源: the elderly, disabled and minors are then exempt from the hardship check */
    noFixedIncome: z.boolean().default(false),
    hardship: Hardship.optional(),
    materialFiles: z.array(FileId).max(9, '材料照片最多 9 张').default([]),
    /** resubmitting a returned application */
    applicationId: Id.optional(),
  })

export const AidTimelineEntry = z.object({ at: Instant, text: z.string(), by: z.string(), reason: z.string().nullable(), missing: z.array(z.string()) })

export const AidSummary = z.object({
  id: Id,
  caseNo: z.string(),
  applicantName: z.string(),
  maskedIdNumber: z.string(),
  matterText: z.string(),
  status: z.enum(AID_STATUSES),
  statusText: z.string(),
  submittedAt: Instant,
  /** the running deadline (decision or assignment) and whether it has passed */
  dueAt: Instant.nullable(),
  dueText: z.string().nullable(),
  overdue: z.boolean(),
  lawyerName: z.string().nullable(),
})

export const AidDetail = AidSummary.extend({
  /** in full only for the center's staff and the assigned lawyer; masked for everyone else */
  idNumber: z.string(),
  phone: z.string(),
  who: WhoSchema,
  matter: MatterSchema,
  stage: StageSchema,
  summary: z.string(),
  opposingName: z.string(),
  opposingContact: z.string().nullable(),
  noFixedIncome: z.boolean(),
  hardship: Hardship.nullable(),
  materialUrls: z.array(z.string()),
  materialFiles: z.array(z.string()),
  missing: z.array(z.string()),
  refusalReason: z.string().nullable(),
  timeline: z.array(AidTimelineEntry),
  /** for the resident: the date by which they will hear back */
  hearBackText: z.string().nullable(),
  canRequestReview: z.boolean(),
})

export const AidRef = z.strictObject({ applicationId: Id })
export const ReviewAidInput = z
  .strictObject({
    applicationId: Id,
    decision: z.enum(['accept', 'return'], { error: '请选择审查意见' }),
    missing: z.array(text('缺少的材料', 40)).max(10).default([]),
    reason: optionalText('说明', 200),
  })
  .refine((r) => r.decision !== 'return' || r.missing.length > 0, { message: '退回时请列出缺少的材料', path: ['missing'] })
export const DecideAidInput = z
  .strictObject({ applicationId: Id, decision: z.enum(['approve', 'refuse'], { error: '请选择决定' }), reason: optionalText('理由', 500) })
  .refine((r) => r.decision !== 'refuse' || !!r.reason, { message: '不予法律援助须书面说明理由', path: ['reason'] })
export const AssignLawyerInput = z.strictObject({ applicationId: Id, lawyerId: Id })
export const RequestReviewInput = z.strictObject({ applicationId: Id, reason: text('复核理由', 500) })

// ---- mediation --------------------------------------------------------------------------------------------------

export const Session = z.object({ at: Instant, place: z.string() })
export const Agreement = z.object({ terms: z.string(), performance: z.string(), recordedAt: Instant, confirmedBy: z.array(z.enum(['applicant', 'respondent'])) })

export const MediationSummary = z.object({
  id: Id,
  caseNo: z.string(),
  level: z.enum(MEDIATION_LEVELS),
  levelText: z.string(),
  status: z.enum(MEDIATION_STATUSES),
  statusText: z.string(),
  applicantName: z.string(),
  respondentName: z.string(),
  mediatorName: z.string().nullable(),
  isPublic: z.boolean(),
  updatedAt: Instant,
})

export const MediationDetail = MediationSummary.extend({
  dispute: z.string(),
  /** masked except for the center's staff and the assigned mediator */
  respondentPhone: z.string(),
  /** the code the applicant passes to the other party (only the applicant sees it, while invited) */
  inviteCode: z.string().nullable(),
  sessions: z.array(Session),
  agreement: Agreement.nullable(),
  failureReason: z.string().nullable(),
  refusalReason: z.string().nullable(),
  judicialConfirmBy: Instant.nullable(),
  /** when a party or the center recorded that 司法确认 was applied for (no reminder is sent then) */
  judicialAppliedAt: Instant.nullable(),
  history: z.array(z.object({ at: Instant, level: z.enum(MEDIATION_LEVELS), text: z.string(), by: z.string() })),
  role: z.enum(['applicant', 'respondent', 'mediator', 'staff']),
  canRespond: z.boolean(),
  canConfirm: z.boolean(),
  canEscalate: z.boolean(),
  /** a party or staff may record that 司法确认 was applied for */
  canRecordJudicial: z.boolean(),
})

export const ApplyMediationInput = z.strictObject({
  dispute: text('纠纷情况', 1000),
  otherName: PersonName,
  otherPhone: MobilePhone,
  /** a mediator from the list, or none: the center chooses */
  mediatorId: Id.optional(),
  isPublic: z.boolean().default(false),
})
export const RespondMediationInput = z
  .strictObject({
    /** the other party, with the code they were given */
    code: z.string().trim().toUpperCase().regex(/^[A-Z2-9]{6}$/, '邀请码为 6 位字母或数字').optional(),
    /** staff recording consent taken offline */
    mediationId: Id.optional(),
    accept: z.boolean({ error: '请选择是否同意调解' }),
    reason: optionalText('理由', 200),
  })
  .refine((r) => !!r.code !== !!r.mediationId, { message: '请填写邀请码', path: ['code'] })
  .refine((r) => r.accept || !!r.reason, { message: '不同意调解请说明理由', path: ['reason'] })
export const MediationRef = z.strictObject({ mediationId: Id })
export const AssignMediatorInput = z.strictObject({ mediationId: Id, mediatorId: Id })
export const ScheduleInput = z.strictObject({ mediationId: Id, at: Instant, place: text('调解地点', 60) })
export const OutcomeInput = z
  .strictObject({
    mediationId: Id,
    outcome: z.enum(['agreement', 'failure'], { error: '请选择调解结果' }),
    terms: optionalText('协议内容', 1000),
    performance: optionalText('履行方式和期限', 300),
    reason: optionalText('未成功的原因', 300),
  })
  .refine((o) => o.outcome !== 'agreement' || (!!o.terms && !!o.performance), { message: '请写明协议内容和履行方式、期限', path: ['terms'] })
  .refine((o) => o.outcome !== 'failure' || !!o.reason, { message: '请说明调解未成功的原因', path: ['reason'] })

// ---- in-person consultation with the duty lawyer (the kernel's slot booking) --------------------------------------

const Clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式应为 HH:mm')
export const DutySlot = z.object({ time: Clock, start: Instant, state: z.enum(['open', 'full', 'closed', 'tooLate']), available: z.number().int() })
export const DutySlots = z.object({
  room: z.object({ id: Id, name: z.string(), address: z.string() }),
  slotMinutes: z.number().int(),
  days: z.array(z.object({ day: Day, closedReason: z.string().nullable(), slots: z.array(DutySlot) })),
})
export const LawyerBooking = z.object({
  id: Id,
  roomName: z.string(),
  address: z.string(),
  day: Day,
  time: Clock,
  start: Instant,
  category: ConsultCategory,
  status: z.enum(LAWYER_BOOKING_STATUSES),
  statusText: z.string(),
  canCancel: z.boolean(),
})
export const BookLawyerInput = z.strictObject({ roomId: Id, day: Day, time: Clock, category: ConsultCategory })
export const LawyerBookingRef = z.strictObject({ bookingId: Id })
export const DutyBoardInput = z.strictObject({ roomId: Id, day: Day })
export const DutyEntry = z.object({
  id: Id,
  time: Clock,
  who: z.string(),
  title: z.string(),
  status: z.enum(LAWYER_BOOKING_STATUSES),
  statusText: z.string(),
  /** staff may record 已面谈 / 未到 now */
  canMarkDone: z.boolean(),
  canMarkNoShow: z.boolean(),
})
export const DutyBoard = z.object({ day: Day, entries: z.array(DutyEntry) })
export const MarkLawyerBookingInput = z.strictObject({ bookingId: Id, outcome: z.enum(['done', 'noShow'], { error: '请选择已面谈或未到' }) })

// ---- staff -----------------------------------------------------------------------------------------------------

export const Provider = z.object({ id: Id, name: z.string(), kind: z.enum(['lawyer', 'mediator']), intro: z.string() })

export const CaseRow = z.object({
  kind: z.enum(['consultation', 'aid', 'mediation']),
  id: Id,
  title: z.string(),
  who: z.string(),
  statusText: z.string(),
  at: Instant,
  dueText: z.string().nullable(),
  flagged: z.boolean(),
})
export const ListCasesInput = PageInput.extend({ kind: z.enum(['consultation', 'aid', 'mediation']).default('aid') })

export const AccessLogEntry = z.object({
  at: Instant,
  staffName: z.string(),
  action: z.string(),
  kind: z.enum(['consultation', 'aid', 'mediation']),
  caseId: Id,
  /** the case number (or a consultation's category), never the person */
  caseLabel: z.string(),
})
/** one case's reads, or (no caseId) every case's, the latest first */
export const AccessLogInput = PageInput.extend({ caseId: Id.optional() })

export const WorkdayCorrections = z.object({ corrections: z.array(z.object({ day: Day, kind: z.enum(['work', 'off']) })) })
export const SetWorkdaysInput = z.strictObject({
  corrections: z.array(z.strictObject({ day: Day, kind: z.enum(['work', 'off'], { error: '请选择上班或休息' }) })).max(200),
})

export const legal = defineFunction(
  'legal',
  {
    askQuestion: action(AskQuestionInput, ConsultDetail, { roles: ['resident'], submits: 'keyed' }),
    myConsultations: action(PageInput, pageOf(ConsultSummary), { roles: ['resident'] }),
    getConsultation: action(ConsultRef, ConsultDetail, { roles: ['resident'] }),
    answerConsultation: action(ConsultReply, ConsultDetail, { roles: ['lawyer'], submits: 'keyed', rolesInRead: true }),
    followUp: action(ConsultReply, ConsultDetail, { roles: ['resident'], submits: 'keyed' }),
    closeConsultation: action(ConsultRef, ConsultDetail, { roles: ['resident'], submits: 'keyed' }),
    rateConsultation: action(RateInput, ConsultDetail, { roles: ['resident'], submits: 'keyed' }),
    checkEligibility: action(EligibilityInput, EligibilityResult, { roles: 'anyone' }),
    applyAid: action(ApplyAidInput, AidDetail, { roles: ['resident'], submits: 'keyed' }),
    myAidApplications: action(PageInput, pageOf(AidSummary), { roles: ['resident'] }),
    getAidApplication: action(AidRef, AidDetail, { roles: ['resident'] }),
    reviewAid: action(ReviewAidInput, AidDetail, { roles: ['centerStaff'], submits: 'keyed', rolesInRead: true }),
    decideAid: action(DecideAidInput, AidDetail, { roles: ['centerStaff'], submits: 'keyed', rolesInRead: true }),
    requestAidReview: action(RequestReviewInput, AidDetail, { roles: ['resident'], submits: 'keyed' }),
    assignLawyer: action(AssignLawyerInput, AidDetail, { roles: ['centerStaff'], submits: 'keyed', rolesInRead: true }),
    applyMediation: action(ApplyMediationInput, MediationDetail, { roles: ['resident'], submits: 'keyed' }),
    respondMediation: action(RespondMediationInput, MediationDetail, { roles: ['resident'], submits: 'keyed' }),
    myMediations: action(PageInput, pageOf(MediationSummary), { roles: ['resident'] }),
    getMediation: action(MediationRef, MediationDetail, { roles: ['resident'] }),
    assignMediator: action(AssignMediatorInput, MediationDetail, { roles: ['centerStaff'], submits: 'keyed', rolesInRead: true }),
    scheduleSession: action(ScheduleInput, MediationDetail, { roles: ['centerStaff', 'mediator'], submits: 'keyed', rolesInRead: true }),
    recordOutcome: action(OutcomeInput, MediationDetail, { roles: ['centerStaff', 'mediator'], submits: 'keyed', rolesInRead: true }),
    confirmAgreement: action(MediationRef, MediationDetail, { roles: ['resident'], submits: 'keyed' }),
    escalateMediation: action(MediationRef, MediationDetail, { roles: ['resident'], submits: 'keyed' }),
    recordJudicialApplication: action(MediationRef, MediationDetail, { roles: ['resident'], submits: 'keyed' }),
    listDutySlots: action(z.strictObject({ roomId: Id }), DutySlots, { roles: 'anyone' }),
    bookLawyer: action(BookLawyerInput, LawyerBooking, { roles: ['resident'], submits: 'keyed' }),
    cancelLawyerBooking: action(LawyerBookingRef, LawyerBooking, { roles: ['resident'], submits: 'keyed' }),
    myLawyerBookings: action(PageInput, pageOf(LawyerBooking), { roles: ['resident'] }),
    dutyBoard: action(DutyBoardInput, DutyBoard, { roles: ['centerStaff', 'lawyer'] }),
    markLawyerBooking: action(MarkLawyerBookingInput, DutyEntry, { roles: ['centerStaff', 'lawyer'], submits: 'keyed', rolesInRead: true }),
    listProviders: action(z.strictObject({ kind: z.enum(['lawyer', 'mediator']) }), z.object({ items: z.array(Provider) }), { roles: 'anyone' }),
    listCases: action(ListCasesInput, pageOf(CaseRow), { roles: ['centerStaff', 'lawyer', 'mediator'] }),
    caseAccessLog: action(AccessLogInput, pageOf(AccessLogEntry), { roles: ['admin'] }),
    workdayCorrections: action(z.strictObject({}), WorkdayCorrections, { roles: ['centerStaff'] }),
    setWorkdayCorrections: action(SetWorkdaysInput, Done, { roles: ['centerStaff'], submits: 'keyed' }),
  },
  { center: 'legal' },
)
