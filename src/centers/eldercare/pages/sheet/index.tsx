import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { NoPermission, useStaffOnly } from '@/components/staff-only'
import { eldercare } from '@/shared/contracts/eldercare'
import { ChoiceRow } from '../../components/choice-row'
import { useSheet } from './use-sheet'

/** 每日送餐单 (staff): by community and building, priority and dietary needs in words, mark delivered / not home. */
export default function SheetPage() {
  const { day, shift, meal, setMeal, head, list, submit, mark, exportSheet, exportUrl } = useSheet()
  const refused = useStaffOnly(list.refused, eldercare, 'markDelivered')
  const c = head?.counts
  if (refused) return <NoPermission what='每日送餐单' who='老年日间照料服务中心的工作人员' center='eldercare' hint='送餐单只供老年日间照料服务中心的工作人员查看。查看老人订的餐，请回到老年日间照料首页选择老人。' />
  return (
    <Screen>
      <View className='card list-row'>
        <Text className='section-title'>{day} 送餐单</Text>
        <View className='actions'>
          <ActionButton className='plain-button' onClick={() => shift(-1)}>前一天</ActionButton>
          <ActionButton className='plain-button' onClick={() => shift(1)}>后一天</ActionButton>
        </View>
        <ChoiceRow label='餐次' options={[['lunch', '午餐'], ['dinner', '晚餐']]} chosen={[meal]} onPick={setMeal} />
        {head?.menu ? <Text className='secondary-text'>菜品：{head.menu.dishes.map((d) => d.name).join('、')}</Text> : <Text className='secondary-text'>这一餐还没有发布菜单</Text>}
        {c ? (
          <Text className='secondary-text'>
            共 {c.orders} 份（送餐 {c.delivery}）· 糖尿病 {c.diabetic} · 低盐 {c.lowSalt} · 软食 {c.softFood} · 有过敏 {c.allergies} · 已送达 {c.delivered} · 不在家 {c.notHome}
          </Text>
        ) : null}
        <ActionButton className='plain-button' disabled={submit.busy} onClick={exportSheet}>
          导出送餐单（Excel）
        </ActionButton>
        {exportUrl ? <Text className='secondary-text' userSelect>下载链接（1 小时内有效）：{exportUrl}</Text> : null}
      </View>
      {submit.problem ? <Text className='error-text'>{submit.problem}</Text> : null}
      <PagedListView list={list} empty={{ text: '这一餐还没有人订', hint: '订餐截止后名单就固定了' }} keyOf={(r) => r.orderId}>
        {(r) => (
          <View className='card list-row'>
            <Text className='list-row__title'>
              {r.seniorName} · {r.community} {r.address}
            </Text>
            {r.marks.length ? <Text className='status-text'>优先：{r.marks.join('、')}</Text> : null}
            {r.diet.length ? <Text className='error-text'>饮食：{r.diet.join('、')}</Text> : null}
            <Text className='secondary-text'>
              {r.mode} · {r.payment} {r.dueText} · {r.statusText}
            </Text>
            <View className='actions'>
              <ActionButton className='primary-button' label={`${r.seniorName}已送达`} disabled={submit.busy || r.status === 'delivered'} onClick={() => mark(r.orderId, 'delivered')}>
                已送达
              </ActionButton>
              <ActionButton className='plain-button' label={`${r.seniorName}不在家`} disabled={submit.busy || r.status === 'notHome'} onClick={() => mark(r.orderId, 'notHome')}>
                不在家
              </ActionButton>
            </View>
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
