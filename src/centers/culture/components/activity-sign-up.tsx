import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { callCloud, invalidInput } from '@/services/cloud'
import { confirmAction } from '@/services/dialog'
import { requestSubscriptions } from '@/services/subscribe'
import { activities } from '@/shared/contracts/activities'
import { CHECK_IN_OPENS_BEFORE_MINUTES, checkInWindow, inCheckInWindow } from '@/shared/domain/activities'
import { formatForPeople } from '@/shared/time'
import { type Detail, problems, type SignUpDraft, signUpDraftFor, signUpText, toSignUpInput } from '../pages/activity/draft'
import { useAct } from '../pages/activity/use-activity'

/** 报名: companions and the organizer's questions; joins the waitlist when too few places are left. */
export function SignUpForm({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const [draft, setDraft] = useState<SignUpDraft>(() => signUpDraftFor(a))
  const act = useAct(reload)
  const submit = () =>
    act.run(async (requestId) => {
      await requestSubscriptions(['activityChanged', 'activityPromoted'])
      const input = toSignUpInput(a.id, draft)
      const fields = problems(input)
      if (Object.keys(fields).length) throw invalidInput(fields)
      await callCloud(activities, 'signUp', input, { requestId })
    })
  return (
    <View className='card'>
      <Text className='card__title'>报名</Text>
      {a.companionsAllowed ? (
        <>
          <Text>同行人数（最多 {a.companionsAllowed} 位）</Text>
          <View className='chips'>
            {Array.from({ length: a.companionsAllowed + 1 }, (_, n) => n).map((n) => (
              <ActionButton
                key={n}
                className={n === draft.companions ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
                pressed={n === draft.companions}
                onClick={() => setDraft((d) => ({ ...d, companions: n }))}
              >
                {n === 0 ? '仅本人' : `带 ${n} 位`}
              </ActionButton>
            ))}
          </View>
        </>
      ) : null}
      {a.questions.map((q, i) => (
        <TextField
          key={q.label}
          label={`${q.label}${q.required ? '（必答）' : '（选填）'}`}
          value={draft.answers[i]}
          maxLength={200}
          error={act.fields[`answers.${i}`]}
          onChange={(v) => setDraft((d) => ({ ...d, answers: d.answers.map((x, k) => (k === i ? v : x)) }))}
        />
      ))}
      <Text className='secondary-text notice-promise'>报名时会请您允许两项微信通知：活动改期或取消时的「活动变更通知」，候补递补成功时的「候补递补通知」。</Text>
      {act.problem ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
      <ActionButton className='primary-button' disabled={act.busy} onClick={submit}>
        {act.busy ? '正在报名…' : signUpText(a.placesLeft, draft)}
      </ActionButton>
    </View>
  )
}

/** 我的报名: status, the check-in code to show, self check-in with the venue code, and cancelling. */
export function MySignUpCard({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const mine = a.mine!
  const [venueCode, setVenueCode] = useState('')
  const act = useAct(reload)
  const times = { startAt: new Date(a.startAt), endAt: new Date(a.endAt) }
  const cancel = async () => {
    if (await confirmAction({ title: '取消报名', content: `确定取消「${a.title}」的报名吗？名额将让给候补的居民。`, confirmText: '确定取消' })) await act.run((requestId) => callCloud(activities, 'cancelSignUp', { activityId: a.id }, { requestId }), '已取消')
  }
  return (
    <View className='card' aria-live='polite'>
      <Text className='card__title'>我的报名：{mine.statusText}</Text>
      {mine.seats > 1 ? <Text>共 {mine.seats} 人（含同行）</Text> : null}
      {mine.checkInCode ? (
        <View className='lines'>
          <Text>签到码：</Text>
          <Text className='checkin-code'>{mine.checkInCode}</Text>
          <Text className='secondary-text'>{mine.checkedIn ? '已签到，欢迎参加！' : '到场后向工作人员出示签到码，或输入现场签到码自助签到'}</Text>
        </View>
      ) : null}
      {mine.status === 'waitlisted' ? <Text className='secondary-text'>有人取消后按候补顺序自动递补，递补成功会通知您。</Text> : null}
      {mine.checkInCode && !mine.checkedIn ? (
        inCheckInWindow(times, new Date()) ? (
          <>
            <TextField label='现场签到码' value={venueCode} onChange={setVenueCode} maxLength={8} error={act.fields.venueCode} placeholder='现场张贴的 8 位签到码' />
            <ActionButton className='plain-button spaced' disabled={act.busy} onClick={() => act.run((requestId) => callCloud(activities, 'checkIn', { activityId: a.id, venueCode }, { requestId }), '签到成功')}>
              自助签到
            </ActionButton>
          </>
        ) : (
          <Text className='secondary-text'>
            签到时间：{formatForPeople(checkInWindow(times).opensAt)} 至 {formatForPeople(times.endAt)}（活动开始前 {CHECK_IN_OPENS_BEFORE_MINUTES / 60} 小时开放）
          </Text>
        )
      ) : null}
      {mine.canCancel ? (
        <ActionButton className='plain-button spaced' disabled={act.busy} onClick={cancel}>
          取消报名
        </ActionButton>
      ) : null}
      {act.problem && !act.fields.venueCode ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
    </View>
  )
}
