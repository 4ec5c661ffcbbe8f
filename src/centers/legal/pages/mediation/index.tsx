import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { MediationStaffSteps, MediatorSteps } from '@/centers/legal/components/mediation-steps'
import { Timeline } from '@/centers/legal/components/timeline'
import { formatForPeople } from '@/shared/time'
import { useMediation } from './use-mediation'

/** 调解案件: the case as its parties, the mediator and staff see it, with the step each may take now. */
export default function MediationPage() {
  const h = useMediation()
  if (h.m.error) return <Screen><StateView kind='error' text={h.m.error} onRetry={h.m.reload} /></Screen>
  const c = h.m.data
  if (!c) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{c.levelText} {c.caseNo}</Text>
        <Text className='status-text'>状态：{c.statusText}</Text>
        <Text>{c.applicantName} 与 {c.respondentName}（{c.respondentPhone}）</Text>
        <Text>调解员：{c.mediatorName ?? '待中心安排'} · {c.isPublic ? '公开调解' : '不公开调解'}</Text>
        <Text className='secondary-text'>纠纷：{c.dispute}</Text>
        {c.inviteCode ? <Text className='highlight'>请把邀请码 {c.inviteCode} 告诉对方：对方在「申请调解 → 我收到了调解邀请」中输入后即可同意或拒绝。</Text> : null}
        {c.sessions.map((s) => <Text key={s.at}>调解安排：{formatForPeople(s.at)} {s.place}</Text>)}
        {c.refusalReason ? <Text>对方不同意的理由：{c.refusalReason}</Text> : null}
        {c.failureReason ? <Text>未成功原因：{c.failureReason}</Text> : null}
      </View>
      {c.agreement ? (
        <View className='card'>
          <Text className='card__title'>调解协议</Text>
          <Text>协议内容：{c.agreement.terms}</Text>
          <Text>履行方式和期限：{c.agreement.performance}</Text>
          <Text className='secondary-text'>已确认：{c.agreement.confirmedBy.length} / 2 方</Text>
          {c.judicialAppliedAt ? <Text className='highlight'>已于 {formatForPeople(c.judicialAppliedAt, false)} 记录：已向人民法院申请司法确认，不再提醒。</Text> : null}
          {c.judicialConfirmBy && !c.judicialAppliedAt ? <Text className='highlight'>如需申请司法确认，请于 {formatForPeople(c.judicialConfirmBy, false)} 前共同向人民法院申请。截止前 7 天我们会再提醒您一次（需允许消息通知）；已申请的，请点「已申请司法确认」，不再提醒。</Text> : null}
          {c.canConfirm ? <Text className='secondary-text'>双方都确认后协议生效；确认时可允许消息通知，截止申请司法确认前 7 天提醒您。</Text> : null}
        </View>
      ) : null}
      <MediationStaffSteps h={h} />
      <MediatorSteps h={h} />
      {c.canConfirm ? <ActionButton className='primary-button spaced' disabled={h.busy} onClick={() => void h.confirm()}>确认调解协议</ActionButton> : null}
      {c.canRecordJudicial ? <ActionButton className='plain-button spaced' disabled={h.busy} onClick={() => void h.recordJudicial()}>已申请司法确认</ActionButton> : null}
      {c.canEscalate ? <ActionButton className='primary-button spaced' disabled={h.busy} onClick={() => void h.escalate()}>转入下一级调解</ActionButton> : null}
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
      <Timeline items={c.history} />
    </Screen>
  )
}
