import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { PagedListView } from '@/components/paged-list'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { useHours } from './use-hours'

/** 志愿服务时长: the balance and period, the volunteer's card, the 志愿服务记录证明, the time bank of one's seniors, the ledger. */
export default function HoursPage() {
  const { hours, ledger, submit, record, download, go } = useHours()
  if (hours.error && !hours.data) return <Screen><StateView kind='error' text={hours.error} onRetry={hours.reload} /></Screen>
  if (!hours.data) return <Screen><StateView kind='loading' /></Screen>
  const h = hours.data
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>可用时长 {h.balanceText}</Text>
        <Text className='secondary-text'>累计服务 {h.creditedText} · 已兑换 {h.spentText}</Text>
        <Text className='secondary-text'>{h.periodText ? `服务期间：${h.periodText}` : '还没有经核实的志愿服务时长'}</Text>
      </View>
      {h.volunteer ? (
        <View className='card'>
          <Text className='list-row__title'>志愿者 {h.volunteer.number}</Text>
          <Text className='secondary-text'>{h.volunteer.name} · {h.volunteer.community} · {h.volunteer.registeredText}</Text>
          <Text className='secondary-text'>技能：{h.volunteer.skills.join('、')}；可服务：{h.volunteer.availabilityText}</Text>
          <ActionButton className='plain-button' onClick={() => go('volunteer/index')}>修改志愿者信息</ActionButton>
        </View>
      ) : (
        <ActionButton className='primary-button spaced' onClick={() => go('volunteer/index')}>登记为志愿者</ActionButton>
      )}
      <ActionButton className='primary-button spaced' disabled={submit.busy || !h.volunteer} disabledReason={h.volunteer ? undefined : '登记为志愿者后可开具'} onClick={download}>
        {submit.busy ? '正在生成证明…' : '下载志愿服务记录证明（PDF）'}
      </ActionButton>
      {submit.problem ? <Text className='error-text' aria-live='assertive'>{submit.problem}</Text> : null}
      {record ? (
        <Text className='secondary-text' userSelect>
          证明已生成（累计 {record.totalText}），如未自动打开，可复制链接在 1 小时内下载：{record.url}
        </Text>
      ) : null}
      <Text className='section-title'>时间银行：为家中老人兑换服务</Text>
      {h.seniors.length ? (
        h.seniors.map((s) => (
          <ActionButton key={s.seniorId} className='plain-button list-row' label={`${s.name}的时间银行`} onClick={() => go(`timebank/index?seniorId=${s.seniorId}`)}>
            <Text className='list-row__title'>{s.name}（{s.standing === 'self' ? '本人' : '家属'}）</Text>
            <Text className='secondary-text'>长辈账户 {s.balanceText} · 用时长兑换上门服务、转入转出</Text>
          </ActionButton>
        ))
      ) : (
        <StateView kind='empty' text='还没有关联的老人' hint='在老年日间照料服务中心关联家中老人后，可用时长为其兑换助浴、理发、保洁等上门服务' />
      )}
      <Text className='section-title'>时长明细</Text>
      <PagedListView list={ledger} empty={{ text: '还没有时长记录', hint: '参加志愿服务并经核实后，时长会记在这里' }} keyOf={(r) => r.id}>
        {(r) => (
          <View className='card list-row'>
            <Text className='list-row__title'>{r.hoursText} {r.title}</Text>
            <Text className='secondary-text'>{r.kindText} · {r.atText}{r.verifiedBy ? ` · 核实人 ${r.verifiedBy}` : ''}</Text>
          </View>
        )}
      </PagedListView>
    </Screen>
  )
}
