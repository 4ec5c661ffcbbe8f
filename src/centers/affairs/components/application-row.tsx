import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import type { affairs } from '@/shared/contracts/affairs'
import type { OutputOf } from '@/shared/contracts/define'
import { formatForPeople } from '@/shared/time'

export type ApplicationRow = OutputOf<typeof affairs, 'myApplications'>['items'][number]

/** One application in a list (resident's or staff inbox); opens its detail and timeline. */
export function ApplicationRowButton({ app, staffView }: { app: ApplicationRow; staffView?: boolean }) {
  return (
    <ActionButton className='plain-button list-row' onClick={() => Taro.navigateTo({ url: `/centers/affairs/pages/application/index?id=${app.id}` })}>
      <Text className='list-row__title'>
        {app.serviceName}
        {staffView ? ` · ${app.applicantName}` : ''}
      </Text>
      <Text className='status-text'>状态：{app.statusText}</Text>
      <View className='list-row__meta'>
        <Text className='secondary-text'>{app.stationName}</Text>
        <Text className='secondary-text'>
          {formatForPeople(app.submittedAt, false)} 提交{app.daysOpen ? ` · 已 ${app.daysOpen} 天` : ''}{app.onBehalf ? ' · 工作人员代办' : ''}
        </Text>
      </View>
    </ActionButton>
  )
}

