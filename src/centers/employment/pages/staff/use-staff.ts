import { useRouter } from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { usePagedList } from '@/hooks/use-paged-list'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { employment } from '@/shared/contracts/employment'

const STAFF_TABS = ['employers', 'jobs', 'reports', 'exports'] as const
export type StaffTab = (typeof STAFF_TABS)[number]

/** 中心审核: registrations to verify, first-month postings to review, reports to handle; `?tab=jobs` opens the postings (the command view's figure). */
export function useStaff() {
  const asked = useRouter().params.tab
  const [tab, setTab] = useState<StaffTab>(STAFF_TABS.find((t) => t === asked) ?? 'employers')
  const employers = usePagedList(useCallback((page: number) => callCloud(employment, 'listEmployers', { status: 'pending', page, pageSize: 10 }), []))
  const jobs = usePagedList(useCallback((page: number) => callCloud(employment, 'listJobs', { scope: 'reviewing', page, pageSize: 10 }), []))
  const reports = usePagedList(useCallback((page: number) => callCloud(employment, 'listReports', { page, pageSize: 10 }), []))
  const sending = useSubmit()
  const [licence, setLicence] = useState<{ id: string; url: string | null } | null>(null)

  const showLicence = async (employerId: string) => {
    const e = await callCloud(employment, 'getEmployer', { employerId })
    setLicence({ id: employerId, url: e?.licenseUrl ?? null })
  }
  const verify = (employerId: string, decision: 'verify' | 'refuse', reason: string) =>
    sending.run(async (requestId) => {
      await callCloud(employment, 'verifyEmployer', { employerId, decision, reason: reason || undefined }, { requestId })
      await toastDone(decision === 'verify' ? '已认证' : '已退回')
      await employers.reload()
    }, `verify:${employerId}:${decision}:${reason}`)
  const reviewJob = (jobId: string, decision: 'approve' | 'refuse', reason: string) =>
    sending.run(async (requestId) => {
      await callCloud(employment, 'reviewJob', { jobId, decision, reason: reason || undefined }, { requestId })
      await toastDone(decision === 'approve' ? '已发布' : '已退回')
      await jobs.reload()
    }, `job:${jobId}:${decision}:${reason}`)
  const handleReport = async (reportId: string, decision: 'takeDown' | 'dismiss', reason: string) => {
    if (decision === 'takeDown' && reason && !(await confirmAction({ title: '下架岗位', content: '岗位将立即从列表中下架，单位会看到下架理由。', confirmText: '确定下架' }))) return
    await sending.run(async (requestId) => {
      await callCloud(employment, 'reviewReport', { reportId, decision, reason: reason || undefined }, { requestId })
      await toastDone(decision === 'takeDown' ? '已下架' : '已驳回')
      await reports.reload()
    }, `report:${reportId}:${decision}:${reason}`)
  }
  return { tab, setTab, employers, jobs, reports, licence, showLicence, verify, reviewJob, handleReport, busy: sending.busy, problem: sending.problem, fields: sending.fields }
}
export type Staff = ReturnType<typeof useStaff>
