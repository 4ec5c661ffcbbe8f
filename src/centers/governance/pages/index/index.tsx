import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { ReportRow } from '../../components/report-row'
import { useGovernanceHome } from './use-governance-home'

const go = (url: string) => () => Taro.navigateTo({ url: `/centers/governance/pages/${url}` })

/** 社区综合治理服务中心: 随手拍, my reports and the ones I follow; handler and command staff entries. */
export default function GovernanceHome() {
  const h = useGovernanceHome()
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>社区综合治理服务中心 · 11446</Text>
        <Text className='secondary-text'>身边有问题，随手拍一下：按位置派给网格员或处置队伍，处置后请您确认和评价。</Text>
      </View>
      <View className='entries'>
        <ActionButton className='primary-button entries__item' onClick={go('new/index')}>
          随手拍上报
        </ActionButton>
        {h.handler ? (
          <ActionButton className='plain-button entries__item' onClick={go('tasks/index?mine=1')}>
            我的处置任务
          </ActionButton>
        ) : null}
        {h.command ? (
          <>
            <ActionButton className='plain-button entries__item' onClick={go('command/index')}>
              综合指挥平台
            </ActionButton>
            <ActionButton className='plain-button entries__item' onClick={go('tasks/index')}>
              全部问题
            </ActionButton>
          </>
        ) : null}
        {h.command ? (
          <ActionButton className='plain-button entries__item' onClick={go('setup/index')}>
            网格、队伍与时限
          </ActionButton>
        ) : null}
      </View>
      <Text className='section-title'>我的上报和关注</Text>
      <PagedListView list={h.list} empty={{ text: '您还没有上报或关注问题', hint: '看到环境、设施、安全等问题，点「随手拍上报」' }} keyOf={(r) => r.id}>
        {(r) => <ReportRow r={r} />}
      </PagedListView>
    </Screen>
  )
}
