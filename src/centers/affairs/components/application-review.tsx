import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { DECISION_TEXT, needsReason, type ReviewDecision } from '@/shared/domain/affairs/applications'
import { decideText, type ReviewDraft } from '../pages/application/draft'

interface ReviewFormProps {
  possible: ReviewDecision[]
  draft: ReviewDraft
  fields: Record<string, string>
  problem: string | null
  busy: boolean
  onChange: (patch: Partial<ReviewDraft>) => void
  onDecide: () => void
}

/** 处理意见 (staff): a decision the status allows, with the reason and missing materials it needs. */
export function ReviewForm({ possible, draft, fields, problem, busy, onChange, onDecide }: ReviewFormProps) {
  const { decision } = draft
  return (
    <View className='card'>
      <Text className='card__title'>处理意见（工作人员）</Text>
      <View className='chips'>
        {possible.map((d) => (
          <ActionButton key={d} className={d === decision ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={d === decision} onClick={() => onChange({ decision: d })}>
            {DECISION_TEXT[d]}
          </ActionButton>
        ))}
      </View>
      {decision && needsReason(decision) ? (
        <TextField label='理由（将告知申请人）' value={draft.reason} onChange={(reason) => onChange({ reason })} maxLength={200} error={fields.reason} />
      ) : null}
      {decision === 'return' ? (
        <TextField label='缺少的材料（用顿号分隔）' value={draft.missing} onChange={(missing) => onChange({ missing })} maxLength={200} error={fields.missing} placeholder='如：户口簿复印件、诊断证明' />
      ) : null}
      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
      <ActionButton className='primary-button' disabled={!decision || busy} onClick={onDecide}>
        {busy ? '正在提交…' : decideText(draft)}
      </ActionButton>
    </View>
  )
}
