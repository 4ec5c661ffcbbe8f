import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { DateTimeField } from '@/components/datetime-field'
import { TextField } from '@/components/text-field'
import { reachesCouncil } from '@/shared/domain/voice/deliberation'
import type { useTopic } from '../pages/topic/use-topic'
import { Choices, Toggle } from './choices'
import { Photos } from './photos'

/** Staff (the council's secretary): move the topic to its next step. */
export function StaffActions({ h }: { h: ReturnType<typeof useTopic> }) {
  const t = h.topic.data
  if (!t?.staff) return null
  const f = h.form
  const e = h.fields
  const implementing = t.step === 'implementing' || (t.step === 'notice' && !!t.resolution?.accepted)
  return (
    <View className='card lines'>
      <Text className='card__title'>议事会工作（工作人员）</Text>
      {t.step === 'gathering' && !t.byCouncil && !reachesCouncil(t.supportCount, t.threshold) ? (
        <Text className='secondary-text'>
          支持人数达到 {t.threshold} 人后才能安排议事会，现在 {t.supportCount} 人。议事会自己提出的议题可以直接安排。
        </Text>
      ) : null}
      {t.step === 'gathering' && (t.byCouncil || reachesCouncil(t.supportCount, t.threshold)) ? (
        <>
          <DateTimeField label='议事会时间' value={f.at} onChange={(at) => h.change({ at })} error={e.at} />
          <TextField label='会议地点' value={f.place} onChange={(place) => h.change({ place })} error={e.place} maxLength={60} />
          <TextField label='会议议程' multiline value={f.agenda} onChange={(agenda) => h.change({ agenda })} error={e.agenda} maxLength={500} />
          <ActionButton className='primary-button' disabled={h.busy} onClick={() => void h.schedule()}>安排议事会</ActionButton>
        </>
      ) : null}
      {t.step === 'council' && !t.council?.minutes ? (
        <>
          <TextField label='参会人（用顿号或换行分开）' multiline value={f.attendance} onChange={(attendance) => h.change({ attendance })} error={e.attendance} maxLength={600} />
          <TextField label='会议纪要' multiline value={f.minutes} onChange={(minutes) => h.change({ minutes })} error={e.minutes} maxLength={2000} />
          <ActionButton className='primary-button' disabled={h.busy} onClick={() => void h.minutes()}>记录纪要</ActionButton>
        </>
      ) : null}
      {t.step === 'council' && t.council?.minutes ? (
        <>
          <TextField label='决议内容' multiline value={f.decision} onChange={(decision) => h.change({ decision })} error={e.decision} maxLength={1000} />
          <TextField label='理由' multiline value={f.reasons} onChange={(reasons) => h.change({ reasons })} error={e.reasons} maxLength={1000} />
          <View className='chips'>
            <Toggle on={!f.accepted} label='不予采纳' onChange={(on) => h.change({ accepted: !on })} />
            <Toggle on={f.needsVote} label='需要居民表决' onChange={(needsVote) => h.change({ needsVote })} />
          </View>
          <ActionButton className='primary-button' disabled={h.busy} onClick={() => void h.resolve()}>公示决议</ActionButton>
        </>
      ) : null}
      {t.step === 'notice' && t.resolution?.needsVote && !t.vote ? (
        <>
          <TextField label='表决事项' value={f.question} onChange={(question) => h.change({ question })} error={e.question} maxLength={100} />
          <TextField label='选项（每行一个）' multiline value={f.options} onChange={(options) => h.change({ options })} error={e.options} maxLength={200} />
          <Choices label='计票方式' options={{ household: '每户一票', person: '每人一票' }} chosen={f.perHousehold ? 'household' : 'person'} onChoose={(k) => h.change({ perHousehold: k === 'household' })} />
          <DateTimeField label='表决截止' value={f.closesAt} onChange={(closesAt) => h.change({ closesAt })} error={e.closesAt} />
          <ActionButton className='primary-button' disabled={h.busy} onClick={() => void h.openVote()}>发起表决</ActionButton>
        </>
      ) : null}
      {implementing ? (
        <>
          <TextField label='实施任务' value={f.taskTitle} onChange={(taskTitle) => h.change({ taskTitle })} error={e.title} maxLength={60} />
          <TextField label='负责人' value={f.owner} onChange={(owner) => h.change({ owner })} error={e.owner} maxLength={30} />
          <TextField label='完成日期（如 2026-12-31）' value={f.dueDay} onChange={(dueDay) => h.change({ dueDay })} error={e.dueDay} maxLength={10} />
          <ActionButton className='plain-button' disabled={h.busy} onClick={() => void h.addTask()}>添加任务</ActionButton>
        </>
      ) : null}
      {t.step === 'implementing' && t.tasks.length ? (
        <>
          <Choices label='更新哪项任务' options={Object.fromEntries(t.tasks.filter((k) => !k.done).map((k) => [k.id, k.title]))} chosen={f.taskId} onChoose={(taskId) => h.change({ taskId })} error={e.taskId} />
          <TextField label='进展说明' multiline value={f.text} onChange={(text) => h.change({ text })} error={e.note} maxLength={500} />
          <View className='chips'><Toggle on={f.done} label='这项已完成' onChange={(done) => h.change({ done })} /></View>
          <Photos photos={f.photos} max={6} error={e.photos} onAdd={() => void h.addPhotos()} onRemove={(file) => h.change({ photos: f.photos.filter((p) => p.file !== file) })} />
          <ActionButton className='primary-button' disabled={h.busy || !f.taskId} disabledReason={f.taskId ? undefined : '请先选择任务'} onClick={() => void h.updateTask()}>更新进展</ActionButton>
        </>
      ) : null}
    </View>
  )
}
