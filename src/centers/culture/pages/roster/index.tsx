import { Text } from '@tarojs/components'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { CheckInCard, NoticeCard, SignUpRowCard } from '@/centers/culture/components/roster'
import { activities } from '@/shared/contracts/activities'
import { useRoster } from './use-roster'

/** The organizer's roster: attendance, check-in by a resident's code, the spreadsheet, and a message to everyone. */
export default function RosterPage() {
  const r = useRoster()
  const refused = useStaffOnly(r.list.refused, activities, 'listSignUps')
  if (refused) return <NoPermission what='报名名单' who='举办这项活动的社会组织和文化中心的工作人员' center='culture' hint='报名名单只供举办这项活动的社会组织和文化中心的工作人员查看。查看自己的报名，请到文化中心首页的「我的报名」。' />
  return (
    <Screen>
      <CheckInCard r={r} />
      <NoticeCard r={r} />
      <Text className='section-title'>报名名单</Text>
      <PagedListView list={r.list} empty={{ text: '还没有人报名' }} keyOf={(row) => row.id}>
        {(row) => <SignUpRowCard row={row} />}
      </PagedListView>
    </Screen>
  )
}
