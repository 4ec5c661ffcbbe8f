import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { useTopic } from '../pages/topic/use-topic'
import { Choices } from './choices'

/** What a resident of the scope may do now: support, comment, object, vote, rate. */
export function ResidentActions({ h }: { h: ReturnType<typeof useTopic> }) {
  const t = h.topic.data
  if (!t) return null
  const f = h.form
  return (
    <>
      {!t.inScope && !t.staff ? <Text className='secondary-text'>地址经认证的{t.scopeText}居民才能参与这个议题。</Text> : null}
      {t.can.support ? <ActionButton className='primary-button spaced' disabled={h.busy} onClick={() => void h.support()}>支持这个议题</ActionButton> : null}
      {t.supported ? <Text className='secondary-text'>✓ 您已支持</Text> : null}
      {t.can.comment || t.can.object ? (
        <View className='card lines'>
          <TextField label={t.can.object ? '对决议的异议' : '我的意见'} multiline value={f.text} onChange={(text) => h.change({ text })} error={h.fields.text} maxLength={300} />
          <ActionButton className='primary-button' disabled={h.busy} onClick={() => void (t.can.object ? h.object() : h.comment())}>{t.can.object ? '提出异议' : '发表意见'}</ActionButton>
        </View>
      ) : null}
      {t.can.vote && t.vote ? (
        <View className='card lines'>
          <Choices label={`表决：${t.vote.question}`} options={Object.fromEntries(t.vote.options.map((o) => [o.key, o.label]))} chosen={f.option} onChoose={(option) => h.change({ option })} error={h.fields.option} />
          <Text className='secondary-text'>不记名投票：谁也看不到您投了什么，投票后您会拿到一个凭证号，可以核对选票已计入。</Text>
          <ActionButton className='primary-button' disabled={h.busy || !f.option} disabledReason={f.option ? undefined : '请先选择一个选项'} onClick={() => void h.vote()}>投票</ActionButton>
        </View>
      ) : null}
      {t.can.rate ? (
        <View className='card lines'>
          <Choices label='评议实施结果' options={{ '1': '1 分', '2': '2 分', '3': '3 分', '4': '4 分', '5': '5 分' }} chosen={f.score ? (String(f.score) as '1' | '2' | '3' | '4' | '5') : undefined} onChoose={(s) => h.change({ score: Number(s) })} />
          <ActionButton className='primary-button' disabled={h.busy || !f.score} disabledReason={f.score ? undefined : '请先选择分数'} onClick={() => void h.rate()}>提交评议</ActionButton>
        </View>
      ) : null}
    </>
  )
}
