import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../components/action-button'
import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import { ElderToggle } from '../../components/elder-toggle'
import { PagedListView } from '../../components/paged-list'
import { Screen } from '../../components/screen'
import { usePagedList } from '../../hooks/use-paged-list'
import { callCloud, errorMessage } from '../../services/cloud'
import { localPersonaName, switchPersona } from '../../services/identity'
import { account, type MyItem } from '../../shared/contracts/account'
import type { OutputOf } from '../../shared/contracts/define'
import { describeRole } from '../../shared/domain/roles'
import { centerByCode } from '../../shared/domain/centers'
import { formatForPeople } from '../../shared/time'
import './index.scss'

type WhoAmI = OutputOf<typeof account, 'whoami'>
type ListView = 'recent' | 'upcoming'

const VIEWS: Array<{ view: ListView; label: string }> = [
  { view: 'recent', label: '全部记录' },
  { view: 'upcoming', label: '即将到来' },
]

const centerName = (code: MyItem['center']) => centerByCode(code)?.name ?? ''

function ProfileCard({ me, error }: { me: WhoAmI | null; error: string | null }) {
  if (error) return <View className='mine-profile'><Text className='mine-profile__error'>个人信息加载失败：{error}</Text></View>
  if (!me) return <View className='mine-profile'><Text>正在加载个人信息…</Text></View>
  const persona = localPersonaName()
  return (
    <View className='mine-profile'>
      <Text className='mine-profile__name'>{me.profile?.name ?? persona ?? '居民朋友'}</Text>
      <Text className='secondary-text'>{me.profile ? `${me.profile.community} · ${me.profile.address}` : '尚未完善个人资料'}</Text>
      <Text className='secondary-text'>身份：{me.roles.map((r) => describeRole(r, (c) => centerByCode(c)?.name ?? c)).join('、')}</Text>
      <ActionButton className='plain-button mine-profile__switch' onClick={() => Taro.navigateTo({ url: '/account/pages/profile/index' })}>
        {me.profile ? '修改个人资料' : '完善个人资料'}
      </ActionButton>
      {me.roles.some((r) => r.role === 'admin') ? (
        <ActionButton className='plain-button mine-profile__switch' onClick={() => Taro.navigateTo({ url: '/account/pages/roles/index' })}>
          人员与角色管理
        </ActionButton>
      ) : null}
      {persona ? (
        <ActionButton className='plain-button mine-profile__switch' onClick={switchPersona}>
          切换身份（本地演示）
        </ActionButton>
      ) : null}
    </View>
  )
}

function ItemRow({ item }: { item: MyItem }) {
  return (
    <ActionButton
      className='plain-button mine-item'
      onClick={() => Taro.navigateTo({ url: item.link })}
    >
      <Text className='mine-item__title'>{item.title}</Text>
      <Text className='secondary-text'>{centerName(item.center)}</Text>
      <View className='mine-item__meta'>
        <Text className='mine-item__status'>状态：{item.statusText}</Text>
        {item.nextAt ? <Text className='secondary-text'>{formatForPeople(item.nextAt)}</Text> : null}
      </View>
    </ActionButton>
  )
}

export default function Mine() {
  const [me, setMe] = useState<WhoAmI | null>(null)
  const [meError, setMeError] = useState<string | null>(null)
  const [view, setView] = useState<ListView>('recent')
  const fetchPage = useCallback((page: number) => callCloud(account, 'listMyItems', { view, page, pageSize: 20 }), [view])
  const list = usePagedList(fetchPage)
  const shownOnce = useRef(false)

  const loadMe = useCallback(() => {
    setMeError(null)
    callCloud(account, 'whoami', {}).then(setMe, (e) => setMeError(errorMessage(e)))
  }, [])


  useDidShow(() => {
    loadMe()
    // coming back from a center: what was booked or cancelled there shows at once
    if (shownOnce.current) void list.reload()
    shownOnce.current = true
  })

  return (
    <Screen>
      <ProfileCard me={me} error={meError} />
      <ElderToggle />
      <Text className='section-title'>我的办事</Text>
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
      <PagedListView list={list} empty={{ text: view === 'upcoming' ? '近期没有待办的预约或活动' : '还没有办理记录', hint: '在首页选择服务中心，预约、申请、报名后会显示在这里' }} keyOf={(item) => item.id}>
        {(item) => (
          <ItemRow item={item} />
        )}
      </PagedListView>
    </Screen>
  )
}
