import { Text } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { EmployerForm } from '@/centers/employment/components/employer-form'
import { EmployerStatus } from '@/centers/employment/components/employer-status'
import { JobRowButton } from '@/centers/employment/components/job-row'
import { useEmployer } from './use-employer'

/** 单位招聘: register the company for verification, then write, publish and follow its postings. */
export default function EmployerPage() {
  const p = useEmployer()
  if (p.employer.error) return <Screen><StateView kind='error' text={p.employer.error} onRetry={p.employer.reload} /></Screen>
  if (p.employer.loading && !p.employer.data) return <Screen><StateView kind='loading' /></Screen>
  const e = p.employer.data
  return (
    <Screen>
      {e ? <EmployerStatus e={e} onEdit={p.edit} /> : null}
      {p.showForm ? <EmployerForm p={p} /> : null}
      {e ? (
        <>
          <Text className='section-title'>本单位岗位</Text>
          <ActionButton className='primary-button spaced' onClick={p.newJob}>
            发布新岗位
          </ActionButton>
          <PagedListView list={p.jobs} empty={{ text: '还没有岗位', hint: '点「发布新岗位」填写岗位信息' }} keyOf={(j) => j.id}>
            {(j) => <JobRowButton job={j} showStatus />}
          </PagedListView>
        </>
      ) : null}
    </Screen>
  )
}
