import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { ElderToggle } from '@/components/elder-toggle'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { ItemRow } from './components/item-row'
import { ProfileCard } from './components/profile-card'
import { type ListView, useMine } from './use-mine'
import './index.scss'

const VIEWS: Array<{ view: ListView; label: string }> = [
  { view: 'recent', label: '全部记录' },
  { view: 'upcoming', label: '即将到来' },
]

/** 我的: one list of everything the person booked, applied for or signed up to, then who they are and 长辈版. */
export default function Mine() {
  const { me, meError, view, setView, list } = useMine()
  return (
    <Screen>
      <Text className='section-title mine-first'>我的办事</Text>
      <View className='mine-tabs'>
        {VIEWS.map((v) => (
          <ActionButton
            key={v.view}
            pressed={view === v.view}
            className={view === v.view ? 'choice-button choice-button--on mine-tab' : 'choice-button mine-tab'}
            onClick={() => setView(v.view)}
          >
            {v.label}
          </ActionButton>
        ))}
      </View>
      <PagedListView
        list={list}
        empty={{ text: view === 'upcoming' ? '近期没有待办的预约或活动' : '还没有办理记录', hint: '在首页选择服务中心，预约、申请、报名后会显示在这里' }}
        keyOf={(item) => item.id}
      >
        {(item) => <ItemRow item={item} />}
      </PagedListView>
      {/* after the list: what the person did is in the first screen; 首页 has the 长辈版 switch on top */}
      <ProfileCard me={me} error={meError} />
      <ElderToggle />
    </Screen>
  )
}
