/** 居民服务中心's pages in jsdom: what a person is told before and after a tap (the cloud answers from a table). */
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import HoursPage from '@/centers/residents/pages/hours'
import ProposePage from '@/centers/residents/pages/propose'
import SendOpinionPage from '@/centers/residents/pages/send'
import TalksPage from '@/centers/residents/pages/talks'
import TopicPage from '@/centers/residents/pages/topic'
import TopicsPage from '@/centers/residents/pages/topics'
import VerifyPage from '@/centers/residents/pages/verify'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro, showAgain } from '../support/taro'

const profile = { name: '李建国', community: '黄河西路第一社区', address: '17号楼1单元302', phone: null, birthYear: null }
const whoami = (withProfile: boolean, roles: Array<Record<string, string>> = [{ role: 'resident' }]) => ({ ok: true as const, data: { openid: 'visitor-1', profile: withProfile ? profile : null, roles } })
const badge = (verified: boolean) => ({ verified, community: verified ? '黄河西路第一社区' : null, building: verified ? '17号楼' : null, pending: false, refusal: null })
const page = <T,>(items: T[]) => ({ ok: true as const, data: { items, page: 1, pageSize: 20, hasMore: false } })
const reception = { id: 'reception-song', title: '书记接待日', cadreName: '宋志刚', address: '第一社区党群服务中心', hoursText: '每周二 09:00–10:00，每人 30 分钟', weekdays: [2], mine: true }
const slots = {
  reception,
  days: [
    { day: '2026-12-01', slots: [{ time: '09:00', start: '2026-12-01T01:00:00.000Z', state: 'open' }, { time: '09:30', start: '2026-12-01T01:30:00.000Z', state: 'open' }] },
    { day: '2026-12-08', slots: [{ time: '09:00', start: '2026-12-08T01:00:00.000Z', state: 'open' }] },
  ],
}
const disabledWithReason = (name: string | RegExp, why: RegExp) => {
  const button = screen.getByRole('button', { name }) as HTMLButtonElement
  expect(button.disabled).toBe(true)
  expect(document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(why)
}

beforeEach(() => {
  resetTaro()
  window.localStorage.setItem('localcloud.openid', 'visitor-1')
})

describe('a new resident without 个人资料', () => {
  it('is told before typing an opinion that the profile comes first, with the way there; what they typed stays', async () => {
    let hasProfile = false
    const sent = fakeGateway(({ body }) => (body.action === 'whoami' ? whoami(hasProfile) : { ok: true, data: { id: 'op-1' } }))
    render(<SendOpinionPage />)
    expect(await screen.findByText(/反映意见前请先完善个人资料/)).toBeTruthy()
    fireEvent.input(screen.getByLabelText('具体内容'), { target: { value: '小区垃圾桶不够' } })
    disabledWithReason('提交', /请先完善个人资料/)
    fireEvent.click(screen.getByRole('button', { name: '去完善个人资料' }))
    expect(navigations).toEqual(['/account/pages/profile/index'])
    // back from 个人资料, profile saved: the same words, now sendable
    hasProfile = true
    act(() => showAgain())
    await waitFor(() => expect(screen.queryByText(/反映意见前请先完善个人资料/)).toBeNull())
    expect((screen.getByLabelText('具体内容') as HTMLTextAreaElement).value).toBe('小区垃圾桶不够')
    expect((screen.getByRole('button', { name: '提交' }) as HTMLButtonElement).disabled).toBe(false)
    expect(sent.some((c) => c.body.action === 'submitOpinion')).toBe(false)
  })

  it('is told before booking a talk, and cannot ask for the address badge yet', async () => {
    fakeGateway(({ body }) => {
      if (body.action === 'whoami') return whoami(false)
      if (body.action === 'listReceptions') return { ok: true, data: { items: [reception] } }
      if (body.action === 'receptionSlots') return { ok: true, data: slots }
      if (body.action === 'myVerification') return { ok: true, data: badge(false) }
      return page([])
    })
    const talks = render(<TalksPage />)
    expect(await screen.findByText(/预约恳谈前请先完善个人资料/)).toBeTruthy()
    fireEvent.click(await screen.findByRole('button', { name: '09:30' }))
    fireEvent.input(screen.getByLabelText('想谈的事'), { target: { value: '加装电梯' } })
    disabledWithReason(/^预约 09:30/, /请先完善个人资料/)
    talks.unmount()
    render(<TopicsPage />)
    expect(await screen.findByText(/参与议事前请先完善个人资料/)).toBeTruthy()
    disabledWithReason('申请地址认证', /请先完善个人资料/)
  })
})

describe('干群恳谈', () => {
  it('marks the chosen day and time with a tick, not colour alone', async () => {
    fakeGateway(({ body }) => {
      if (body.action === 'whoami') return whoami(true)
      if (body.action === 'listReceptions') return { ok: true, data: { items: [reception] } }
      if (body.action === 'receptionSlots') return { ok: true, data: slots }
      return page([])
    })
    render(<TalksPage />)
    expect(await screen.findByRole('button', { name: '✓ 12月1日 周二' })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '09:30' }))
    expect(screen.getByRole('button', { name: '✓ 09:30' }).getAttribute('aria-pressed')).toBe('true')
    expect(screen.getByRole('button', { name: '09:00' }).getAttribute('aria-pressed')).toBe('false')
    // chosen, nothing to talk about yet: the reason is the topic, not the time
    disabledWithReason(/^预约 09:30/, /请写下想谈的事/)
  })

  it('asks the cadre before recording 未到, and says a missing outcome under that talk only', async () => {
    const talk = (id: string, time: string, who: string) => ({ id, time, who, community: '黄河西路第一社区', topic: '停车难', status: 'booked', statusText: '已预约', outcome: null })
    const sent = fakeGateway(({ body }) => {
      if (body.action === 'listReceptions') return { ok: true, data: { items: [reception] } }
      if (body.action === 'receptionSlots') return { ok: true, data: slots }
      if (body.action === 'receptionBoard') return { ok: true, data: { reception, day: '2026-12-01', talks: [talk('b1', '09:00', '李*国'), talk('b2', '09:30', '王*兰')], agenda: [] } }
      return { ok: true, data: {} }
    })
    render(<HoursPage />)
    const noShow = await screen.findAllByRole('button', { name: '居民未到' })
    fireEvent.click(noShow[0])
    fireEvent.click(within(await screen.findByRole('alertdialog', { name: '记为居民未到' })).getByRole('button', { name: '再想想' }))
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull())
    expect(sent.some((c) => c.body.action === 'recordReception')).toBe(false)

    fireEvent.click(screen.getAllByRole('button', { name: '记录结果' })[1])
    expect(await screen.findAllByText('请写明恳谈结果，居民会看到')).toHaveLength(1)
    const second = screen.getByLabelText('09:30 恳谈结果').closest('.card') as HTMLElement
    expect(within(second).getByText('请写明恳谈结果，居民会看到')).toBeTruthy()
  })
})

describe('居民议事 and the address badge', () => {
  it('does not let an unverified resident send a topic they cannot raise, and says why', async () => {
    fakeGateway(({ body }) => (body.action === 'whoami' ? whoami(true) : { ok: true, data: badge(false) }))
    render(<ProposePage />)
    await screen.findByText(/地址经社区认证后才能提出议题/)
    await waitFor(() => disabledWithReason('提出议题', /地址认证通过后才能提出议题/))
  })

  it('shows a refusal without a reason under that resident only', async () => {
    const row = (id: string, name: string) => ({ id, name, community: '黄河西路第一社区', address: '3号楼', askedAt: '2026-12-01T01:00:00.000Z' })
    const sent = fakeGateway(({ body }) => (body.action === 'listVerifications' ? page([row('v1', '郭志强'), row('v2', '周桂芬')]) : { ok: true, data: { done: true } }))
    render(<VerifyPage />)
    fireEvent.click((await screen.findAllByRole('button', { name: '退回' }))[1])
    expect(await screen.findAllByText('不通过时请说明原因')).toHaveLength(1)
    const second = screen.getByLabelText('周桂芬 不通过的原因（退回时填写）').closest('.card') as HTMLElement
    expect(within(second).getByText('不通过时请说明原因')).toBeTruthy()
    expect(sent.some((c) => c.body.action === 'verifyAddress')).toBe(false)
  })

  it('tells staff a topic below its threshold cannot go to the council yet instead of a form it would refuse', async () => {
    const topic = (supportCount: number) => ({
      id: 't1', title: '社区食堂增加早餐供应', scopeText: '黄河西路第一社区', step: 'gathering', stepText: '征求意见', supportCount, threshold: 30, progress: 0, byCouncil: false,
      updatedAt: '2026-12-01T01:00:00.000Z', body: '早上供应早餐', proposer: '李*国', gatherUntil: '2026-12-15T16:00:00.000Z', comments: [], council: null, resolution: null,
      objections: [], vote: null, tasks: [], updates: [], rating: { count: 0, average: null }, inScope: false, staff: true, supported: false, objected: false, rated: false,
      ballotReceipt: null, can: { support: false, comment: false, object: false, vote: false, rate: false },
    })
    let supports = 12
    fakeGateway(() => ({ ok: true, data: topic(supports) }))
    resetTaro({ params: { id: 't1' } })
    const first = render(<TopicPage />)
    expect(await screen.findByText(/支持人数达到 30 人后才能安排议事会，现在 12 人/)).toBeTruthy()
    expect(screen.queryByRole('button', { name: '安排议事会' })).toBeNull()
    // the five steps as residents are taught them
    expect(screen.getByText('提议题（已完成）')).toBeTruthy()
    expect(screen.getByText('征求意见（进行中）')).toBeTruthy()
    expect(screen.getByText('实施评议')).toBeTruthy()
    first.unmount()
    supports = 30
    render(<TopicPage />)
    expect(await screen.findByRole('button', { name: '安排议事会' })).toBeTruthy()
    expect(screen.queryByText(/后才能安排议事会/)).toBeNull()
  })
})
