import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { useOrders } from './use-orders'

/** 已订的餐: status of each meal (送达 / 不在家), cancel until the cutoff, the lock explained after it. */
export default function OrdersPage() {
  const seniorId = useRouter().params.seniorId ?? ''
  const { list, submit, cancel } = useOrders(seniorId)
  return (
    <Screen>
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      <PagedListView list={list} empty={{ text: '还没有订餐', hint: '回到中心首页，选择「订下周午餐」' }} keyOf={(o) => o.id}>
        {(o) => (
          <View className='card list-row'>
            <Text className='list-row__title'>
              {o.seniorName} · {o.title}
            </Text>
            <Text className='secondary-text'>
              {o.modeText} · {o.paymentText} · 应付 {o.dueText}
            </Text>
            <Text className='status-text'>
              {o.statusText} · {o.orderedBy}
            </Text>
            {o.lockedText ? <Text className='secondary-text'>{o.lockedText}</Text> : null}
            {o.canCancel ? (
              <ActionButton className='plain-button' label={`取消${o.title}`} disabled={submit.busy} onClick={() => cancel(o)}>
                取消这一餐
              </ActionButton>
            ) : null}
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
