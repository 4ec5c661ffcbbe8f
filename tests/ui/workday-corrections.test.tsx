/**
 * 街道工作日校正 tells the staff when the official holiday calendar stops short: from October they are asked for next
 * year's holidays and make-up days (the State Council's notice), with how many days they have entered.
 */
import { render, screen } from '@testing-library/react'
import { WorkdayCorrections } from '@/centers/legal/components/workdays'
import { OFFICIAL_CALENDAR_THROUGH } from '@/shared/domain/official-calendar'
import { fakeGateway } from '../support/fake-gateway'
import { phoneClockAt } from '../support/phone-clock'
import { resetTaro } from '../support/taro'

const next = OFFICIAL_CALENDAR_THROUGH + 1
const corrections = [
  { day: `${next}-02-08`, kind: 'off' },
  { day: `${next}-02-09`, kind: 'off' },
  { day: `${OFFICIAL_CALENDAR_THROUGH}-12-24`, kind: 'off' },
]

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'staff-lin')
  fakeGateway(() => ({ ok: true, data: { corrections } }))
})
afterEach(() => jest.useRealTimers())

it('asks from October for next year’s holidays, counting the days already entered for it', async () => {
  // 10-01 00:30 in Shanghai is still September in UTC: the Shanghai day decides
  phoneClockAt(new Date(`${OFFICIAL_CALENDAR_THROUGH}-09-30T16:30:00Z`))
  render(<WorkdayCorrections />)
  expect(await screen.findByText(new RegExp(`${next} 年的放假安排尚未内置（已录入 2 天）：请按国务院办公厅的放假通知`))).toBeTruthy()
})

it('says nothing while the coming months are covered', async () => {
  phoneClockAt(new Date(`${OFFICIAL_CALENDAR_THROUGH}-06-01T02:00:00Z`))
  render(<WorkdayCorrections />)
  expect(await screen.findByText(`${next}-02-08 按休息日计`)).toBeTruthy()
  expect(screen.queryByText(/放假安排尚未内置/)).toBeNull()
})
