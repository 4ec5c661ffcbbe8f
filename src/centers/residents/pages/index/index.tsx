import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { VisitCard } from '@/components/center-home'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { centerByCode } from '@/shared/domain/centers'
import { OpinionRow } from '../../components/opinion-row'
import { useHome } from './use-home'

const go = (url: string) => () => Taro.navigateTo({ url: `/centers/residents/pages/${url}` })

const SERVICES = [
  { page: 'send/index', title: '反映意见建议', note: '意见、建议或诉求，中心答复或转交办理，结果告诉您' },
  { page: 'public/index', title: '大家的意见', note: '看看邻居公开反映的事，有同感就附议' },
  { page: 'talks/index', title: '干群恳谈', note: '预约书记、主任接待日，当面谈您关心的事' },
  { page: 'topics/index', title: '居民议事', note: '居民事居民议：提议题、征求意见、议事会协商、决议公示、实施评议' },
]

/** 居民服务中心: the services, one's own opinions, the staff board and the cadres' hours, and going there in person. */
export default function ResidentsHome() {
  const h = useHome()
  return (
    <Screen>
      <View className='card lines'>
        <Text className='card__title'>居民服务中心（街道职工之家）</Text>
        <Text className='secondary-text'>居民和干部之间的桥梁：您反映的每一件事都有答复，可以查看办理到了哪一步。</Text>
      </View>
      {SERVICES.map((s) => (
        <ActionButton key={s.page} className='plain-button list-row' onClick={go(s.page)}>
          <Text className='list-row__title'>{s.title}</Text>
          <Text className='secondary-text'>{s.note}</Text>
        </ActionButton>
      ))}
      {h.staff || h.cadre ? (
        <View className='entries'>
          {h.staff ? <ActionButton className='primary-button entries__item' onClick={go('board/index')}>社情民意工作台</ActionButton> : null}
          {h.staff ? <ActionButton className='plain-button entries__item' onClick={go('verify/index')}>地址认证</ActionButton> : null}
          {h.cadre ? <ActionButton className='primary-button entries__item' onClick={go('hours/index')}>我的接待日</ActionButton> : null}
        </View>
      ) : null}
      <Text className='section-title'>我反映的意见</Text>
      <PagedListView list={h.list} empty={{ text: '您还没有反映过意见', hint: '点「反映意见建议」，写下您想说的事' }} keyOf={(o) => o.id}>
        {(o) => <OpinionRow o={o} />}
      </PagedListView>
      <VisitCard visit={centerByCode('residents')!.visit} />
    </Screen>
  )
}
