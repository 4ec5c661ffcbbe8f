import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import BoardPage from '@/centers/affairs/pages/board'
import type { CloudResult } from '@/shared/result'
import { fakeGateway, type SentCall } from '../support/fake-gateway'
import { resetTaro } from '../support/taro'

const hall = {
  id: 'hall',
  name: '街道社区事务受理服务中心',
  kind: 'hall',
  community: null,
  address: '一楼大厅',
  rule: { weekdays: [1, 2, 3, 4, 5], periods: [{ start: '09:00', end: '12:00' }], slotMinutes: 30, windows: 2 },
}
const entry = (id: string, personName: string, status = 'booked') => ({
  id,
  time: '09:00',
  serviceName: '居住证办理',
  personName,
  maskedPhone: null,
  status,
  statusText: status === 'booked' ? '已预约' : '已取号',
  queueNo: status === 'booked' ? null : 1,
  window: null,
})
const lost = { ok: false as const, error: { code: 'INTERNAL' as const, message: '系统繁忙，请稍后再试' } }

/** The board on today's date for the center's staff, with two residents booked; `act` answers the staff actions. */
function board(act: (call: SentCall) => CloudResult<unknown>) {
  return fakeGateway((call) => {
    if (call.body.action === 'whoami') return { ok: true, data: { openid: 'persona-affairs-chen', profile: null, roles: [{ role: 'centerStaff', center: 'affairs' }] } }
    if (call.body.action === 'listPlaces') return { ok: true, data: { today: '2026-12-01', places: [hall] } }
    if (call.body.action === 'listBookings') return { ok: true, data: { place: hall, day: '2026-12-01', entries: [entry('b1', '王秀兰'), entry('b2', '李建国')] } }
    return act(call)
  })
}
const idsOf = (sent: SentCall[], action: string) => sent.filter((c) => c.body.action === action).map((c) => (c.body as { requestId?: string }).requestId)

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'persona-affairs-chen')
})

describe('预约看板 page', () => {
  it('calls the next resident again with the same request id after a lost reply, so nobody is called twice', async () => {
    const replies: CloudResult<unknown>[] = [lost, { ok: true, data: { ...entry('b1', '王秀兰', 'serving'), queueNo: 1, window: 1 } }]
    const sent = board(() => replies.shift() ?? lost)
    render(<BoardPage />)
    const callNext = await screen.findByRole('button', { name: '叫下一位到 1 号窗口' })
    fireEvent.click(callNext)
    expect(await screen.findByText('系统繁忙，请稍后再试')).toBeTruthy()
    fireEvent.click(callNext)
    expect(await screen.findByText('请 1 号 王秀兰 到 1 号窗口办理「居住证办理」')).toBeTruthy()
    const ids = idsOf(sent, 'callNext')
    expect(ids).toHaveLength(2)
    expect(ids[1]).toBe(ids[0])
  })

  it('starts a new call after a refusal, and after a call that went through', async () => {
    const replies: CloudResult<unknown>[] = [{ ok: false, error: { code: 'FORBIDDEN', message: '您没有权限进行此操作' } }, { ok: true, data: null }, { ok: true, data: null }]
    const sent = board(() => replies.shift() ?? lost)
    render(<BoardPage />)
    const callNext = await screen.findByRole('button', { name: '叫下一位到 1 号窗口' })
    fireEvent.click(callNext)
    expect(await screen.findByText('您没有权限进行此操作')).toBeTruthy()
    fireEvent.click(callNext)
    expect(await screen.findByText('没有等待中的居民')).toBeTruthy()
    fireEvent.click(callNext)
    await waitFor(() => expect(idsOf(sent, 'callNext')).toHaveLength(3))
    expect(new Set(idsOf(sent, 'callNext')).size).toBe(3)
  })

  it('never reuses the id of a lost call for another window, another button or another resident', async () => {
    const sent = board(() => lost)
    render(<BoardPage />)
    fireEvent.click(await screen.findByRole('button', { name: '叫下一位到 1 号窗口' }))
    await screen.findByText('系统繁忙，请稍后再试')
    fireEvent.click(screen.getByRole('button', { name: '2 号窗口' }))
    fireEvent.click(screen.getByRole('button', { name: '叫下一位到 2 号窗口' }))
    await waitFor(() => expect(idsOf(sent, 'callNext')).toHaveLength(2))
    const [takeWang, takeLi] = screen.getAllByRole('button', { name: '取号' })
    await waitFor(() => expect((takeWang as HTMLButtonElement).disabled).toBe(false))
    fireEvent.click(takeWang)
    await waitFor(() => expect(idsOf(sent, 'checkIn')).toHaveLength(1))
    await waitFor(() => expect((takeLi as HTMLButtonElement).disabled).toBe(false))
    fireEvent.click(takeLi)
    await waitFor(() => expect(idsOf(sent, 'checkIn')).toHaveLength(2))
    const ids = [...idsOf(sent, 'callNext'), ...idsOf(sent, 'checkIn')]
    expect(new Set(ids).size).toBe(4)
    expect(sent.filter((c) => c.body.action === 'checkIn').map((c) => c.body.input)).toEqual([{ bookingId: 'b1' }, { bookingId: 'b2' }])
  })
})
