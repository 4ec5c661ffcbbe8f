import { Text } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { EmployerActions, SeekerActions } from '@/centers/employment/components/job-actions'
import { JobFacts } from '@/centers/employment/components/job-facts'
import { useJob } from './use-job'

/** 岗位详情: the facts the rule requires; apply or report; the employer's own tools on its own posting. */
export default function JobPage() {
  const p = useJob()
  if (p.job.error) return <Screen><StateView kind='error' text={p.job.error} onRetry={p.job.reload} /></Screen>
  if (!p.job.data) return <Screen><StateView kind='loading' /></Screen>
  const job = p.job.data
  return (
    <Screen>
      <JobFacts job={job} />
      {job.mine ? <EmployerActions job={job} p={p} /> : <SeekerActions job={job} p={p} />}
      {p.problem ? <Text className='error-text' aria-live='assertive'>{p.problem}</Text> : null}
    </Screen>
  )
}
