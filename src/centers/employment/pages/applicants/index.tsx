import { Text } from '@tarojs/components'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { ApplicantCard } from '@/centers/employment/components/applicant-card'
import { ExportButton } from '@/components/export-button'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { callCloud } from '@/services/cloud'
import { employment } from '@/shared/contracts/employment'
import { useApplicants } from './use-applicants'

/** 应聘者: only the employer of this posting (and center staff) see these résumés. */
export default function ApplicantsPage() {
  const h = useApplicants()
  const refused = useStaffOnly(h.list.refused)
  if (refused) return <NoPermission what='应聘者名单' who='发布这个岗位的用人单位和创业就业服务中心的工作人员' center='employment' hint='应聘者的简历只给发布这个岗位的单位和中心工作人员看（岗位已删除时也会这样显示）。查看自己投递的岗位，请到创业就业首页的「我的求职」。' />
  return (
    <Screen>
      <Text className='notice'>简历仅供本岗位招聘使用，请勿外传。每一步求职者都会收到通知。</Text>
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <ExportButton what='应聘名单（Excel）' exportSheet={() => callCloud(employment, 'exportApplicants', { jobId: h.jobId })} />
      <PagedListView list={h.list} empty={{ text: '还没有人投递', hint: '岗位发布后，求职者投递的简历会出现在这里' }} keyOf={(a) => a.id}>
        {(a) => <ApplicantCard a={a} h={h} />}
      </PagedListView>
    </Screen>
  )
}
