import { Text, View } from '@tarojs/components'
import type { JobDetail } from '@/shared/contracts/employment'
import { dayLabel, formatForPeople } from '@/shared/time'

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <View className='list-row'>
      <Text className='secondary-text'>{label}</Text>
      <Text>{value}</Text>
    </View>
  )
}

/** Every fact the posting rule requires, in the order a seeker reads them. */
export function JobFacts({ job }: { job: JobDetail }) {
  const until = dayLabel(job.validThrough)
  return (
    <>
      <View className='card'>
        <Text className='card__title'>{job.title}</Text>
        <Text className='status-text'>{job.salaryText}</Text>
        <Text className='secondary-text'>
          {job.employerName}
          {job.employerVerified ? ' · ✓已认证单位' : ' · 单位认证已失效'}
        </Text>
        <Text className='secondary-text'>状态：{job.statusText}</Text>
        {job.tags.length ? <Text className='secondary-text'>{job.tags.join(' · ')}</Text> : null}
      </View>
      <View className='card'>
        <Fact label='岗位职责' value={job.description} />
        <Fact label='任职要求' value={`学历：${job.education}；${job.experience}`} />
        <Fact label='用工形式 · 招聘人数' value={`${job.employmentTypeText} · ${job.openings} 人`} />
        <Fact label='工作地点' value={`${job.address}（${job.community}）`} />
        <Fact label='工作时间' value={job.workHours} />
        <Fact label='有效期' value={`${job.datePosted ? `${formatForPeople(job.datePosted, false)} 发布，` : ''}${until.date} ${until.weekday} 截止`} />
      </View>
    </>
  )
}
