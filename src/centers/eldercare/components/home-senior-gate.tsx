import Taro from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { StateView } from '@/components/state-view'

const HOME = '/centers/eldercare/pages/index/index'

/**
 * What 上门服务 shows before anything can be picked: no senior named (back to choose one), a senior the caller is
 * not linked to (how to link), the senior's list still loading or failed. Null once booking for them may begin.
 */
export function HomeSeniorGate({ seniorId, refused, loaded, error, reload }: { seniorId: string; refused: boolean; loaded: boolean; error: string | null; reload: () => void }) {
  if (!seniorId || refused) {
    return (
      <>
        {seniorId ? (
          <StateView kind='empty' text='您还没有关联这位老人' hint='请在「老年日间照料」首页填写老人的姓名和手机号申请关联，经老人或中心确认后即可为老人预约' />
        ) : (
          <StateView kind='empty' text='请先选择要预约的老人' hint='在「老年日间照料」首页，从您关联的老人中点「上门服务」' />
        )}
        <ActionButton className='primary-button spaced' onClick={() => Taro.redirectTo({ url: HOME })}>
          {seniorId ? '去申请关联' : '去选择老人'}
        </ActionButton>
      </>
    )
  }
  if (error && !loaded) return <StateView kind='error' text={error} onRetry={reload} />
  if (!loaded) return <StateView kind='loading' />
  return null
}
