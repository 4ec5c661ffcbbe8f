import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import ApplyAidPage from '@/centers/legal/pages/apply'
import BoardPage from '@/centers/legal/pages/board'
import CheckPage from '@/centers/legal/pages/check'
import MediationPage from '@/centers/legal/pages/mediation'
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

describe('调解案件 page: 司法确认', () => {
  it('lets a party record that 司法确认 was applied for, after asking, and then says no reminder follows', async () => {
    resetTaro({ params: { id: 'm1' } })
    const confirmed = {
      id: 'm1', caseNo: '调字〔2026〕ABC234号', level: 'people', levelText: '人民调解', status: 'confirmed', statusText: '协议已确认',
      applicantName: '王秀兰', respondentName: '赵大海', mediatorName: '吴桂英', isPublic: false, updatedAt: '2026-12-01T02:00:00.000Z',
      dispute: '楼上装修噪音', respondentPhone: '13712345678', inviteCode: null, sessions: [],
      agreement: { terms: '装修限 8:00–18:00', performance: '12月10日前', recordedAt: '2026-12-01T02:00:00.000Z', confirmedBy: ['applicant', 'respondent'] },
      failureReason: null, refusalReason: null, judicialConfirmBy: '2026-12-31T02:00:00.000Z', judicialAppliedAt: null, history: [],
      role: 'applicant', canRespond: false, canConfirm: false, canEscalate: false, canRecordJudicial: true,
    }
    const sent = fakeGateway((call) => {
      if (call.body.action === 'getMediation') return { ok: true, data: confirmed }
      if (call.body.action === 'recordJudicialApplication') return { ok: true, data: { ...confirmed, judicialAppliedAt: '2026-12-08T02:00:00.000Z', canRecordJudicial: false } }
      return { ok: true, data: me }
    })
    render(<MediationPage />)
    expect(await screen.findByText(/截止前 7 天我们会再提醒您一次/)).toBeTruthy()
    fireEvent.click(screen.getByRole('button', { name: '已申请司法确认' }))
    const dialog = await screen.findByRole('alertdialog', { name: '已申请司法确认' })
    expect(dialog.textContent).toContain('记录后不再提醒双方申请')
    fireEvent.click(screen.getByRole('button', { name: '已申请' }))
    expect(await screen.findByText('已于 12月8日 周二 记录：已向人民法院申请司法确认，不再提醒。')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '已申请司法确认' })).toBeNull()
    expect(screen.queryByText(/截止前 7 天我们会再提醒您一次/)).toBeNull()
    expect(sent.filter((c) => c.body.action === 'recordJudicialApplication').map((c) => c.body.input)).toEqual([{ mediationId: 'm1' }])
  })
})
