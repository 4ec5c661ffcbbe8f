import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'

type Board = OutputOf<typeof voice, 'receptionBoard'>

interface Props {
  board: Board
  outcomes: Record<string, string>
  fieldsOf: (id: string) => Record<string, string>
  busy: boolean
  onOutcome: (id: string, text: string) => void
  onRecord: (id: string, attended: boolean) => void
}

/** The day's talks (masked names, topics) with the outcome to record, and the opinions on this reception's agenda. */
export function ReceptionBoardView({ board, outcomes, fieldsOf, busy, onOutcome, onRecord }: Props) {
  return (
    <>
      <Text className='section-title'>当天的恳谈</Text>
      {board.talks.length ? null : <Text className='secondary-text'>这一天还没有居民预约。</Text>}
      {board.talks.map((t) => (
        <View key={t.id} className='card lines'>
          <Text className='list-row__title'>{t.time} · {t.who}（{t.community.replace('黄河西路', '')}）</Text>
          <Text>想谈的事：{t.topic}</Text>
          <Text className='status-text'>{t.statusText}</Text>
          {t.outcome ? <Text className='status-text'>恳谈结果：{t.outcome}</Text> : null}
          {t.status === 'booked' ? (
            <>
              <TextField label={`${t.time} 恳谈结果`} multiline value={outcomes[t.id] ?? ''} onChange={(v) => onOutcome(t.id, v)} error={fieldsOf(t.id).outcome} maxLength={1000} placeholder='居民会看到这段结果' />
              <View className='entries'>
                <ActionButton className='primary-button entries__item' disabled={busy} onClick={() => onRecord(t.id, true)}>记录结果</ActionButton>
                <ActionButton className='plain-button entries__item' disabled={busy} onClick={() => onRecord(t.id, false)}>居民未到</ActionButton>
              </View>
            </>
          ) : null}
        </View>
      ))}
      <Text className='section-title'>列入议程的居民意见</Text>
      {board.agenda.length ? null : <Text className='secondary-text'>居民服务中心还没有把意见列入这个接待日的议程。</Text>}
      {board.agenda.map((a) => (
        <View key={a.opinionId} className='card lines'>
          <Text>{a.title}</Text>
          <Text className='secondary-text'>{a.note}</Text>
        </View>
      ))}
    </>
  )
}
