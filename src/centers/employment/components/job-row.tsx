import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { JobSummary } from '@/shared/contracts/employment'
import { dayLabel } from '@/shared/time'

/** One posting in a list: title, employer with its 已认证 label in words, pay, place, tags; opens the posting. */
export function JobRowButton({ job, reasons, showStatus }: { job: JobSummary; reasons?: string[]; showStatus?: boolean }) {
  const until = dayLabel(job.validThrough)
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/employment/pages/job/index?id=${job.id}` })}>
      <Text className='list-row__title'>{job.title}</Text>
      <Text className='status-text'>{job.salaryText}</Text>
      <Text className='secondary-text'>
        {job.employerName}
        {job.employerVerified ? ' · ✓已认证' : ''}
      </Text>
      <View className='list-row__meta'>
        <Text className='secondary-text'>
          {job.employmentTypeText} · {job.community}
        </Text>
        <Text className='secondary-text'>{showStatus ? job.statusText : `${until.date} 截止`}</Text>
      </View>
      {job.tags.length ? <Text className='secondary-text'>{job.tags.join(' · ')}</Text> : null}
      {reasons?.length ? <Text className='secondary-text'>推荐理由：{reasons.join('；')}</Text> : null}
    </ActionButton>
  )
}
