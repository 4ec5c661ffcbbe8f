import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { centerByCode } from '@/shared/domain/centers'
import { FORWARD_TARGETS } from '@/shared/domain/voice/opinions'
import type { useOpinion } from '../pages/opinion/use-opinion'
import { Choices } from './choices'

const TARGETS = Object.fromEntries(FORWARD_TARGETS.map((c) => [c, centerByCode(c)?.name ?? c])) as Record<(typeof FORWARD_TARGETS)[number], string>

/** Staff: answer the opinion, forward it to the center that owns it, or put it on a cadre's reception agenda. */
export function StaffForms({ h }: { h: ReturnType<typeof useOpinion> }) {
  const f = h.form
  return (
    <>
      <Choices label='办理方式' options={{ answer: '直接答复', forward: '转交相关中心', agenda: '列入干群恳谈议程' }} chosen={f.mode} onChoose={(mode) => h.change({ mode })} />
      {f.mode === 'answer' ? (
        <View className='card lines'>
          <TextField label='答复内容' multiline value={f.answer} onChange={(answer) => h.change({ answer })} error={h.fields.text} maxLength={1000} placeholder='居民会看到这段答复' />
          <ActionButton className='primary-button' disabled={h.busy} onClick={h.answer}>提交答复</ActionButton>
        </View>
      ) : null}
      {f.mode === 'forward' ? (
        <View className='card lines'>
          <Choices label='转交给' options={TARGETS} chosen={f.center} onChoose={(center) => h.change({ center })} error={h.fields.center} />
          <TextField label='对方受理编号（选填）' value={f.reference} onChange={(reference) => h.change({ reference })} error={h.fields.reference} maxLength={40} />
          <TextField label='转交说明' multiline value={f.note} onChange={(note) => h.change({ note })} error={h.fields.note} maxLength={300} placeholder='居民会看到转交给了谁、为什么' />
          <ActionButton className='primary-button' disabled={h.busy || !f.center} disabledReason={f.center ? undefined : '请先选择转交的中心'} onClick={h.forward}>确认转交</ActionButton>
        </View>
      ) : null}
      {f.mode === 'agenda' ? (
        <View className='card lines'>
          {h.receptions.length ? (
            <Choices label='列入哪个接待日' options={Object.fromEntries(h.receptions.map((r) => [r.id, `${r.title}（${r.cadreName}）`]))} chosen={f.receptionId} onChoose={(receptionId) => h.change({ receptionId })} error={h.fields.receptionId} />
          ) : (
            <Text className='secondary-text'>还没有干部发布接待日，暂不能列入议程。</Text>
          )}
          <TextField label='议程说明' multiline value={f.note} onChange={(note) => h.change({ note })} error={h.fields.note} maxLength={300} />
          <ActionButton className='primary-button' disabled={h.busy || !f.receptionId} disabledReason={f.receptionId ? undefined : '请先选择接待日'} onClick={h.agenda}>列入议程</ActionButton>
        </View>
      ) : null}
    </>
  )
}
