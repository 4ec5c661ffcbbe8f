import { Reveal } from '@/components/reveal'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { CancelActivityCard, ManageCard } from '@/centers/culture/components/activity-manage'
import { MySignUpCard, SignUpForm } from '@/centers/culture/components/activity-sign-up'
import { ActivitySummary } from '@/centers/culture/components/activity-summary'
import { canSignUp } from './draft'
import { ProfileForSignUp } from '@/centers/culture/components/profile-for-sign-up'
import { useActivity, useHasProfile } from './use-activity'

/** 活动详情: everything a resident needs to decide, sign up or wait; organizers and reviewers manage it here too. */
export default function ActivityPage() {
  const detail = useActivity()
  const hasProfile = useHasProfile()
  if (detail.error && !detail.data) return <Screen><StateView kind='error' text={detail.error} onRetry={detail.reload} /></Screen>
  if (!detail.data) return <Screen><StateView kind='loading' /></Screen>
  const a = detail.data

  return (
    <Screen>
      {/* the person's own sign-up first: after 报名 the result and the check-in code are in the first screen */}
      {a.mine && a.mine.status !== 'cancelled' ? (
        <Reveal what={a.mine.status}>
          <MySignUpCard a={a} reload={detail.reload} />
        </Reveal>
      ) : null}
      <ActivitySummary a={a} />
      {canSignUp(a) ? hasProfile === false ? <ProfileForSignUp /> : <SignUpForm a={a} reload={detail.reload} /> : null}
      {a.canManage ? <ManageCard a={a} reload={detail.reload} /> : null}
      {a.canManage && a.status !== 'cancelled' ? <CancelActivityCard a={a} reload={detail.reload} /> : null}
    </Screen>
  )
}
