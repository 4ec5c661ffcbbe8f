import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { ThreadView } from '@/centers/legal/components/thread'
import { useConsultation } from './use-consultation'

/** 咨询详情: the thread; the lawyer answers, the asker follows up, either closes, the asker rates. */
export default function ConsultationPage() {
  const h = useConsultation()
  if (h.thread.error) return <Screen><StateView kind='error' text={h.thread.error} onRetry={h.thread.reload} /></Screen>
  const c = h.thread.data
  if (!c) return <Screen><StateView kind='loading' /></Screen>
  return (
    <Screen>
      <ThreadView c={c} />
      {c.canAnswer || c.canFollowUp ? (
        <View className='card'>
          <TextField label={c.canAnswer ? '律师答复' : '追问'} multiline value={h.reply} onChange={h.setReply} error={h.fields.text} maxLength={1000} />
          <ActionButton className='primary-button' disabled={h.busy} onClick={c.canAnswer ? h.answer : h.followUp}>
            {c.canAnswer ? '提交答复' : '提交追问'}
          </ActionButton>
        </View>
      ) : null}
      {c.canRate ? (
        <View className='card'>
          <Text className='card__title'>评价律师的答复</Text>
          <View className='chips'>
            {[1, 2, 3, 4, 5].map((n) => (
              <ActionButton key={n} className={`choice-button chips__item${h.rating === n ? ' choice-button--on' : ''}`} pressed={h.rating === n} onClick={() => h.setRating(n)}>
                {n} 星
              </ActionButton>
            ))}
          </View>
          <ActionButton className='primary-button' disabled={h.busy || !h.rating} onClick={h.rate}>提交评价</ActionButton>
        </View>
      ) : null}
      {c.canClose ? (
        <ActionButton className='plain-button spaced' disabled={h.busy} onClick={() => void h.close()}>结束咨询</ActionButton>
      ) : null}
      {h.problem ? <Text className='error-text' aria-live='assertive'>{h.problem}</Text> : null}
    </Screen>
  )
}
