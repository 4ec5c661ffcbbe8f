import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { useCallback } from 'react'
import { ActivityRowButton } from '@/centers/culture/components/activity-row'
import { useViewer } from '@/centers/party/components/use-viewer'
import { VolunteerEntries } from '@/centers/party/components/volunteer-entries'
import { ActionButton } from '@/components/action-button'
import { VisitCard } from '@/components/center-home'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { usePagedList } from '@/hooks/use-paged-list'
import { callCloud } from '@/services/cloud'
import { activities } from '@/shared/contracts/activities'
import { centerByCode } from '@/shared/domain/centers'

const go = (page: string) => () => Taro.navigateTo({ url: `/centers/party/pages/${page}` })

const SERVICES = [
  { page: 'member/index', title: '党员报到 · 我的党员档案', note: '登记所在党支部（流动党员写明组织关系所在地），党建中心确认后到居住社区报到' },
  { page: 'posts/index', title: '在职党员双报到 · 服务岗位', note: '认领报到社区的楼栋长助手、文明劝导、助老陪伴等岗位，服务时长记入档案' },
  { page: 'wishes/index', title: '微心愿', note: '认领困难群众的小心愿，送到社区党群服务站，由社区转交' },
]

/** 街道党建指导中心: the members' services, the study days (activities of this center), staff's board, and the visit. */
export default function PartyHome() {
  const v = useViewer()
  const center = centerByCode('party')!
  const fetchStudies = useCallback((page: number) => callCloud(activities, 'listActivities', { center: 'party', page, pageSize: 10 }), [])
  const studies = usePagedList(fetchStudies)
  return (
    <Screen>
      <View className='card lines'>
        <Text className='card__title'>{center.name}</Text>
        <Text className='secondary-text'>党员报到、在职党员双报到、微心愿、志愿服务与时间银行，以及三会一课、主题党日。党员信息只有您本人和党建中心工作人员能看到。</Text>
      </View>
      {SERVICES.map((s) => (
        <ActionButton key={s.page} className='plain-button list-row' onClick={go(s.page)}>
          <Text className='list-row__title'>{s.title}</Text>
          <Text className='secondary-text'>{s.note}</Text>
        </ActionButton>
      ))}
      <VolunteerEntries staff={v.partyStaff} />
      {v.manages ? (
        <View className='entries'>
          <ActionButton className='primary-button entries__item' onClick={go('board/index')}>
            工作台（{v.partyStaff ? '党建中心' : '社区'}）
          </ActionButton>
        </View>
      ) : null}
      <Text className='section-title'>三会一课 · 主题党日</Text>
      <PagedListView list={studies} empty={{ text: '近期没有学习活动', hint: '党建中心发布后可在这里报名，到场签到后记入党员档案' }} keyOf={(a) => a.id}>
        {(a) => <ActivityRowButton activity={a} />}
      </PagedListView>
      <VisitCard visit={center.visit} />
    </Screen>
  )
}
