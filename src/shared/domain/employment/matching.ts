/**
 * "为我推荐": ranks postings by a seeker's résumé and says why each one is recommended. Group tags drive it:
 * 应届毕业生 ↔ 适合应届生, 40/50 ↔ 适合40/50人员, 残疾人 ↔ 残疾人友好, and the seeker's own community ↔ 就近.
 */
import type { EmploymentType, SuitabilityTag } from './postings'

export const GROUP_TAGS = ['应届毕业生', '40/50', '失业登记', '残疾人'] as const
export type GroupTag = (typeof GROUP_TAGS)[number]

/**
 * Disability (health) and unemployment registration are sensitive (个人信息保护法): they rank postings for the
 * seeker and the center's staff see them, but the résumé an employer receives leaves them out.
 */
export const SENSITIVE_GROUP_TAGS: readonly GroupTag[] = ['残疾人', '失业登记']

export function tagsForEmployer(tags: readonly GroupTag[]): GroupTag[] {
  return tags.filter((t) => !SENSITIVE_GROUP_TAGS.includes(t))
}

const TAG_FOR_GROUP: Partial<Record<GroupTag, SuitabilityTag>> = { 应届毕业生: '适合应届生', '40/50': '适合40/50人员', 残疾人: '残疾人友好' }

export interface SeekerWishes {
  groupTags: readonly GroupTag[]
  desiredJob: string
  desiredCommunity: string | null
  desiredTypes: readonly EmploymentType[]
  skills: readonly string[]
}

export interface MatchablePosting {
  title: string
  description: string
  employmentType: EmploymentType
  community: string
  tags: readonly SuitabilityTag[]
}

export interface Match {
  score: number
  reasons: string[]
}

/** Words of a wish ("保洁 保安、绿化") that a posting's title or duties may contain. */
function words(text: string): string[] {
  return text
    .split(/[\s,，、;；/]+/)
    .map((w) => w.trim())
    .filter((w) => w.length >= 2)
}

export function matchPosting(seeker: SeekerWishes, job: MatchablePosting): Match {
  const reasons: string[] = []
  let score = 0
  for (const group of seeker.groupTags) {
    const tag = TAG_FOR_GROUP[group]
    if (tag && job.tags.includes(tag)) {
      score += 40
      reasons.push(`岗位${tag}，与您「${group}」身份相符`)
    }
  }
  if (seeker.desiredCommunity && job.community === seeker.desiredCommunity) {
    score += 25
    reasons.push(`在您希望的${seeker.desiredCommunity}，就近上班`)
  } else if (job.tags.includes('就近就业') && seeker.groupTags.includes('失业登记')) {
    score += 10
    reasons.push('街道就近就业岗位，优先服务失业登记人员')
  }
  const wanted = words(seeker.desiredJob).filter((w) => job.title.includes(w) || job.description.includes(w))
  if (wanted.length) {
    score += 30
    reasons.push(`与您想找的「${wanted.join('、')}」相符`)
  }
  if (seeker.desiredTypes.includes(job.employmentType)) {
    score += 10
    reasons.push('用工形式符合您的意向')
  }
  const skills = seeker.skills.filter((s) => s.length >= 2 && (job.title.includes(s) || job.description.includes(s)))
  if (skills.length) {
    score += 10 * Math.min(skills.length, 3)
    reasons.push(`用得上您的技能：${skills.join('、')}`)
  }
  return { score, reasons }
}

/** Postings that match at all, best first (ties keep the given order, newest first). */
export function rankPostings<T extends MatchablePosting>(seeker: SeekerWishes, jobs: readonly T[]): Array<T & Match> {
  return jobs
    .map((job, i) => ({ ...job, ...matchPosting(seeker, job), i }))
    .filter((j) => j.score > 0)
    .sort((a, b) => b.score - a.score || a.i - b.i)
    .map(({ i: _i, ...rest }) => rest as unknown as T & Match)
}
