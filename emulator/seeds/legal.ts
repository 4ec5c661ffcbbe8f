/**
 * Demo data of 法律援助服务中心: the duty lawyers and the mediators residents choose from (a directory: their ids
 * are never openids), and a street's volume of consultations, aid applications and mediations.
 */
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'
import { CONSULT_CATEGORIES } from '@/shared/domain/legal/consultations'

export const LEGAL_PROVIDERS = [
  { _id: 'lawyer-zhou', openid: 'persona-lawyer-zhou', name: '周正', kind: 'lawyer', intro: '婚姻家庭、劳动争议，每周二、四值班', order: 1 },
  { _id: 'lawyer-qian', openid: 'persona-lawyer-qian', name: '钱立', kind: 'lawyer', intro: '房产物业、借贷纠纷，每周一、三、五值班', order: 2 },
  { _id: 'mediator-wu', openid: 'persona-mediator-wu', name: '吴桂英', kind: 'mediator', intro: '人民调解员，擅长邻里和家庭纠纷', order: 1 },
  { _id: 'mediator-he', openid: 'persona-mediator-he', name: '何建平', kind: 'mediator', intro: '人民调解员，擅长物业和消费纠纷', order: 2 },
]

/** The duty lawyers' reception room: two lawyers on duty each half hour (the windows of a slot). */
export const DUTY_ROOM = {
  _id: 'duty-room',
  name: '法律援助工作站 值班律师接待室',
  address: '黄河西路街道办事处二楼 203 室',
  rule: { weekdays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '11:30' }, { start: '14:00', end: '17:00' }], slotMinutes: 30, windows: 2 },
  policy: { minNoticeMinutes: 120, horizonDays: 14, cancelCutoffMinutes: 60, maxActivePerPerson: 2 },
  closures: [],
}

export function seedLegal(store: DocumentStore): void {
  store.insert('legal_providers', LEGAL_PROVIDERS)
  store.insert('legal_rooms', [DUTY_ROOM])
}

/** The demo: the directory, and one open matter of each kind for 王秀兰 so the detail pages have something to show. */
export function seed(store: DocumentStore, now: Date): void {
  seedLegal(store)
  // one open matter of each kind for 王秀兰, so the detail pages have something to show in the demo
  const asked = new Date(now.getTime() - 2 * 3_600_000)
  const wang = 'persona-resident-wang'
  store.insert('legal_consultations', [consultation('legal-consult-demo', wang, '王秀兰', 'waiting', asked, '儿子每月不给赡养费，我可以怎么办？')])
  store.insert('legal_aid', [aidApplication('legal-aid-demo', '援字〔2026〕示例1号', wang, '王秀兰', 'submitted', asked)])
  store.insert('legal_mediations', [mediation('legal-mediation-demo', '调字〔2026〕示例1号', wang, '王秀兰', 'persona-resident-li', '李建国', 'mediating', asked, '楼上漏水损坏了我家的吊顶，协商赔偿未果。')])
}


const DAY = 86_400_000

/** A year of consultations, aid applications and mediations at street volume (text is placeholder, never real). */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const consultations: Array<Record<string, unknown>> = []
  for (let i = 0; i < 3_000; i++) {
    const askedAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const status = pick(ctx.random, ['closed', 'closed', 'answered', 'waiting'] as const)
    consultations.push({ ...consultation(`vc-${i}`, pick(ctx.random, ctx.residents), '居民', status, askedAt, '（示例问题）'), category: pick(ctx.random, CONSULT_CATEGORIES) })
  }
  insertAll(store, 'legal_consultations', consultations)
  const aid: Array<Record<string, unknown>> = []
  for (let i = 0; i < 600; i++) {
    const submittedAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const status = pick(ctx.random, ['assigned', 'assigned', 'refused', 'submitted', 'complete'] as const)
    const dueAt = status === 'complete' ? new Date(submittedAt.getTime() + 9 * DAY) : null
    aid.push({
      ...aidApplication(`vl-${i}`, `援字〔示例〕${i}号`, pick(ctx.random, ctx.residents), '居民', status, submittedAt),
      matter: pick(ctx.random, ['wages', 'injury', 'support', 'family', 'damages'] as const),
      dueAt,
      dueKind: dueAt ? 'decision' : null,
      boardKey: dueAt ? `0${dueAt.toISOString()}` : `1${submittedAt.toISOString()}`,
    })
  }
  insertAll(store, 'legal_aid', aid)
  const mediations: Array<Record<string, unknown>> = []
  for (let i = 0; i < 900; i++) {
    const createdAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const status = pick(ctx.random, ['confirmed', 'confirmed', 'failed', 'refused', 'mediating'] as const)
    mediations.push(mediation(`vm-${i}`, `调字〔示例〕${i}号`, pick(ctx.random, ctx.residents), '居民', pick(ctx.random, ctx.residents), '居民', status, createdAt, '（示例纠纷）'))
  }
  insertAll(store, 'legal_mediations', mediations)
}

function consultation(_id: string, askerId: string, askerName: string, status: string, askedAt: Date, text: string) {
  return {
    _id,
    askerId,
    askerName,
    category: '婚姻家庭',
    status,
    messages: [{ from: 'asker', byName: '我', text, at: askedAt }],
    photos: [],
    lawyerId: status === 'waiting' ? null : 'persona-lawyer-zhou',
    lawyerName: status === 'waiting' ? null : '周正',
    rating: null,
    comment: null,
    askedAt,
    waitingSince: askedAt,
    updatedAt: askedAt,
  }
}

function aidApplication(_id: string, caseNo: string, subjectId: string, applicantName: string, status: string, submittedAt: Date) {
  return {
    _id,
    caseNo,
    subjectId,
    applicantName,
    idNumber: '11010519491231002X',
    phone: '13800000000',
    who: 'elderly',
    matter: 'support',
    stage: 'notFiled',
    summary: '（示例案情）',
    opposingName: '（示例）',
    opposingContact: null,
    noFixedIncome: false,
    hardship: null,
    materialFiles: [],
    missing: [],
    status,
    open: status === 'submitted' || status === 'complete',
    timeline: [{ at: submittedAt, text: '提交申请', by: '申请人', reason: null, missing: [] }],
    completeAt: status === 'complete' ? submittedAt : null,
    approvedAt: null,
    reviewRequestedAt: null,
    reviewedOnce: false,
    refusalReason: status === 'refused' ? '（示例理由）' : null,
    dueAt: null,
    dueKind: null,
    boardKey: `1${submittedAt.toISOString()}`,
    lawyerId: status === 'assigned' ? 'lawyer-zhou' : null,
    lawyerOpenid: status === 'assigned' ? 'persona-lawyer-zhou' : null,
    lawyerName: status === 'assigned' ? '周正' : null,
    submittedAt,
    updatedAt: submittedAt,
  }
}

function mediation(_id: string, caseNo: string, applicantId: string, applicantName: string, respondentId: string, respondentName: string, status: string, createdAt: Date, dispute: string) {
  return {
    _id,
    caseNo,
    level: 'people',
    status,
    open: status !== 'confirmed' && status !== 'refused',
    applicantId,
    applicantName,
    respondentId,
    respondentName,
    respondentPhone: '13800000000',
    parties: [applicantId, respondentId],
    inviteCode: null,
    dispute,
    preferredMediatorId: null,
    mediatorId: 'mediator-wu',
    mediatorOpenid: 'persona-mediator-wu',
    mediatorName: '吴桂英',
    isPublic: false,
    sessions: [],
    agreement: null,
    failureReason: null,
    refusalReason: null,
    judicialConfirmBy: null,
    history: [],
    createdAt,
    updatedAt: createdAt,
  }
}
