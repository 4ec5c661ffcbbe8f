import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { DateTimeField } from '@/components/datetime-field'
import { TextField } from '@/components/text-field'
import { MAX_REPORT_PHOTOS } from '@/shared/contracts/governance'
import { CLOSE_REASON_TEXT, CLOSE_REASONS } from '@/shared/domain/governance/reports'
import type { useReport } from '../pages/report/use-report'
import { PhotoList } from './photo-list'

type R = ReturnType<typeof useReport>

/** 处置 (the grid worker or team): accept, say when it will be done, report what was done with photos. */
export function HandlerForms({ r }: { r: R }) {
  const moves = r.offered?.handler ?? []
  const { draft, fields } = r
  return (
    <>
      {moves.includes('accept') ? (
        <ActionButton className='primary-button spaced' disabled={r.busy} onClick={() => r.act('acceptReport')}>
          受理此问题
        </ActionButton>
      ) : null}
      {moves.includes('update') ? (
        // not in a card: the date and time inputs need the full width in 长辈版
        <View>
          <Text className='section-title'>更新进度</Text>
          <DateTimeField label='计划完成时间' value={draft.plannedAt} onChange={(plannedAt) => r.change({ plannedAt })} error={fields.plannedAt} />
          <TextField label='处置进展' value={draft.note} onChange={(note) => r.change({ note })} maxLength={200} error={fields.note} />
          <ActionButton className='plain-button' disabled={r.busy} onClick={() => r.act('updateReport')}>
            保存进度
          </ActionButton>
        </View>
      ) : null}
      {moves.includes('dispose') ? (
        <View className='card'>
          <Text className='card__title'>处置完毕</Text>
          <TextField label='处置情况' multiline value={draft.text} onChange={(text) => r.change({ text })} maxLength={500} error={fields.text} placeholder='做了什么，现在情况如何' />
          <PhotoList title='处置照片' photos={draft.photos} max={MAX_REPORT_PHOTOS} error={fields.photos} onAdd={r.addPhotos} onRemove={r.removePhoto} />
          <ActionButton className='primary-button' disabled={r.busy} onClick={() => r.act('disposeReport')}>
            提交处置结果
          </ActionButton>
        </View>
      ) : null}
    </>
  )
}

/** 关闭 (handler or command staff): duplicate, not ours (who is responsible, how to reach them), unable to fix (why). */
export function CloseForm({ r }: { r: R }) {
  if (!r.offered?.handler.includes('close') && !r.loaded.data?.report.moves.includes('close')) return null
  const { draft, fields } = r
  return (
    <View className='card'>
      <Text className='card__title'>无法处置时关闭</Text>
      <View className='chips'>
        {CLOSE_REASONS.map((c) => (
          <ActionButton key={c} className={draft.reason === c ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={draft.reason === c} onClick={() => r.change({ reason: c })}>
            {CLOSE_REASON_TEXT[c]}
          </ActionButton>
        ))}
      </View>
      {draft.reason === 'notOurs' ? (
        <>
          <TextField label='责任单位' value={draft.responsible} onChange={(responsible) => r.change({ responsible })} maxLength={40} error={fields.responsible} />
          <TextField label='责任单位联系方式' value={draft.contact} onChange={(contact) => r.change({ contact })} maxLength={40} error={fields.contact} />
        </>
      ) : null}
      {draft.reason ? <TextField label={draft.reason === 'unableToFix' ? '无法解决的原因' : '说明'} value={draft.note} onChange={(note) => r.change({ note })} maxLength={200} error={fields.note} /> : null}
      <ActionButton className='plain-button' disabled={r.busy || !draft.reason} disabledReason={draft.reason ? undefined : '请先选择关闭原因'} onClick={() => r.act('closeReport')}>
        关闭此问题
      </ActionButton>
    </View>
  )
}
