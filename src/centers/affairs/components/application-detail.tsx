import { Text, View } from '@tarojs/components'
import { PhotoButton } from '@/components/photo-button'
import type { Application } from '../pages/application/draft'
import { formatForPeople } from '@/shared/time'

/** Service, status in words, applicant, station, days open; what is missing when it was returned. */
export function ApplicationHeader({ app }: { app: Application }) {
  return (
    <>
      <View className='card'>
        <Text className='card__title'>{app.serviceName}</Text>
        <Text className='status-text'>状态：{app.statusText}</Text>
        <Text className='secondary-text' style={{ display: 'block' }}>
          申请人 {app.applicantName} · {app.stationName} · {app.daysOpen ? `已 ${app.daysOpen} 天` : '今天提交'}{app.onBehalf ? ' · 工作人员代办' : ''}
        </Text>
      </View>
      {app.status === 'returned' && app.missing.length ? (
        <View className='notice'>
          <Text>需补充的材料：{app.missing.join('、')}</Text>
        </View>
      ) : null}
    </>
  )
}

/** 申请内容: what was filled in and the material photos. */
export function ApplicationContent({ app }: { app: Application }) {
  return (
    <View className='card'>
      <Text className='card__title'>申请内容</Text>
      {app.fields.map((f) => (
        <Text key={f.label} style={{ display: 'block' }}>
          {f.label}：{f.value}
        </Text>
      ))}
      {app.note ? <Text style={{ display: 'block' }}>备注：{app.note}</Text> : null}
      <Text className='secondary-text' style={{ display: 'block' }}>
        材料照片 {app.materialUrls.length} 张
      </Text>
      <View className='grid'>
        {app.materialUrls.map((url, i) => (
          <PhotoButton key={url} url={url} urls={app.materialUrls} label={`材料照片第 ${i + 1} 张${app.materialOf[i] ? `：${app.materialOf[i]}` : ''}`} />
        ))}
      </View>
    </View>
  )
}

/** 办理进度: every step, when, who acted, and why. */
export function ApplicationTimeline({ timeline }: { timeline: Application['timeline'] }) {
  return (
    <>
      <Text className='section-title'>办理进度</Text>
      <View className='card'>
        {timeline.map((t) => (
          <View key={`${t.at}-${t.text}`} className='timeline__entry'>
            <Text className='list-row__title'>{t.text}</Text>
            <Text className='secondary-text'>
              {formatForPeople(t.at)} · {t.by}
            </Text>
            {t.reason ? <Text>理由：{t.reason}</Text> : null}
            {t.missing.length ? <Text>缺少：{t.missing.join('、')}</Text> : null}
          </View>
        ))}
      </View>
    </>
  )
}
