import { Text, View } from '@tarojs/components'
import { PhotoButton } from '@/components/photo-button'
import { CLOSE_REASON_TEXT } from '@/shared/domain/governance/reports'
import { deadlineText } from '@/shared/domain/governance/spans'
import { formatForPeople } from '@/shared/time'
import type { Report } from '../pages/report/draft'

/** The problem: kind, status (overdue marked), where, who handles it, deadlines, what the reporter said and showed. */
export function ReportView({ r }: { r: Report }) {
  return (
    <View className='card'>
      <Text className='card__title'>
        {r.urgent ? '【紧急】' : ''}
        {r.category}
      </Text>
      <Text className='status-text'>状态：{r.statusText}</Text>
      {r.overdue ? <Text className='error-text'>已超时，指挥中心督办中</Text> : null}
      <Text style={{ display: 'block' }}>{r.description}</Text>
      <Text className='secondary-text' style={{ display: 'block' }}>
        {r.placeName} · {formatForPeople(r.createdAt)} 上报 · {r.public ? `公开，${r.followerCount} 人关注` : '不公开'}
      </Text>
      {r.assignee ? <Text className='secondary-text' style={{ display: 'block' }}>处置：{r.assignee.name}</Text> : null}
      {r.plannedAt && !r.disposal ? <Text className='secondary-text' style={{ display: 'block' }}>计划 {formatForPeople(r.plannedAt)} 前完成</Text> : null}
      {r.dueAt ? <Text className='secondary-text' style={{ display: 'block' }}>时限：{deadlineText(r.respondBy)} 前响应，{deadlineText(r.resolveBy)} 前办结</Text> : null}
      {r.viewer.isFollower && !r.viewer.isReporter ? <Text className='secondary-text' style={{ display: 'block' }}>您已关注此问题：有进展时会通知您，也可在本中心「我的上报和关注」里找到它</Text> : null}
      {r.reporterName ? <Text className='secondary-text' style={{ display: 'block' }}>上报人：{r.reporterName}</Text> : null}
      {r.reporterPhone ? <Text style={{ display: 'block' }}>上报人电话：{r.reporterPhone}（仅处置人员可见）</Text> : null}
      {r.photoUrls.length ? (
        <View className='grid'>
          {r.photoUrls.map((url, i) => (
            <PhotoButton key={url} url={url} urls={r.photoUrls} label={`问题照片第 ${i + 1} 张`} />
          ))}
        </View>
      ) : null}
    </View>
  )
}

/** What became of it: the disposal with its photos, or why it was closed (and who is responsible), and the rating. */
export function ReportOutcome({ r }: { r: Report }) {
  if (!r.disposal && !r.closeReason && !r.rating) return null
  return (
    <View className='card'>
      <Text className='card__title'>处置结果</Text>
      {r.disposal ? <Text style={{ display: 'block' }}>{formatForPeople(r.disposal.at)}：{r.disposal.text}</Text> : null}
      {r.disposal?.photoUrls.length ? (
        <View className='grid'>
          {r.disposal.photoUrls.map((url, i) => (
            <PhotoButton key={url} url={url} urls={r.disposal?.photoUrls ?? []} label={`处置照片第 ${i + 1} 张`} />
          ))}
        </View>
      ) : null}
      {r.closeReason ? <Text style={{ display: 'block' }}>关闭原因：{CLOSE_REASON_TEXT[r.closeReason]}{r.closeNote ? `（${r.closeNote}）` : ''}</Text> : null}
      {r.responsible ? <Text style={{ display: 'block' }}>请联系：{r.responsible.who}，{r.responsible.contact}</Text> : null}
      {r.rating ? <Text style={{ display: 'block' }}>评价：{r.rating.score} 星{r.rating.comment ? `，${r.rating.comment}` : ''}</Text> : null}
    </View>
  )
}

/** 处置进度: every move, when, who, and the note. */
export function ReportTimeline({ timeline }: { timeline: Report['timeline'] }) {
  return (
    <>
      <Text className='section-title'>处置进度</Text>
      <View className='card'>
        {timeline.map((t) => (
          <View key={`${t.at}-${t.text}`} className='timeline__entry'>
            <Text className='list-row__title'>{t.text}</Text>
            <Text className='secondary-text'>
              {formatForPeople(t.at)} · {t.by}
            </Text>
            {t.note ? <Text>说明：{t.note}</Text> : null}
          </View>
        ))}
      </View>
    </>
  )
}
