import { Text, View } from '@tarojs/components'
import { useCallback, useState } from 'react'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { affairs } from '@/shared/contracts/affairs'
import { type ApplicationStatus, APPLICATION_STATUS_TEXT } from '@/shared/domain/affairs/applications'
import { type Community, COMMUNITIES } from '@/shared/domain/communities'
import { ApplicationRowButton } from '@/centers/affairs/components/application-row'

const STATUS_FILTERS: Array<ApplicationStatus | undefined> = [undefined, 'submitted', 'accepted', 'forwarded', 'returned', 'completed', 'rejected']
const AGE_FILTERS: Array<number | undefined> = [undefined, 3, 7]

function Chips<T>({ options, value, label, onChange }: { options: T[]; value: T; label: (v: T) => string; onChange: (v: T) => void }) {
  return (
    <View className='chips'>
      {options.map((o) => (
        <ActionButton
          key={label(o)}
          className={o === value ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
          pressed={o === value}
          onClick={() => onChange(o)}
        >
          {label(o)}
        </ActionButton>
      ))}
    </View>
  )
}

/** 申请受理 (staff): the applications inbox, oldest first, filtered by status, community and days open. */
export default function InboxPage() {
  const [status, setStatus] = useState<ApplicationStatus | undefined>('submitted')
  const [community, setCommunity] = useState<Community | undefined>()
  const [minDaysOpen, setMinDaysOpen] = useState<number | undefined>()
  const fetchPage = useCallback(
    (page: number) => callCloud(affairs, 'listApplications', { status, community, minDaysOpen, page, pageSize: 10 }),
    [status, community, minDaysOpen],
  )
  const list = usePagedList(fetchPage)
  const refused = useStaffOnly(list.refused, affairs, 'listApplications')

  if (refused) return <NoPermission what='申请受理' who='社区事务受理服务中心的工作人员' center='affairs' hint='申请受理只供受理中心的工作人员使用。查看自己提交的申请，请到受理中心首页的「我的申请」。' />
  return (
    <Screen>
      <Text className='section-title'>状态</Text>
      <Chips options={STATUS_FILTERS} value={status} label={(s) => (s ? APPLICATION_STATUS_TEXT[s].split('，')[0] : '全部')} onChange={setStatus} />
      <Text className='section-title'>社区</Text>
      <Chips options={[undefined, ...COMMUNITIES]} value={community} label={(c) => (c ? c.replace('黄河西路', '') : '全部社区')} onChange={setCommunity} />
      <Text className='section-title'>已等待</Text>
      <Chips options={AGE_FILTERS} value={minDaysOpen} label={(d) => (d ? `${d} 天以上` : '不限')} onChange={setMinDaysOpen} />

      <PagedListView list={list} empty={{ text: '没有符合条件的申请' }} keyOf={(a) => a.id}>
        {(a) => (
          <ApplicationRowButton app={a} staffView />
        )}
      </PagedListView>
    </Screen>
  )
}
