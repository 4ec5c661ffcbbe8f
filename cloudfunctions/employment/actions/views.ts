/** Stored documents → what the contract returns, per viewer. */
import type { ApplicantView, ApplicationView, EmployerView, JobDetail, JobSummary } from '@/shared/contracts/employment'
import { APPLICATION_STATUS_TEXT, nextMoves } from '@/shared/domain/employment/applications'
import { isVerified, STANDING_TEXT, standing } from '@/shared/domain/employment/employers'
import { tagsForEmployer } from '@/shared/domain/employment/matching'
import { EMPLOYMENT_TYPE_TEXT, jobStatusText, salaryText } from '@/shared/domain/employment/postings'
import { iso } from '../../_kernel/paging'
import type * as repo from '../repo'

export function employerView(e: repo.EmployerDoc, now: Date, licenseUrl: string | null): EmployerView {
  const s = standing(e, now)
  return {
    id: e._id,
    name: e.name,
    creditCode: e.creditCode,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    address: e.address,
    community: e.community,
    status: e.status,
    standing: s,
    standingText: STANDING_TEXT[s],
    verified: isVerified(e, now),
    verifiedUntil: iso(e.verifiedUntil),
    refusedReason: e.refusedReason,
    licenseUrl,
    submittedAt: iso(e.submittedAt),
  }
}

export function jobSummary(j: repo.JobDoc, now: Date): JobSummary {
  return {
    id: j._id,
    title: j.title,
    employerName: j.employerName,
    employerVerified: isVerified({ verifiedUntil: j.employerVerifiedUntil }, now),
    employmentType: j.employmentType,
    employmentTypeText: EMPLOYMENT_TYPE_TEXT[j.employmentType],
    salaryText: salaryText(j.salaryMin, j.salaryMax, j.salaryUnit),
    community: j.community,
    tags: j.tags,
    datePosted: iso(j.datePosted),
    validThrough: j.validThroughDay,
    status: j.status,
    statusText: jobStatusText(j.status, j.validThrough, now),
  }
}

export function jobDetail(
  j: repo.JobDoc,
  now: Date,
  viewer: { mine: boolean; application: repo.ApplicationDoc | null; applicants: number | null },
): JobDetail {
  const app = viewer.application
  return {
    ...jobSummary(j, now),
    description: j.description,
    education: j.education,
    experience: j.experience,
    openings: j.openings,
    address: j.address,
    salaryMin: j.salaryMin,
    salaryMax: j.salaryMax,
    salaryUnit: j.salaryUnit,
    workHours: j.workHours,
    staffReason: viewer.mine ? j.staffReason : null,
    mine: viewer.mine,
    myApplication: app ? { id: app._id, status: app.status, statusText: APPLICATION_STATUS_TEXT[app.status] } : null,
    applicants: viewer.applicants,
  }
}

export function applicationView(a: repo.ApplicationDoc): ApplicationView {
  return {
    id: a._id,
    jobId: a.jobId,
    jobTitle: a.jobTitle,
    employerName: a.employerName,
    status: a.status,
    statusText: APPLICATION_STATUS_TEXT[a.status],
    interviewAt: iso(a.interviewAt),
    interviewPlace: a.interviewPlace,
    note: a.note,
    appliedAt: iso(a.appliedAt),
    updatedAt: iso(a.updatedAt),
  }
}

/** `employer`: the résumé as an employer receives it, without the sensitive group tags. */
export function profileView(p: Omit<repo.ProfileDoc, '_id'>, employer = false) {
  return {
    name: p.name,
    phone: p.phone,
    education: p.education,
    experience: p.experience,
    skills: p.skills,
    desiredJob: p.desiredJob,
    desiredCommunity: p.desiredCommunity as ApplicantView['profile']['desiredCommunity'],
    desiredTypes: p.desiredTypes,
    groupTags: employer ? tagsForEmployer(p.groupTags) : p.groupTags,
    updatedAt: iso(p.updatedAt),
  }
}

export function applicantView(a: repo.ApplicationDoc, employer = false): ApplicantView {
  return { ...applicationView(a), profile: profileView(a.profile, employer), moves: nextMoves(a.status) }
}
