/** 我的简历 form ↔ saveProfile input: skills typed as one line, separated by spaces or commas. */
import type { ProfileInput } from '@/shared/contracts/employment'
import type { GroupTag } from '@/shared/domain/employment/matching'
import type { Education, EmploymentType } from '@/shared/domain/employment/postings'

export interface ResumeDraft {
  name: string
  phone: string
  education: Education | ''
  experience: string
  skills: string
  desiredJob: string
  desiredCommunity: ProfileInput['desiredCommunity']
  desiredTypes: EmploymentType[]
  groupTags: GroupTag[]
}

export const EMPTY_RESUME: ResumeDraft = { name: '', phone: '', education: '', experience: '', skills: '', desiredJob: '', desiredCommunity: null, desiredTypes: [], groupTags: [] }

export function resumeFrom(p: ProfileInput | null, fallback: { name?: string; phone?: string | null; community?: string } = {}): ResumeDraft {
  if (!p) return { ...EMPTY_RESUME, name: fallback.name ?? '', phone: fallback.phone ?? '' }
  return { ...p, skills: p.skills.join('、') }
}

export function toProfileInput(d: ResumeDraft): ProfileInput {
  return {
    name: d.name.trim(),
    phone: d.phone.trim(),
    education: d.education as Education,
    experience: d.experience.trim(),
    skills: [...new Set(d.skills.split(/[\s,，、;；]+/).map((s) => s.trim()).filter(Boolean))].slice(0, 10),
    desiredJob: d.desiredJob.trim(),
    desiredCommunity: d.desiredCommunity,
    desiredTypes: d.desiredTypes,
    groupTags: d.groupTags,
  }
}

/** Adds the choice when absent, removes it when present. */
export function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item]
}
