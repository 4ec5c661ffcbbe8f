import { Text, View } from '@tarojs/components'
import { NumberedList } from '@/components/numbered-list'
import type { OutputOf } from '@/shared/contracts/define'
import type { voice } from '@/shared/contracts/voice'
import { fiveStepsAt } from '@/shared/domain/voice/deliberation'
import { formatForPeople } from '@/shared/time'
import { PhotoRow } from './photos'

type Topic = OutputOf<typeof voice, 'getTopic'>
type Results = OutputOf<typeof voice, 'voteResults'>

/** The five steps, the current one marked in words. */
export function StepBar({ t }: { t: Topic }) {
  return (
    <View className='card lines'>
      <Text className='card__title'>{t.title}</Text>
      <Text className='status-text'>当前：{t.stepText}</Text>
      <Text className='secondary-text'>{t.scopeText} · {t.proposer}提出</Text>
      <NumberedList items={fiveStepsAt(t.step).map((s) => `${s.name}${s.state === 'done' ? '（已完成）' : s.state === 'now' ? '（进行中）' : ''}`)} />
      <Text>{t.body}</Text>
    </View>
  )
}

/** What each step left: opinions, the council's meeting and minutes, the resolution, the vote, tasks and progress, ratings. */
export function TopicRecord({ t, results }: { t: Topic; results: Results | null }) {
  return (
    <>
      <View className='card lines'>
        <Text className='card__title'>征求意见（支持 {t.supportCount} / {t.threshold} 人，{formatForPeople(new Date(t.gatherUntil).getTime() - 1, false)} 截止）</Text>
        {t.comments.length ? t.comments.map((c) => <Text key={`${c.at}-${c.by}`}>{c.by}：{c.text}</Text>) : <Text className='secondary-text'>还没有意见</Text>}
      </View>
      {t.council ? (
        <View className='card lines'>
          <Text className='card__title'>议事会：{formatForPeople(t.council.at)} · {t.council.place}</Text>
          <Text>议程：{t.council.agenda}</Text>
          {t.council.minutes ? <Text>参会：{t.council.attendance.join('、')}</Text> : null}
          {t.council.minutes ? <Text>会议纪要：{t.council.minutes}</Text> : <Text className='secondary-text'>会后公布纪要</Text>}
        </View>
      ) : null}
      {t.resolution ? (
        <View className='card lines highlight'>
          <Text className='card__title'>决议{t.resolution.accepted ? '' : '（不予采纳）'}：{t.resolution.decision}</Text>
          <Text>理由：{t.resolution.reasons}</Text>
          <Text className='secondary-text'>公示至 {formatForPeople(new Date(t.resolution.noticeUntil).getTime() - 1, false)}，收到异议 {t.resolution.objectionCount} 条</Text>
          {t.objections.map((o) => <Text key={o.at + o.text} className='secondary-text'>异议：{o.text}</Text>)}
        </View>
      ) : null}
      {t.vote && results ? (
        <View className='card lines'>
          <Text className='card__title'>居民表决：{results.question}（{results.perHousehold ? '每户一票' : '每人一票'}，不记名）</Text>
          <Text className='status-text'>{results.state === 'open' ? `表决中，${formatForPeople(results.closesAt)} 截止，已投 ${results.ballotCount} 票` : `表决已结束，共 ${results.ballotCount} 票`}</Text>
          {results.totals?.map((o) => <Text key={o.key}>{o.label}：{o.count} 票</Text>)}
          {results.counted ? <Text className='secondary-text'>✓ 您（您家）的选票已计入，凭证号 {results.myReceipt}</Text> : null}
        </View>
      ) : null}
      {t.tasks.length ? (
        <View className='card lines'>
          <Text className='card__title'>实施进度 {t.progress}%</Text>
          {t.tasks.map((k) => <Text key={k.id}>{k.done ? '✓ 已完成' : '○ 进行中'} {k.title}（{k.owner}，{k.dueDay} 前）</Text>)}
          {t.updates.map((u) => (
            <View key={u.at} className='timeline__entry'>
              <Text>{u.text}（{u.percent}%）</Text>
              <Text className='secondary-text'>{formatForPeople(u.at)}</Text>
              <PhotoRow urls={u.photoUrls} />
            </View>
          ))}
        </View>
      ) : null}
      {t.rating.count ? <Text className='secondary-text'>居民评议：{t.rating.count} 人，平均 {t.rating.average} 分</Text> : null}
    </>
  )
}
