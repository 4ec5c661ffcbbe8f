import { Text, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { MEAL_LABEL, MODE_LABEL, PAYMENT_LABEL, WEEKDAY_LABEL, type Weekday } from '@/shared/domain/eldercare/meals'
import { ChoiceRow } from '../../components/choice-row'
import { toggleWeekday } from './draft'
import { useOrder } from './use-order'

const WEEKDAYS = ([1, 2, 3, 4, 5, 6, 7] as Weekday[]).map((d) => [d, WEEKDAY_LABEL[d]] as [Weekday, string])

/** 订餐: next week's lunches are chosen already; the price and any dish that clashes are shown before confirming. */
export default function OrderPage() {
  const seniorId = useRouter().params.seniorId ?? ''
  const { draft, change, menus, submit, place, result } = useOrder(seniorId)
  return (
    <Screen>
      <View className='card list-row'>
        <Text className='section-title'>
          {draft.repeat ? `${draft.from} 至 ${draft.to}` : draft.from} · {MEAL_LABEL[draft.meal]}
        </Text>
        <ChoiceRow label='餐次' options={[['lunch', '午餐'], ['dinner', '晚餐']]} chosen={[draft.meal]} onPick={(meal) => change({ ...draft, meal })} />
        {draft.repeat ? <ChoiceRow label='星期' options={WEEKDAYS} chosen={draft.weekdays} onPick={(d) => change(toggleWeekday(draft, d))} /> : null}
        <ChoiceRow label='送餐方式' options={Object.entries(MODE_LABEL) as Array<[typeof draft.mode, string]>} chosen={[draft.mode]} onPick={(mode) => change({ ...draft, mode })} />
        <ChoiceRow label='付款方式' options={Object.entries(PAYMENT_LABEL) as Array<[typeof draft.payment, string]>} chosen={[draft.payment]} onPick={(payment) => change({ ...draft, payment })} />
      </View>
      {menus.loading && !menus.data ? <StateView kind='loading' /> : null}
      {menus.error ? <StateView kind='error' text={menus.error} onRetry={menus.reload} /> : null}
      {menus.data && !menus.data.menus.filter((m) => m.meal === draft.meal).length ? <StateView kind='empty' text='这几天还没有发布菜单' hint='厨房一般提前一周发布，请稍后再来' /> : null}
      {menus.data?.menus
        .filter((m) => m.meal === draft.meal)
        .map((m) => (
          <View key={m.id} className='card list-row'>
            <Text className='list-row__title'>
              {m.dayText} {m.mealText} · {m.dueText ?? ''}
            </Text>
            <Text className='secondary-text'>{m.dishes.map((d) => d.name).join('、')}</Text>
            <Text className='secondary-text'>
              {m.cutoffText} · 剩余 {m.placesLeft} 份{m.ordered ? ' · 已订' : ''}
            </Text>
            {m.conflicts.map((c) => (
              <Text key={c.dish + c.reason} className='error-text'>
                注意：{c.dish}{c.reason}
              </Text>
            ))}
          </View>
        ))}
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      {result ? (
        <View className='notice list-row' aria-live='polite'>
          <Text>已订 {result.placed.length} 餐。</Text>
          {result.failed.map((f) => (
            <Text key={f.day}>
              {f.dayText} 未订上：{f.reason}
            </Text>
          ))}
        </View>
      ) : null}
      <ActionButton className='primary-button' disabled={submit.busy} onClick={place}>
        {submit.busy ? '正在订餐…' : '确认订餐'}
      </ActionButton>
      <ActionButton className='plain-button' onClick={() => Taro.redirectTo({ url: `/centers/eldercare/pages/orders/index?seniorId=${seniorId}` })}>
        查看已订的餐
      </ActionButton>
    </Screen>
  )
}
