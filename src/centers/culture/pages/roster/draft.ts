/** The roster's two small forms (a resident's check-in code, a notice to everyone) ↔ their inputs; pure. */
import { activities, CheckInInput } from '@/shared/contracts/activities'
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'

export type SignUpRow = OutputOf<typeof activities, 'listSignUps'>['items'][number]
type CheckIn = InputOf<typeof activities, 'checkIn'>
type Notice = InputOf<typeof activities, 'notifyAttendees'>

/** 签到 is offered once six characters are typed (the code residents show). */
export const canCheckIn = (code: string) => code.trim().length === 6

/** 通知 is offered once something is typed. */
export const canNotify = (message: string) => !!message.trim()

export const toCheckInInput = (activityId: string, code: string): CheckIn => ({ activityId, code })
export const toNoticeInput = (activityId: string, message: string): Notice => ({ activityId, message })

/** What the contract says is wrong with a check-in code or a notice (`code`, `message`), empty when it can be sent. */
export function problems(input: CheckIn | Notice): Record<string, string> {
  const parsed = 'message' in input ? activities.actions.notifyAttendees.input.safeParse(input) : CheckInInput.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}

/** A row's attendance in words: 已签到, 未到 (the activity passed without them), or the sign-up status. */
export const attendanceText = (r: Pick<SignUpRow, 'checkedIn' | 'noShow' | 'statusText'>) => (r.checkedIn ? '已签到' : r.noShow ? '未到' : r.statusText)
