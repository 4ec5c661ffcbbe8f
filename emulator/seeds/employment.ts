/**
 * Demo data of 创业就业服务中心: 黄海燕's property company, verified, with postings residents can find; a
 * registration waiting for staff. Illustrative only.
 */
import { pinyin } from 'pinyin-pro'
import { searchKey } from '@/shared/domain/employment/search'
import { endOfValidity } from '@/shared/domain/employment/postings'
import { COMMUNITIES } from '@/shared/domain/communities'
import { atShanghai, shanghaiDay } from '@/shared/time'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'

const initials = (t: string) => pinyin(t, { pattern: 'first', toneType: 'none', separator: '' })
const DAY = 86_400_000

function job(id: string, employer: { _id: string; ownerId: string; name: string; verifiedUntil: Date | null }, now: Date, over: Record<string, unknown>) {
  const validThroughDay = shanghaiDay(new Date(now.getTime() + 30 * DAY))
  const title = over.title as string
  const description = (over.description as string) ?? '按单位安排完成本岗位工作'
  return {
    _id: id,
    employerId: employer._id,
    ownerId: employer.ownerId,
    employerName: employer.name,
    employerVerifiedUntil: employer.verifiedUntil,
    description,
    education: '不限',
    experience: '身体健康，责任心强',
    employmentType: 'FULL_TIME',
    openings: 2,
    address: '黄河西路 88 号',
    community: '黄河西路第四社区',
    salaryMin: 2800,
    salaryMax: 3500,
    salaryUnit: 'MONTH',
    workHours: '周一至周六 8:00–17:00',
    validThroughDay,
    validThrough: endOfValidity(validThroughDay),
    tags: [],
    status: 'published',
    staffReason: null,
    datePosted: now,
    createdAt: now,
    updatedAt: now,
    ...over,
    searchKey: searchKey([title, employer.name, description], initials),
  }
}

/** Day N after `now`, at a Shanghai wall-clock time. */
const on = (now: Date, days: number, time: string) => atShanghai(atShanghai(shanghaiDay(now)).add(days, 'day').format('YYYY-MM-DD'), time).toDate()

/** 岗前培训: a course of this center, run by 创业之家服务社 through the activities engine (sign-up, waitlist, check-in). */
export function trainingCourse(now: Date) {
  return {
    _id: 'act-gangqian-baojie',
    orgId: 'org-chuangye-jia',
    orgName: '创业之家服务社',
    center: 'employment',
    brand: null,
    title: '岗前培训：物业保洁与安全操作',
    description: '面向 40/50 人员和失业登记人员的免费岗前培训，结业后推荐上岗。',
    address: '创业就业服务中心培训室',
    capacity: 2,
    placesLeft: 2,
    companionsAllowed: 0,
    audience: { minAge: null, maxAge: null, communities: [] },
    questions: [],
    venueCode: 'GQPX2026',
    startAt: on(now, 5, '09:00'),
    endAt: on(now, 5, '11:30'),
    signupOpensAt: on(now, -2, '09:00'),
    signupClosesAt: on(now, 4, '18:00'),
    cancelDeadline: on(now, 4, '12:00'),
    status: 'published',
    reviewNote: null,
    cancelReason: null,
    cover: null,
    latitude: null,
    longitude: null,
    createdBy: 'persona-staff-employment',
    createdAt: now,
    updatedAt: now,
  }
}

export function seed(store: DocumentStore, now: Date): void {
  store.insert('activities', [trainingCourse(now)])
  const verifiedAt = new Date(now.getTime() - 60 * DAY)
  const huang = {
    _id: 'employer-huanghe-wuye',
    ownerId: 'persona-employer-huang',
    name: '黄河西路物业服务有限公司',
    creditCode: '91440300708461136T',
    contactName: '黄海燕',
    contactPhone: '13900001234',
    address: '黄河西路 88 号',
    community: '黄河西路第四社区',
    licenseFile: 'cloud://local.bucket/uploads/employerLicense/00000000000000000000000000000000.jpg',
    status: 'verified',
    verifiedUntil: new Date(verifiedAt.getTime() + 182 * DAY),
    firstVerifiedAt: verifiedAt,
    refusedReason: null,
    submittedAt: verifiedAt,
    updatedAt: verifiedAt,
  }
  store.insert('employers', [huang])
  store.insert('jobs', [
    job('job-baojie', huang, now, { title: '招聘保洁员', description: '负责小区楼道、电梯厅日常保洁', tags: ['适合40/50人员', '就近就业'] }),
    job('job-baoan', huang, now, { title: '小区保安', description: '门岗值守、巡逻，四班三运转', tags: ['适合40/50人员'], salaryMin: 3200, salaryMax: 3800 }),
    job('job-kefu', huang, now, { title: '物业客服专员', description: '接待业主报修、缴费咨询', education: '大专', tags: ['适合应届生'], employmentType: 'FULL_TIME' }),
  ])
}

const TITLES = ['保洁员', '保安', '收银员', '配送员', '厨师', '面点师', '仓库管理员', '客服专员', '护理员', '维修电工', '绿化工', '导购']
const TAGS = ['适合应届生', '适合40/50人员', '就近就业', '残疾人友好']
const TYPES = ['FULL_TIME', 'FULL_TIME', 'FULL_TIME', 'PART_TIME', 'TEMPORARY', 'INTERN']
/** how a street's postings end: most run to their date, some are closed early, a few never leave draft or are taken down */
const ENDINGS = [...Array(16).fill('published'), 'closed', 'closed', 'draft', 'takenDown']

/** Pay as employers post it: mostly monthly, some by the day or the hour. */
function pay(random: () => number): { salaryMin: number; salaryMax: number; salaryUnit: string } {
  const unit = pick(random, ['MONTH', 'MONTH', 'MONTH', 'MONTH', 'DAY', 'HOUR'])
  const base = unit === 'MONTH' ? 2200 + Math.floor(random() * 30) * 100 : unit === 'DAY' ? 120 + Math.floor(random() * 10) * 10 : 18 + Math.floor(random() * 10)
  const spread = unit === 'MONTH' ? Math.floor(random() * 15) * 100 : Math.floor(random() * 4) * (unit === 'DAY' ? 10 : 2)
  return { salaryMin: base, salaryMax: base + spread, salaryUnit: unit }
}

/**
 * 150 employers and 1,500 postings over a year (most past their date; some closed, drafts, taken down), of every
 * type, pay unit and suitability: the listing still takes one indexed range whatever the filters. Each posting's
 * time is its own (to the millisecond), so the newest-first order is the same on every run.
 */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const employers: Array<Record<string, unknown>> = []
  const jobs: Array<Record<string, unknown>> = []
  for (let e = 0; e < 150; e++) {
    // one contact per employer (the owner index is unique): the street's first residents, or named ones
    const employer = { _id: `ve-${e}`, ownerId: ctx.residents[e] ?? `volume-employer-${e}`, name: `辖区用工单位 ${e + 1} 号`, verifiedUntil: new Date(ctx.now.getTime() + 90 * DAY) }
    employers.push({ ...employer, creditCode: `VOLUME${String(e).padStart(12, '0')}`, contactName: '联系人', contactPhone: '13900000000', address: '黄河西路', community: pick(ctx.random, COMMUNITIES), licenseFile: '', status: 'verified', firstVerifiedAt: new Date(ctx.now.getTime() - 200 * DAY), refusedReason: null, submittedAt: ctx.now, updatedAt: ctx.now })
    for (let k = 0; k < 10; k++) {
      const posted = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * 86_400) * 1000 - jobs.length)
      const day = shanghaiDay(new Date(posted.getTime() + (15 + Math.floor(ctx.random() * 46)) * DAY))
      const tags = [...new Set([pick(ctx.random, TAGS), ...(ctx.random() < 0.4 ? [pick(ctx.random, TAGS)] : [])])]
      const status = pick(ctx.random, ENDINGS)
      jobs.push(
        job(`vj-${e}-${k}`, employer, posted, {
          title: pick(ctx.random, TITLES),
          community: pick(ctx.random, COMMUNITIES),
          employmentType: pick(ctx.random, TYPES),
          ...pay(ctx.random),
          tags,
          validThroughDay: day,
          validThrough: endOfValidity(day),
          status,
          datePosted: status === 'draft' ? null : posted,
          staffReason: status === 'takenDown' ? '经核实收取押金' : null,
        }),
      )
    }
  }
  insertAll(store, 'employers', employers)
  insertAll(store, 'jobs', jobs)
}
