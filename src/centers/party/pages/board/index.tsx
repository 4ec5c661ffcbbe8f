import { View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { MemberBoard } from '@/centers/party/components/member-board'
import { useViewer } from '@/centers/party/components/use-viewer'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { NoPermission } from '@/components/staff-only'
import { StateView } from '@/components/state-view'

const go = (url: string) => () => Taro.navigateTo({ url: `/centers/party/pages/${url}` })

/** 党建工作台: posts and wishes for community staff; members too for party staff. */
export default function BoardPage() {
  const v = useViewer()
  if (v.me.error) return <Screen><StateView kind='error' text={v.me.error} onRetry={v.me.reload} /></Screen>
  if (!v.me.data) return <Screen><StateView kind='loading' /></Screen>
  if (!v.manages) return <NoPermission what='党建工作台' who='社区工作人员和党建指导中心的工作人员' center='party' hint='党建工作台只对社区和党建指导中心的工作人员开放，如需开通，请联系街道管理员。党员报到、认领服务岗位和微心愿，请回到党建指导中心首页。' />
  return (
    <Screen>
      <View className='entries'>
        <ActionButton className='plain-button entries__item' onClick={go('posts/index')}>
          服务岗位与名单
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('post-editor/index')}>
          发布服务岗位
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('wishes/index')}>
          微心愿审核与确认
        </ActionButton>
        <ActionButton className='plain-button entries__item' onClick={go('wish-editor/index')}>
          发布微心愿
        </ActionButton>
      </View>
      {v.partyStaff ? <MemberBoard /> : null}
    </Screen>
  )
}
