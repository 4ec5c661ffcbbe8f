import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ApplyAidPage from '@/centers/legal/pages/apply'
import BoardPage from '@/centers/legal/pages/board'
import CheckPage from '@/centers/legal/pages/check'
import { checkEligibility } from '@/shared/domain/legal/eligibility'
import { fakeGateway } from '../support/fake-gateway'
import { navigations, resetTaro } from '../support/taro'

const me = { openid: 'resident-wang', profile: { name: '王秀兰', community: '黄河西路第二社区', address: '5号楼', phone: null }, roles: [{ role: 'resident' }] }

beforeEach(() => {
  window.localStorage.setItem('localcloud.openid', 'resident-wang')
})

describe('法律援助自测 page', () => {
  it('asks one question per screen and sends the resident on to the application with the answers', async () => {
    resetTaro()
    fakeGateway((call) => (call.body.action === 'checkEligibility' ? { ok: true, data: checkEligibility(call.body.input as never) } : { ok: true, data: me }))
    render(<CheckPage />)
    expect(screen.getByText('第 1 / 3 题')).toBeTruthy()
    expect(screen.getByText('您属于以下哪类人员？')).toBeTruthy()
    expect(screen.queryByText('您遇到的是什么问题？')).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: '农民工' }))
    fireEvent.click(await screen.findByRole('button', { name: '工伤赔偿' }))
    fireEvent.click(screen.getByRole('button', { name: '上一题' }))
    expect(screen.getByRole('button', { name: '✓ 工伤赔偿', pressed: true })).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '✓ 工伤赔偿' }))
    fireEvent.click(await screen.findByRole('button', { name: '劳动仲裁中' }))
    expect(await screen.findByText(/无需提交经济困难证明/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '申请法律援助' }))
    expect(navigations).toEqual(['/centers/legal/pages/apply/index?who=migrant&matter=injury&stage=arbitration&hardship=exempt'])
  })
})

describe('申请法律援助 page', () => {
  it('names what to fix before sending, and sends nothing with a mistyped ID number', async () => {
    resetTaro({ params: { who: 'elderly', matter: 'support', stage: 'notFiled' } })
    const sent = fakeGateway(() => ({ ok: true, data: me }))
    render(<ApplyAidPage />)
    // a senior with a fixed income declares hardship; without a fixed income the declaration goes
    expect(screen.getByText('经济困难声明')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: /没有固定生活来源/ }))
    expect(screen.queryByText('经济困难声明')).toBeNull()
    fireEvent.change(screen.getByLabelText('身份证号'), { target: { value: '110105194912310021' } })
    fireEvent.click(screen.getByRole('button', { name: '提交申请' }))
    expect(await screen.findByText('身份证号不正确，请核对后重新填写')).toBeTruthy()
    expect(screen.getByText('请填写案情简述')).toBeTruthy()
    await waitFor(() => expect(sent.filter((c) => c.body.action === 'applyAid' || c.fn === '_subscribe')).toEqual([]))
    expect(screen.getByText(/身份证号属于敏感个人信息/)).toBeTruthy()
  })
})

describe('工作台 page: 律师面谈', () => {
  it('shows the day’s duty-lawyer appointments and records that a resident came', async () => {
    resetTaro()
    const staff = { ...me, openid: 'legal-staff', roles: [{ role: 'centerStaff', center: 'legal' }] }
    const entry = { id: 'b1', time: '10:00', who: '王*兰', title: '律师面谈（劳动争议）', status: 'booked', statusText: '已预约', canMarkDone: true, canMarkNoShow: false }
    const sent = fakeGateway((call) => {
      if (call.body.action === 'listCases') return { ok: true, data: { items: [], page: 1, pageSize: 20, hasMore: false } }
      if (call.body.action === 'dutyBoard') return { ok: true, data: { day: call.body.input.day, entries: [entry] } }
      if (call.body.action === 'markLawyerBooking') return { ok: true, data: { ...entry, status: 'done', statusText: '已面谈', canMarkDone: false } }
      return { ok: true, data: staff }
    })
    render(<BoardPage />)
    fireEvent.click(await screen.findByRole('button', { name: '律师面谈' }))
    expect(await screen.findByText('10:00 律师面谈（劳动争议）')).toBeTruthy()
    // 未到 waits for the slot to begin, and says so
    expect((screen.getByRole('button', { name: '未到' }) as HTMLButtonElement).disabled).toBe(true)
    expect(screen.getByText('面谈时间到了才能记为未到')).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '已面谈' }))
    expect(await screen.findByText('王*兰 · 已面谈')).toBeTruthy()
    expect(sent.find((c) => c.body.action === 'markLawyerBooking')?.body.input).toEqual({ bookingId: 'b1', outcome: 'done' })
  })
})
