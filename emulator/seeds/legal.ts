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

/** What the seeder runs (see emulator/seeds/index.ts). */
export { seedLegal as seed }

const DAY = 86_400_000

/** A year of consultations, aid applications and mediations at street volume (text is placeholder, never real). */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const consultations: Array<Record<string, unknown>> = []
  for (let i = 0; i < 3_000; i++) {
    const askerId = pick(ctx.random, ctx.residents)
    const askedAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const status = pick(ctx.random, ['closed', 'closed', 'answered', 'waiting'] as const)
    consultations.push({
      _id: `vc-${i}`,
      askerId,
      askerName: '居民',
      category: pick(ctx.random, CONSULT_CATEGORIES),
      status,
      messages: [{ from: 'asker', byName: '我', text: '（示例问题）', at: askedAt }],
      photos: [],
      lawyerId: status === 'waiting' ? null : 'persona-lawyer-zhou',
      lawyerName: status === 'waiting' ? null : '周正',
      rating: null,
      comment: null,
      askedAt,
      waitingSince: askedAt,
      updatedAt: askedAt,
    })
  }
  insertAll(store, 'legal_consultations', consultations)
  const aid: Array<Record<string, unknown>> = []
  for (let i = 0; i < 600; i++) {
    const submittedAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const status = pick(ctx.random, ['assigned', 'assigned', 'refused', 'submitted', 'complete'] as const)
    const open = status === 'submitted' || status === 'complete'
    const dueAt = status === 'complete' ? new Date(submittedAt.getTime() + 9 * DAY) : null
    aid.push({
      _id: `vl-${i}`,
      caseNo: `援字〔示例〕${i}号`,
      subjectId: pick(ctx.random, ctx.residents),
      applicantName: '居民',
      idNumber: '11010519491231002X',
      phone: '13800000000',
      who: 'other',
      matter: pick(ctx.random, ['wages', 'injury', 'support', 'family', 'damages'] as const),
      stage: 'notFiled',
      summary: '（示例案情）',
      opposingName: '（示例）',
      opposingContact: null,
      noFixedIncome: false,
      hardship: null,
      materialFiles: [],
      missing: [],
      status,
      open,
      timeline: [{ at: submittedAt, text: '提交申请', by: '申请人', reason: null, missing: [] }],
      completeAt: status === 'complete' ? submittedAt : null,
      approvedAt: null,
      reviewRequestedAt: null,
      reviewedOnce: false,
      refusalReason: status === 'refused' ? '（示例理由）' : null,
      dueAt,
      dueKind: dueAt ? 'decision' : null,
      boardKey: dueAt ? `0${dueAt.toISOString()}` : `1${submittedAt.toISOString()}`,
      lawyerId: status === 'assigned' ? 'lawyer-zhou' : null,
      lawyerOpenid: status === 'assigned' ? 'persona-lawyer-zhou' : null,
      lawyerName: status === 'assigned' ? '周正' : null,
      submittedAt,
      updatedAt: submittedAt,
    })
  }
  insertAll(store, 'legal_aid', aid)
  const mediations: Array<Record<string, unknown>> = []
  for (let i = 0; i < 900; i++) {
    const createdAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const applicantId = pick(ctx.random, ctx.residents)
    const respondentId = pick(ctx.random, ctx.residents)
    const status = pick(ctx.random, ['confirmed', 'confirmed', 'failed', 'refused', 'mediating'] as const)
    mediations.push({
      _id: `vm-${i}`,
      caseNo: `调字〔示例〕${i}号`,
      level: 'people',
      status,
      open: status !== 'confirmed' && status !== 'refused',
      applicantId,
      applicantName: '居民',
      respondentId,
      respondentName: '居民',
      respondentPhone: '13800000000',
      parties: [applicantId, respondentId],
      inviteCode: null,
      dispute: '（示例纠纷）',
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
    })
  }
  insertAll(store, 'legal_mediations', mediations)
}
