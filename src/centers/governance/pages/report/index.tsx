import { Text } from '@tarojs/components'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { DispatchForm } from '../../components/dispatch-form'
import { CloseForm, HandlerForms } from '../../components/handler-forms'
import { ReporterForms } from '../../components/reporter-forms'
import { ReportOutcome, ReportTimeline, ReportView } from '../../components/report-view'
import { useReport } from './use-report'

/** 问题详情: the problem, every move with who and when; the reporter, the handler and the command staff act here. */
export default function ReportPage() {
  const r = useReport()
  if (r.loaded.error) return <Screen><StateView kind='error' text={r.loaded.error} onRetry={r.loaded.reload} /></Screen>
  if (!r.loaded.data) return <Screen><StateView kind='loading' /></Screen>
  const { report } = r.loaded.data
  return (
    <Screen>
      <ReportView r={report} />
      <ReportOutcome r={report} />
      {r.problem ? <Text className='error-text' aria-live='assertive'>{r.problem}</Text> : null}
      <ReporterForms r={r} />
      <HandlerForms r={r} />
      <DispatchForm r={r} />
      <CloseForm r={r} />
      <ReportTimeline timeline={report.timeline} />
    </Screen>
  )
}
