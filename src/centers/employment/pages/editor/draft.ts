/** 发布岗位 form ↔ createJob/updateJob input: numbers typed as text, validity as a day within 60 days. */
import type { JobDetail, JobInput } from '@/shared/contracts/employment'
import { MAX_VALID_DAYS, type SalaryUnit, type SuitabilityTag } from '@/shared/domain/employment/postings'
import { inShanghai } from '@/shared/time'

export interface JobDraft {
  title: string
  description: string
  education: JobInput['education']
  experience: string
  employmentType: JobInput['employmentType']
  openings: string
  address: string
  community: JobInput['community'] | ''
  salaryMin: string
  salaryMax: string
  salaryUnit: SalaryUnit
  workHours: string
  validThrough: string
  tags: SuitabilityTag[]
}

/** A new posting runs 30 days from today unless the employer picks another day. */
export function emptyJob(now: Date, community = ''): JobDraft {
  return {
    title: '',
    description: '',
    education: '不限',
    experience: '',
    employmentType: 'FULL_TIME',
    openings: '1',
    address: '',
    community: community as JobDraft['community'],
    salaryMin: '',
    salaryMax: '',
    salaryUnit: 'MONTH',
    workHours: '',
    validThrough: inShanghai(now).add(30, 'day').format('YYYY-MM-DD'),
    tags: [],
  }
}

export function jobFrom(j: JobDetail): JobDraft {
  return {
    title: j.title,
    description: j.description,
    education: j.education,
    experience: j.experience,
    employmentType: j.employmentType,
    openings: String(j.openings),
    address: j.address,
    community: j.community as JobDraft['community'],
    salaryMin: String(j.salaryMin),
    salaryMax: String(j.salaryMax),
    salaryUnit: j.salaryUnit,
    workHours: j.workHours,
    validThrough: j.validThrough,
    tags: j.tags,
  }
}

const int = (text: string) => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : Number.NaN)

/** The input, with a maximum left empty read as the minimum (a fixed wage). */
export function toJobInput(d: JobDraft): JobInput {
  const min = int(d.salaryMin)
  const max = d.salaryMax.trim() ? int(d.salaryMax) : min
  return {
    ...d,
    community: d.community as JobInput['community'],
    openings: int(d.openings),
    salaryMin: min,
    salaryMax: max,
    title: d.title.trim(),
    description: d.description.trim(),
    experience: d.experience.trim(),
    address: d.address.trim(),
    workHours: d.workHours.trim(),
  }
}

/** The last day a posting may run if published today. */
export function lastValidDay(now: Date): string {
  return inShanghai(now).add(MAX_VALID_DAYS, 'day').format('YYYY-MM-DD')
}

export const VALIDITY_CHOICES = [15, 30, 45, 60] as const

/** The last listed day when a posting runs `days` days from today. */
export function validFor(now: Date, days: number): string {
  return inShanghai(now).add(days, 'day').format('YYYY-MM-DD')
}
