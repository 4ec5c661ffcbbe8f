import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { StateView } from '@/components/state-view'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import type { OutputOf } from '@/shared/contracts/define'
import { legal } from '@/shared/contracts/legal'
import { dayLabel, shanghaiDay } from '@/shared/time'
import { DUTY_ROOM } from '../pages/book/use-book'
import { Choices } from './choices'

type Entry = OutputOf<typeof legal, 'dutyBoard'>['entries'][number]

/** Yesterday, today and tomorrow in Shanghai: outcomes are recorded on the day or soon after. */
function nearDays(): Record<string, string> {
  const days: Record<string, string> = {}
  const names = ['昨天', '今天', '明天']
  names.forEach((name, i) => {
    const day = shanghaiDay(Date.now() + (i - 1) * 86_400_000)
    const { date } = dayLabel(day)
    days[day] = `${name} ${date}`
  })
  return days
}

function DutyRow({ entry, onChanged }: { entry: Entry; onChanged: (e: Entry) => void }) {
  const { busy, problem, run } = useSubmit()
  const mark = async (outcome: 'done' | 'noShow') => {
    if (outcome === 'noShow') {
      const yes = await confirmAction({ title: '记为未到', content: `确定 ${entry.time} 的 ${entry.who} 没有来面谈吗？记录后预约结束，居民会在「我的」中看到「未到」。`, confirmText: '记为未到' })
      if (!yes) return
    }
    await run(async (requestId) => {
      onChanged(await callCloud(legal, 'markLawyerBooking', { bookingId: entry.id, outcome }, { requestId }))
      await toastDone(outcome === 'done' ? '已记为已面谈' : '已记为未到')
    }, `${outcome}:${entry.id}`)
  }
  return (
    <View className='card'>
      <Text className='card__title'>{entry.time} {entry.title}</Text>
      <Text className='status-text'>{entry.who} · {entry.statusText}</Text>
      {entry.status === 'booked' ? (
        <View className='chips'>
          <ActionButton className='primary-button chips__item' disabled={busy || !entry.canMarkDone} disabledReason='到面谈当天才能记录' onClick={() => mark('done')}>
            已面谈
          </ActionButton>
          <ActionButton className='plain-button chips__item' disabled={busy || !entry.canMarkNoShow} disabledReason='面谈时间到了才能记为未到' onClick={() => mark('noShow')}>
            未到
          </ActionButton>
        </View>
      ) : null}
      {problem ? <Text className='error-text' aria-live='assertive'>{problem}</Text> : null}
    </View>
  )
}

/** 律师面谈: the day's duty-lawyer appointments (masked names, categories only); record who came and who did not. */
export function DutyDay() {
  const days = nearDays()
  const [day, setDay] = useState(shanghaiDay(Date.now()))
  const board = useLoad(() => callCloud(legal, 'dutyBoard', { roomId: DUTY_ROOM, day }), [day])
  const [changed, setChanged] = useState<Record<string, Entry>>({})
  const entries = board.data?.entries ?? []
  return (
    <View>
      <Choices label='日期' options={days} chosen={day} onChoose={setDay} />
      {board.error ? <StateView kind='error' text={board.error} onRetry={board.reload} /> : null}
      {!board.error && board.loading && !board.data ? <StateView kind='loading' /> : null}
      {!board.error && board.data && !entries.length ? <StateView kind='empty' text='这一天没有律师面谈预约' hint='居民预约后会出现在这里' /> : null}
      {entries.map((e) => (
        <DutyRow key={e.id} entry={changed[e.id] ?? e} onChanged={(next) => setChanged((c) => ({ ...c, [next.id]: next }))} />
      ))}
    </View>
  )
}
