import { Text, View } from '@tarojs/components'
import { ActionButton } from '@/components/action-button'
import { TextField } from '@/components/text-field'
import { CHECK_IN_RULE_TEXT } from '@/shared/domain/activities'
import { attendanceText, canCheckIn, canNotify, type SignUpRow } from '../pages/roster/draft'
import type { useRoster } from '../pages/roster/use-roster'

type Roster = ReturnType<typeof useRoster>

/** 签到: the six-character code a resident shows; what happened is said below it. */
export function CheckInCard({ r }: { r: Roster }) {
  return (
    <View className='card'>
      <Text className='card__title'>签到</Text>
      <Text className='secondary-text'>{CHECK_IN_RULE_TEXT}</Text>
      <TextField label='居民签到码' value={r.code} onChange={r.setCode} maxLength={6} error={r.fields.code} placeholder='居民出示的 6 位签到码' />
      <ActionButton className='primary-button' disabled={r.busy || !canCheckIn(r.code)} onClick={r.checkIn}>
        签到
      </ActionButton>
      {r.result ? <Text className='notice' aria-live='polite'>{r.result}</Text> : null}
    </View>
  )
}

/** 通知与导出: a short notice to everyone signed up, and the roster as a spreadsheet. */
export function NoticeCard({ r }: { r: Roster }) {
  return (
    <View className='card'>
      <Text className='card__title'>通知与导出</Text>
      <TextField label='通知内容（20 字以内）' value={r.message} onChange={r.setMessage} maxLength={20} error={r.fields.message} placeholder='如：请提前 10 分钟到场' />
      <View className='actions'>
        <ActionButton className='plain-button actions__item' disabled={r.busy || !canNotify(r.message)} onClick={r.notify}>
          通知全部报名者
        </ActionButton>
        <ActionButton className='plain-button actions__item' disabled={r.busy} onClick={r.exportList}>
          导出名单（Excel）
        </ActionButton>
      </View>
      {r.exportUrl ? (
        <>
          <Text className='secondary-text'>表格打不开时，复制下面的链接到电脑浏览器下载（1 小时内有效）：</Text>
          <Text className='secondary-text export-link'>{r.exportUrl}</Text>
          <ActionButton className='plain-button actions__item' onClick={r.copyLink}>
            复制下载链接
          </ActionButton>
        </>
      ) : null}
    </View>
  )
}

/** One sign-up: name and seats, attendance, masked phone, the answers given. */
export function SignUpRowCard({ row }: { row: SignUpRow }) {
  return (
    <View className='card'>
      <View className='list-row__meta'>
        <Text className='list-row__title'>
          {row.name}
          {row.seats > 1 ? `（共 ${row.seats} 人）` : ''}
        </Text>
        <Text className='status-text'>{attendanceText(row)}</Text>
      </View>
      {row.maskedPhone ? <Text className='secondary-text'>{row.maskedPhone}</Text> : null}
      {row.answers
        .filter((a) => a.answer)
        .map((a) => (
          <Text key={a.question} className='secondary-text' style={{ display: 'block' }}>
            {a.question}：{a.answer}
          </Text>
        ))}
    </View>
  )
}
