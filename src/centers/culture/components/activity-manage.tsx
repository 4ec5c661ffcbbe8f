import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { callCloud } from '@/services/cloud'
import { confirmAction } from '@/services/dialog'
import { activities } from '@/shared/contracts/activities'
import type { Detail } from '../pages/activity/draft'
import { useAct } from '../pages/activity/use-activity'

/** 活动管理 (organizer, reviewing center staff): edit, submit for review, approve or return, roster. */
export function ManageCard({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const [note, setNote] = useState('')
  const act = useAct(reload)
  const editable = a.status === 'draft' || a.status === 'returned' || a.status === 'published'
  const review = (approve: boolean) => act.run((requestId) => callCloud(activities, 'reviewActivity', { activityId: a.id, approve, note: note || undefined }, { requestId }), approve ? '已通过并发布' : '已退回')
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
            <ActionButton className='primary-button actions__item' disabled={act.busy} onClick={() => review(true)}>
              通过并发布
            </ActionButton>
            <ActionButton className='plain-button actions__item' disabled={act.busy} onClick={() => review(false)}>
              退回修改
            </ActionButton>
          </View>
        </>
      ) : null}
      {act.problem && !act.fields.note ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
    </View>
  )
}

/**
 * 取消活动, apart from every other action (a danger zone at the end of the page, not beside 通过/退回): the
 * reason people will be told, then a confirmation that says what cannot be undone.
 */
export function CancelActivityCard({ a, reload }: { a: Detail; reload: () => Promise<void> }) {
  const [reason, setReason] = useState('')
  const act = useAct(reload)
  const cancelActivity = async () => {
    if (await confirmAction({ title: '取消活动', content: '取消后将通知所有报名和候补的居民，且不能恢复。确定取消吗？', confirmText: '确定取消' })) await act.run((requestId) => callCloud(activities, 'cancelActivity', { activityId: a.id, reason }, { requestId }), '活动已取消')
  }
  return (
    <View className='card danger-zone' role='region' aria-label='取消活动'>
      <Text className='card__title'>取消活动</Text>
      <Text className='secondary-text'>活动不能如期举办时使用。取消后会通知所有报名和候补的居民，且不能恢复。</Text>
      <TextField label='取消原因（会告知报名居民）' value={reason} onChange={setReason} maxLength={100} error={act.fields.reason} placeholder='如：因天气原因活动取消' />
      <ActionButton className='plain-button spaced' disabled={act.busy || !reason.trim()} onClick={cancelActivity}>
        {reason.trim() ? '取消这个活动' : '填写取消原因后可取消'}
      </ActionButton>
      {act.problem && !act.fields.reason ? <Text className='error-text' aria-live='assertive'>{act.problem}</Text> : null}
    </View>
  )
}
