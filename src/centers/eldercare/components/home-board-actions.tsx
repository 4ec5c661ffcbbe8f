import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { tooEarlyRefusal } from '@/shared/domain/eldercare/home-services'
import { ChoiceRow } from './choice-row'

type Move = 'confirmed' | 'done' | 'notHome' | 'cancelled'

interface Booking {
  id: string
  seniorName: string
  serviceName: string
  whenText: string
  start: string
  status: string
  providerId: string | null
}

interface Props {
  b: Booking
  providers: Array<{ id: string; name: string }>
  /** the provider picked on the board (not yet saved), if any */
  picked: string | undefined
  busy: boolean
  choose: (providerId: string) => void
  move: (status: Move) => void
  now?: Date
}

/**
 * Staff's steps on a standing booking: send (or change) the provider on duty; 已完成 and 上门未遇 once the visit
 * has begun (before it, the reason instead); cancel.
 */
export function HomeBoardActions({ b, providers, picked, busy, choose, move, now = new Date() }: Props) {
  const provider = picked ?? b.providerId ?? ''
  const confirmed = b.status === 'confirmed'
  const same = confirmed && provider === b.providerId
  const early = confirmed && tooEarlyRefusal('done', new Date(b.start), now) !== null
  return (
    <View>
      <Text className='field-label'>派服务人员（当天在岗）</Text>
      {providers.length ? (
        <ChoiceRow label={`${b.seniorName}的服务人员`} options={providers.map((p) => [p.id, p.name] as [string, string])} chosen={[provider]} onPick={choose} />
      ) : (
        <Text className='secondary-text'>当天没有在岗的服务人员</Text>
      )}
      {early ? <Text className='secondary-text'>还没到上门时间（{b.whenText}），上门后才能标记「已完成」或「上门未遇」</Text> : null}
      <View className='actions'>
        <ActionButton
          className='primary-button'
          label={`为${b.seniorName}派单`}
          disabled={busy || !provider || same}
          disabledReason={!provider ? '请先选择服务人员' : same ? '请选择另一位服务人员' : undefined}
          onClick={() => move('confirmed')}
        >
          {confirmed ? '改派' : '确认派单'}
        </ActionButton>
        {confirmed && !early ? (
          <ActionButton className='primary-button' label={`${b.seniorName}的服务已完成`} disabled={busy} onClick={() => move('done')}>
            已完成
          </ActionButton>
        ) : null}
        {confirmed && !early ? (
          <ActionButton className='plain-button' label={`${b.seniorName}上门未遇`} disabled={busy} onClick={() => move('notHome')}>
            上门未遇
          </ActionButton>
        ) : null}
        <ActionButton className='plain-button' label={`取消${b.seniorName}的${b.serviceName}`} disabled={busy} onClick={() => move('cancelled')}>
          取消预约
        </ActionButton>
      </View>
    </View>
  )
}
