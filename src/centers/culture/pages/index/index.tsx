import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback, useState } from 'react'
import { ActionButton } from '../../../../components/action-button'
import { PagedListView } from '../../../../components/paged-list'
import { Screen } from '../../../../components/screen'
import { useLoad } from '../../../../hooks/use-load'
import { usePagedList } from '../../../../hooks/use-paged-list'
import { callCloud } from '../../../../services/cloud'
import { activities } from '../../../../shared/contracts/activities'
import { account } from '../../../../shared/contracts/account'
import { BRANDS, type Brand } from '../../../../shared/domain/activities'
import { ActivityRowButton } from '../../components/activity-row'

type Tab = 'upcoming' | 'mine-org' | 'review'
const go = (url: string) => () => Taro.navigateTo({ url })

/** 文化活动: what is coming up, by brand project and places left; organizers and reviewers get their own lists. */
export default function CultureHome() {
  const me = useLoad(() => callCloud(account, 'whoami', {}), [])
  const orgRole = me.data?.roles.find((r) => r.role === 'orgStaff')
  const orgId = orgRole?.role === 'orgStaff' ? orgRole.orgId : undefined
  const reviewer = !!me.data?.roles.some((r) => r.role === 'admin' || r.role === 'centerStaff')
  const [view, setView] = useState<Tab>('upcoming')
  const [brand, setBrand] = useState<Brand | undefined>()
  const [hasPlaces, setHasPlaces] = useState(false)
  const fetchPage = useCallback(
    (page: number) =>
      view === 'mine-org' && orgId
        ? callCloud(activities, 'listActivities', { orgId, page, pageSize: 10 })
        : view === 'review'
          ? callCloud(activities, 'listActivities', { reviewing: true, page, pageSize: 10 })
          : callCloud(activities, 'listActivities', { brand, hasPlaces: hasPlaces || undefined, page, pageSize: 10 }),
    [view, orgId, brand, hasPlaces],
  )
  const list = usePagedList(fetchPage)

  const tabs: Array<{ view: Tab; label: string }> = [
    { view: 'upcoming', label: '近期活动' },
    ...(orgId ? [{ view: 'mine-org' as const, label: '本机构活动' }] : []),
    ...(reviewer ? [{ view: 'review' as const, label: '待审核' }] : []),
  ]

  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>文化综合服务中心</Text>
        <Text className='secondary-text'>「五个黄河」「四季的关怀」等品牌活动，由社会组织和中心共同举办，欢迎报名参加。</Text>
      </View>
      <View className='entries'>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/culture/pages/signups/index')}>
          我的报名
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('/centers/culture/pages/orgs/index')}>
          社会组织
        </ActionButton>
        {orgId || reviewer ? (
          <ActionButton className='primary-button entries__item' onClick={go('/centers/culture/pages/editor/index')}>
            发布活动
          </ActionButton>
        ) : null}
      </View>

      {tabs.length > 1 ? (
        <View className='chips'>
          {tabs.map((t) => (
            <ActionButton
              key={t.view}
              className={t.view === view ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
              pressed={t.view === view}
              onClick={() => setView(t.view)}
            >
              {t.label}
            </ActionButton>
          ))}
        </View>
      ) : null}

      {view === 'upcoming' ? (
        <View className='chips'>
          {[undefined, ...BRANDS].map((b) => (
            <ActionButton
              key={b ?? 'all'}
              className={b === brand ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
              pressed={b === brand}
              onClick={() => setBrand(b)}
            >
              {b ?? '全部活动'}
            </ActionButton>
          ))}
          <ActionButton
            className={hasPlaces ? 'choice-button choice-button--on chips__item' : 'choice-button chips__item'}
            pressed={hasPlaces}
            onClick={() => setHasPlaces(!hasPlaces)}
          >
            只看有名额
          </ActionButton>
        </View>
      ) : null}

      <PagedListView list={list} empty={{ text: view === 'review' ? '没有待审核的活动' : view === 'mine-org' ? '本机构还没有活动' : '近期没有符合条件的活动' }} keyOf={(a) => a.id}>
        {(a) => (
          <ActivityRowButton activity={a} showStatus={view !== 'upcoming'} />
        )}
      </PagedListView>
    </Screen>
  )
}
