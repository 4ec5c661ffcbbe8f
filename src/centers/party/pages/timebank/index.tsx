import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { Screen } from '@/components/screen'
import { StateView } from '@/components/state-view'
import { TextField } from '@/components/text-field'
import { useTimebank } from './use-timebank'

/** 时间银行 for a senior: pay their home services with hours (mine or theirs), and move hours between us. */
export default function TimebankPage() {
  const { bank, submit, hours, setHours, pay, move, book, name } = useTimebank()
  if (bank.error && !bank.data) return <Screen><StateView kind='error' text={bank.error} onRetry={bank.reload} /></Screen>
  if (!bank.data) return <Screen><StateView kind='loading' /></Screen>
  const b = bank.data
  return (
    <Screen>
      <View className='card'>
        <Text className='card__title'>{name}的时间银行</Text>
        <Text className='secondary-text'>我的可用时长 {b.balanceText}</Text>
        <Text className='secondary-text'>{name}的长辈账户 {b.senior?.balanceText ?? '0 小时'}</Text>
        <Text className='secondary-text'>服务时长以小时计，按服务时长兑换（不足半小时按半小时），服务取消后退回。</Text>
      </View>
      {submit.problem ? <Text className='error-text' aria-live='assertive'>{submit.problem}</Text> : null}
      <Text className='section-title'>待上门的服务</Text>
      {b.bookings.length ? (
        b.bookings.map((s) => (
          <View key={s.bookingId} className='card list-row'>
            <Text className='list-row__title'>{s.serviceName} · {s.whenText}</Text>
            <Text className='status-text'>状态：{s.statusText}</Text>
            {s.paidText ? (
              <Text className='status-text'>{s.paidText}</Text>
            ) : (
              <View className='entries'>
                <ActionButton className='primary-button entries__item' disabled={submit.busy} label={`用我的时长兑换${s.serviceName}`} onClick={() => pay(s, 'mine')}>
                  用我的时长兑换（{s.costText}）
                </ActionButton>
                <ActionButton className='plain-button entries__item' disabled={submit.busy} label={`用长辈账户兑换${s.serviceName}`} onClick={() => pay(s, 'senior')}>
                  用长辈账户兑换（{s.costText}）
                </ActionButton>
              </View>
            )}
          </View>
        ))
      ) : (
        <StateView kind='empty' text={`${name}还没有待上门的服务`} hint='先预约上门服务，再回到这里用时长兑换' />
      )}
      <ActionButton className='plain-button spaced' onClick={book}>为{name}预约上门服务</ActionButton>
      <Text className='section-title'>转移时长</Text>
      <TextField label='小时数（以 0.5 小时为单位）' type='text' value={hours} onChange={setHours} maxLength={5} error={submit.fields.hours} />
      <View className='entries'>
        <ActionButton className='primary-button entries__item' disabled={submit.busy} onClick={() => move('toSenior')}>转给{name}</ActionButton>
        <ActionButton className='plain-button entries__item' disabled={submit.busy} onClick={() => move('fromSenior')}>从长辈账户转回给我</ActionButton>
      </View>
    </Screen>
  )
}
