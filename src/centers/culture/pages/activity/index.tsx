import { Image, Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { Screen } from '../../../../components/screen'
import { StateView } from '../../../../components/state-view'
import { TextField } from '../../../../components/text-field'
import { useLoad } from '../../../../hooks/use-load'
import { useSubmit } from '../../../../hooks/use-submit'
import { callCloud } from '../../../../services/cloud'
import { requestSubscriptions } from '../../../../services/subscribe'
import { activities } from '../../../../shared/contracts/activities'
import type { OutputOf } from '../../../../shared/contracts/define'
import { centerByCode } from '../../../../shared/domain/centers'
import { formatForPeople } from '../../../../shared/time'
import { placesText } from '../../components/activity-row'

type Detail = OutputOf<typeof activities, 'getActivity'>

/** One action from a tap (see useSubmit), with a confirmation toast and the page reloaded after it went through. */
function useAct(after: () => Promise<void>) {
  const submit = useSubmit()
  const run = async (send: (requestId: string) => Promise<unknown>, done?: string) => {
    // a retry keeps its request id only for the same action, never for another button of the card
    if (!(await submit.run(send, done)).ok) return
    if (done) await Taro.showToast({ title: done, icon: 'success' })
    await after()
  }
  return { busy: submit.busy, problem: submit.problem, fields: submit.fields, run }
}

function SignUpForm({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const [companions, setCompanions] = useState(0)
  const [answers, setAnswers] = useState<string[]>(a.questions.map(() => ''))
  const act = useAct(reload)
  const seats = 1 + companions
  const submit = () =>
    act.run(async (requestId) => {
      await requestSubscriptions(['activityChanged', 'activityPromoted'])
      await callCloud(activities, 'signUp', { activityId: a.id, companions, answers }, { requestId })
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
                className={n === companions ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
                pressed={n === companions}
                onClick={() => setCompanions(n)}
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
          value={answers[i]}
          maxLength={200}
          error={act.fields[`answers.${i}`]}
          onChange={(v) => setAnswers((all) => all.map((x, k) => (k === i ? v : x)))}
        />
      ))}
      {act.problem ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
      <ActionButton className='primary-button' disabled={act.busy} onClick={submit}>
        {act.busy ? '正在报名…' : a.placesLeft >= seats ? '确认报名' : '名额已满，加入候补'}
      </ActionButton>
    </View>
  )
}

function MySignUpCard({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const mine = a.mine!
  const [venueCode, setVenueCode] = useState('')
  const act = useAct(reload)
  const cancel = async () => {
    const { confirm } = await Taro.showModal({ title: '取消报名', content: `确定取消「${a.title}」的报名吗？名额将让给候补的居民。`, confirmText: '确定取消', cancelText: '再想想' })
    if (confirm) await act.run((requestId) => callCloud(activities, 'cancelSignUp', { activityId: a.id }, { requestId }), '已取消')
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
        <>
          <TextField label='现场签到码' value={venueCode} onChange={setVenueCode} maxLength={8} error={act.fields.venueCode} placeholder='现场张贴的 8 位签到码' />
          <ActionButton className='plain-button spaced' disabled={act.busy} onClick={() => act.run((requestId) => callCloud(activities, 'checkIn', { activityId: a.id, venueCode }, { requestId }), '签到成功')}>
            自助签到
          </ActionButton>
        </>
      ) : null}
      {mine.canCancel ? (
        <ActionButton className='plain-button spaced' disabled={act.busy} onClick={cancel}>
          取消报名
        </ActionButton>
      ) : null}
      {act.problem ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
    </View>
  )
}

function ManageCard({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const [note, setNote] = useState('')
  const [reason, setReason] = useState('')
  const act = useAct(reload)
  const editable = a.status === 'draft' || a.status === 'returned' || a.status === 'published'
  const cancelActivity = async () => {
    const { confirm } = await Taro.showModal({ title: '取消活动', content: '取消后将通知所有报名和候补的居民，且不能恢复。确定取消吗？', confirmText: '确定取消', cancelText: '再想想' })
    if (confirm) await act.run((requestId) => callCloud(activities, 'cancelActivity', { activityId: a.id, reason }, { requestId }), '活动已取消')
  }
  return (
    <View className='card'>
      <Text className='card__title'>活动管理：{a.statusText}</Text>
      {a.reviewNote ? <Text className='notice'>审核意见：{a.reviewNote}</Text> : null}
      {a.venueCode && a.status === 'published' ? <Text>现场签到码：{a.venueCode}（打印张贴在签到处）</Text> : null}
      <View className='actions'>
        {editable ? (
          <ActionButton className='plain-button actions__item' onClick={() => Taro.navigateTo({ url: `/centers/culture/pages/editor/index?id=${a.id}` })}>
            编辑
          </ActionButton>
        ) : null}
        {a.status === 'draft' || a.status === 'returned' ? (
          <ActionButton className='primary-button actions__item' disabled={act.busy} onClick={() => act.run((requestId) => callCloud(activities, 'submitForReview', { activityId: a.id }, { requestId }), '已提交审核')}>
            提交审核
          </ActionButton>
        ) : null}
        {a.status === 'published' ? (
          <ActionButton className='primary-button actions__item' onClick={() => Taro.navigateTo({ url: `/centers/culture/pages/roster/index?id=${a.id}` })}>
            报名名单与签到
          </ActionButton>
        ) : null}
      </View>
      {a.status === 'reviewing' ? (
        <>
          <TextField label='审核意见（退回时必填）' value={note} onChange={setNote} maxLength={200} error={act.fields.note} />
          <View className='actions'>
            <ActionButton className='primary-button actions__item' disabled={act.busy} onClick={() => act.run((requestId) => callCloud(activities, 'reviewActivity', { activityId: a.id, approve: true, note: note || undefined }, { requestId }), '已通过并发布')}>
              通过并发布
            </ActionButton>
            <ActionButton className='plain-button actions__item' disabled={act.busy} onClick={() => act.run((requestId) => callCloud(activities, 'reviewActivity', { activityId: a.id, approve: false, note: note || undefined }, { requestId }), '已退回')}>
              退回修改
            </ActionButton>
          </View>
        </>
      ) : null}
      {a.status !== 'cancelled' ? (
        <>
          <TextField label='取消原因（取消活动时填写）' value={reason} onChange={setReason} maxLength={100} error={act.fields.reason} />
          <ActionButton className='plain-button spaced' disabled={act.busy || !reason.trim()} onClick={cancelActivity}>
            取消活动
          </ActionButton>
        </>
      ) : null}
      {act.problem ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
    </View>
  )
}

/** 活动详情: everything a resident needs to decide, sign up or wait; organizers and reviewers manage it here too. */
export default function ActivityPage() {
  const { params } = useRouter()
  const id = params.id ?? ''
  const detail = useLoad(() => callCloud(activities, 'getActivity', { activityId: id }), [id])

  if (detail.error && !detail.data) return <Screen><StateView kind='error' text={detail.error} onRetry={detail.reload} /></Screen>
  if (!detail.data) return <Screen><StateView kind='loading' /></Screen>
  const a = detail.data
  const audience = [
    a.minAge ? `${a.minAge} 岁以上` : '',
    a.maxAge ? `${a.maxAge} 岁以下` : '',
    a.communities.length ? `仅限${a.communities.map((c) => c.replace('黄河西路', '')).join('、')}` : '',
  ].filter(Boolean)
  const canSignUp = a.status === 'published' && (!a.mine || a.mine.status === 'cancelled')

  return (
    <Screen>
      {a.coverUrl ? <Image className='activity-cover' src={a.coverUrl} mode='aspectFill' aria-label={`${a.title}封面`} /> : null}
      <View className='card'>
        <Text className='card__title'>
          {a.brand ? `【${a.brand}】` : ''}
          {a.title}
        </Text>
        <View className='lines'>
          <Text className='secondary-text'>
            主办：{a.orgName} · {centerByCode(a.center)?.name}
          </Text>
          <Text>时间：{formatForPeople(a.startAt)} 至 {formatForPeople(a.endAt).split(' ').pop()}</Text>
          <Text>地点：{a.address}</Text>
          <Text>报名：{formatForPeople(a.signupOpensAt)} 至 {formatForPeople(a.signupClosesAt)}</Text>
          {audience.length ? <Text>对象：{audience.join('，')}</Text> : null}
          {a.status === 'published' ? <Text className='status-text'>{placesText(a)}</Text> : <Text className='status-text'>{a.statusText}</Text>}
        </View>
      </View>
      <View className='card'>
        <Text className='card__title'>活动介绍</Text>
        <Text>{a.description}</Text>
      </View>
      {a.mine && a.mine.status !== 'cancelled' ? <MySignUpCard a={a} reload={detail.reload} /> : null}
      {canSignUp ? <SignUpForm a={a} reload={detail.reload} /> : null}
      {a.canManage ? <ManageCard a={a} reload={detail.reload} /> : null}
    </Screen>
  )
}
