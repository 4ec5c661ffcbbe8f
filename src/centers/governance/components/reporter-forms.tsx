import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { SCORE_TEXT } from '../pages/report/draft'
import type { useReport } from '../pages/report/use-report'

type R = ReturnType<typeof useReport>

/** The reporter: confirm it is really fixed or say why not; rate the handling; neighbours follow a public report. */
export function ReporterForms({ r }: { r: R }) {
  const moves = r.offered?.reporter ?? []
  const { draft, fields } = r
  return (
    <>
      {moves.includes('confirm') ? (
        <View className='card'>
          <Text className='card__title'>问题解决了吗？</Text>
          <Text className='secondary-text'>3 天内不确认，将按「已解决」关闭。</Text>
          <ActionButton className='primary-button' disabled={r.busy} onClick={() => r.act('confirmReport')}>
            确认已解决
          </ActionButton>
          <TextField label='还没解决？请说明情况' value={draft.reopenReason} onChange={(reopenReason) => r.change({ reopenReason })} maxLength={200} error={fields.reason} />
          <ActionButton className='plain-button' disabled={r.busy || !draft.reopenReason.trim()} disabledReason={draft.reopenReason.trim() ? undefined : '请先在上面说明还有什么没解决'} onClick={() => r.act('reopenReport')}>
            未解决，重新办理
          </ActionButton>
        </View>
      ) : null}
      {moves.includes('rate') ? (
        <View className='card'>
          <Text className='card__title'>评价处置</Text>
          <View className='chips'>
            {[1, 2, 3, 4, 5].map((s) => (
              <ActionButton key={s} className={draft.score === s ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'} pressed={draft.score === s} label={`${s} 星，${SCORE_TEXT[s]}`} onClick={() => r.change({ score: s })}>
                {`${s} 星`}
              </ActionButton>
            ))}
          </View>
          {draft.score ? <Text className='secondary-text'>{SCORE_TEXT[draft.score]}</Text> : null}
          {fields.score ? <Text className='error-text'>{fields.score}</Text> : null}
          <TextField label='评价（选填）' value={draft.comment} onChange={(comment) => r.change({ comment })} maxLength={200} error={fields.comment} />
          <ActionButton className='primary-button' disabled={r.busy || !draft.score} disabledReason={draft.score ? undefined : '请先选择 1–5 星'} onClick={() => r.act('rateReport')}>
            提交评价
          </ActionButton>
        </View>
      ) : null}
      {r.offered?.follow ? (
        <ActionButton className='primary-button' disabled={r.busy} onClick={() => r.act('followReport')}>
          我也遇到了，关注此问题
        </ActionButton>
      ) : null}
    </>
  )
}
