/**
 * Job postings (网络招聘信息发布规范; fields after schema.org JobPosting). Pure rules: what a posting must state,
 * how long it may run, the words it may not contain, and the moves of an application.
 */
import { inShanghai } from '../../time'

export const EMPLOYMENT_TYPES = ['FULL_TIME', 'PART_TIME', 'TEMPORARY', 'INTERN'] as const
export type EmploymentType = (typeof EMPLOYMENT_TYPES)[number]
export const EMPLOYMENT_TYPE_TEXT: Record<EmploymentType, string> = { FULL_TIME: '全职', PART_TIME: '兼职', TEMPORARY: '临时', INTERN: '实习' }

export const SALARY_UNITS = ['HOUR', 'DAY', 'MONTH'] as const
export type SalaryUnit = (typeof SALARY_UNITS)[number]
export const SALARY_UNIT_TEXT: Record<SalaryUnit, string> = { HOUR: '元/小时', DAY: '元/天', MONTH: '元/月' }

export const EDUCATION_LEVELS = ['不限', '初中', '高中/中专', '大专', '本科', '研究生'] as const
export type Education = (typeof EDUCATION_LEVELS)[number]

export const SUITABILITY_TAGS = ['适合应届生', '适合40/50人员', '就近就业', '残疾人友好'] as const
export type SuitabilityTag = (typeof SUITABILITY_TAGS)[number]

export const MAX_VALID_DAYS = 60

export const JOB_STATUSES = ['draft', 'reviewing', 'published', 'closed', 'takenDown', 'refused'] as const
export type JobStatus = (typeof JOB_STATUSES)[number]
export const JOB_STATUS_TEXT: Record<JobStatus, string> = {
  draft: '草稿',
  reviewing: '待中心审核',
  published: '招聘中',
  closed: '已结束招聘',
  takenDown: '已被中心下架',
  refused: '审核未通过',
}

/** What a listed posting shows as its state: a published one past its date reads as expired. */
export function jobStatusText(status: JobStatus, validThrough: Date, now: Date): string {
  if (status === 'published' && validThrough.getTime() <= now.getTime()) return '已过期'
  return JOB_STATUS_TEXT[status]
}

export function salaryText(min: number, max: number, unit: SalaryUnit): string {
  return min === max ? `${min} ${SALARY_UNIT_TEXT[unit]}` : `${min}–${max} ${SALARY_UNIT_TEXT[unit]}`
}

/** The end of the Shanghai day `day` (YYYY-MM-DD): a posting valid through a day is listed all that day. */
export function endOfValidity(day: string): Date {
  return inShanghai(`${day}T00:00:00+08:00`).add(1, 'day').toDate()
}

export interface PostingFacts {
  employerName: string
  title: string
  description: string
  education: Education
  experience: string
  openings: number
  address: string
  community: string
  salaryMin: number
  salaryMax: number
  /** last day listed, YYYY-MM-DD in Shanghai */
  validThrough: string
}

/** Every field the rule names (employer, openings, requirements, duties, location, basic pay, validity) and the 60-day limit. */
export function missingFacts(p: PostingFacts, now: Date): Record<string, string> {
  const fields: Record<string, string> = {}
  if (!p.employerName.trim()) fields.employerName = '请先登记用人单位'
  if (!p.title.trim()) fields.title = '请填写岗位名称'
  if (!p.description.trim()) fields.description = '请写明岗位职责'
  if (!p.experience.trim()) fields.experience = '请写明任职要求（经验、技能）'
  if (!(p.openings >= 1)) fields.openings = '请填写招聘人数'
  if (!p.address.trim()) fields.address = '请填写工作地点'
  if (!p.community.trim()) fields.community = '请选择所在社区'
  if (!(p.salaryMin > 0)) fields.salaryMin = '请填写基本工资（不能为面议）'
  if (p.salaryMax < p.salaryMin) fields.salaryMax = '最高工资不能低于最低工资'
  const ends = /^\d{4}-\d{2}-\d{2}$/.test(p.validThrough) ? endOfValidity(p.validThrough) : null
  const limit = inShanghai(now).startOf('day').add(MAX_VALID_DAYS + 1, 'day').toDate()
  if (!ends) fields.validThrough = '请选择有效期'
  else if (ends.getTime() <= now.getTime()) fields.validThrough = '有效期应在今天或以后'
  else if (ends.getTime() > limit.getTime()) fields.validThrough = `有效期最长 ${MAX_VALID_DAYS} 天`
  return fields
}

export const VIOLATION_KINDS = ['discrimination', 'fee', 'trainingLoan', 'bait'] as const
export type ViolationKind = (typeof VIOLATION_KINDS)[number]
export const VIOLATION_TEXT: Record<ViolationKind, string> = {
  discrimination: '含有民族、性别、宗教、户籍或地域歧视',
  fee: '向求职者收取费用或押金',
  trainingLoan: '以招聘名义招生培训（招转培、培训贷）',
  bait: '以保证高薪等不实承诺诱导求职',
}

/** Phrases that say the opposite of a banned one ("不收押金", "男女不限"): removed before the check. */
const HARMLESS = [
  /男女不限|性别不限|不限男女|不限性别/g,
  /不限(?:民族|户籍|户口|地域|籍贯|宗教)/g,
  /(?:民族|户籍|户口|地域|籍贯)不限/g,
  /(?:不|无需|无须|不会|不需|绝不|从不|免)(?:收取?|交纳?|缴纳?|支付)?(?:任何)?[\u4e00-\u9fa5]{0,4}?(?:费用?|押金|保证金)/g,
  /(?:免费|带薪)(?:岗前)?培训/g,
  /费用由(?:公司|单位|本公司)(?:承担|负担|支付)/g,
  /(?:公司|单位)(?:承担|报销|负担)[\u4e00-\u9fa5]{0,6}费/g,
]

const BANNED: Array<{ kind: ViolationKind; pattern: RegExp }> = [
  { kind: 'discrimination', pattern: /(?:限|仅限|只招|只要|仅招)(?:男性?|女性?)|(?:男|女)(?:性)?优先|(?:男|女)性?勿扰|已婚已育|未婚未育/g },
  { kind: 'discrimination', pattern: /(?:限|仅限|只招|只要)?汉族|少数民族勿扰|(?:限|仅限|只招|只要)(?:本地|本市|城镇|农村)?(?:户籍|户口)|本地户(?:籍|口)(?:优先)?|外地(?:人|户口|户籍)勿扰|不招外地|(?:[\u4e00-\u9fa5]{1,3}人|[\u4e00-\u9fa5]{2}籍)勿扰/g },
  { kind: 'discrimination', pattern: /(?:信教|有宗教信仰)(?:者|人员)?勿扰|(?:无|不信)宗教(?:信仰)?|(?:限|只招)?(?:信|信仰)(?:佛|基督|伊斯兰)教/g },
  { kind: 'fee', pattern: /押金|保证金|报名费|服装费|工装费|介绍费|中介费|建档费|体检费|入职费|资料费|(?:先)?(?:交|缴|收|付)[\u4e00-\u9fa5]{0,4}费/g },
  { kind: 'trainingLoan', pattern: /招转培|培训贷|学费贷|贷款(?:培训|学习)|先培训后(?:上岗|就业)|(?:交|缴|付)[\u4e00-\u9fa5]{0,2}培训费|培训费(?:自理|自付)|分期(?:付|支付)?(?:学费|培训费)/g },
  { kind: 'bait', pattern: /(?:保证|保底|包你|承诺|确保)(?:月入|月薪|年薪|日赚|收入)|月入(?:过万|上万|[2-9]万|十万)|日赚(?:千元|[1-9]\d{3})|轻松(?:月入|赚钱|过万)|躺赚|稳赚|高薪无责|无责(?:任)?底薪[1-9]万/g },
]

export interface Violation {
  kind: ViolationKind
  message: string
  /** the offending words, as written */
  words: string[]
}

/** The rule check: each banned kind found in `text`, with the exact words to change. */
export function ruleViolations(text: string): Violation[] {
  let cleaned = text
  for (const harmless of HARMLESS) cleaned = cleaned.replace(harmless, (m) => '　'.repeat(m.length))
  const found = new Map<ViolationKind, Set<string>>()
  for (const { kind, pattern } of BANNED) {
    for (const match of cleaned.matchAll(pattern)) {
      if (!found.has(kind)) found.set(kind, new Set())
      found.get(kind)?.add(match[0])
    }
  }
  return VIOLATION_KINDS.filter((k) => found.has(k)).map((kind) => ({ kind, message: VIOLATION_TEXT[kind], words: [...(found.get(kind) ?? [])] }))
}

/** The violations of each field, as field messages: "含有…：「限男性」「押金」". */
export function violationFields(texts: Record<string, string>): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [field, value] of Object.entries(texts)) {
    const found = ruleViolations(value)
    if (found.length) fields[field] = found.map((v) => `${v.message}：${v.words.map((w) => `「${w}」`).join('')}`).join('；')
  }
  return fields
}
