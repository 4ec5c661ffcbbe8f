import { Text } from '@tarojs/components'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { CheckInCard, NoticeCard, SignUpRowCard } from '@/centers/culture/components/roster'
import { useRoster } from './use-roster'

/** The organizer's roster: attendance, check-in by a resident's code, the spreadsheet, and a message to everyone. */
export default function RosterPage() {
  const r = useRoster()
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
