import { render, screen, within } from '@testing-library/react'
import { CenterHome } from '@/components/center-home'
import Home from '@/pages/home'
import { CENTERS } from '@/shared/domain/centers'
import { resetTaro } from '../support/taro'

beforeEach(() => resetTaro())

describe('centers not built yet', () => {
  it('say 即将开通 on their home cards and promise nothing else; built centers do not', () => {
    render(<Home />)
    for (const center of CENTERS) {
      const card = screen.getByRole('button', { name: new RegExp(center.name.replace(/[()（）]/g, '.')) })
      expect({ [center.code]: card.textContent?.includes('即将开通') }).toEqual({ [center.code]: !center.online })
    }
    expect(CENTERS.filter((c) => c.online).map((c) => c.code)).toEqual(expect.arrayContaining(['affairs', 'culture']))
    expect(screen.queryByText(/子女可为父母代订/)).toBeNull()
  })

  it('give their address, phone, opening hours and what to bring on their page, with nothing that looks tappable', () => {
    // every center is online now; the page a center gets until its functions land, shown for one
    render(<CenterHome code='party' />)
    expect(screen.getByText('线上服务即将开通')).toBeTruthy()
    const visit = screen.getByRole('region', { name: '到中心现场办理' })
    expect(within(visit).getByText(/^地址：包头市昆都仑区黄河西路街道/)).toBeTruthy()
    expect(within(visit).getByText('电话：暂未公布，请向所在社区居委会或街道办事处询问')).toBeTruthy()
    expect(within(visit).getByText(/^开放时间：/)).toBeTruthy()
    expect(within(visit).getByText(/流动党员活动证/)).toBeTruthy()
    // the only buttons are the page bar's way back
    expect(screen.queryAllByRole('button').map((b) => b.textContent)).toEqual(['‹ 返回'])
  })

  it('every center has an address, hours and something to bring, and a phone only where one is published', () => {
    for (const { code, visit } of CENTERS) {
      expect({ code, address: !!visit.address, hours: !!visit.hours, bring: visit.bring.length > 0 }).toEqual({ code, address: true, hours: true, bring: true })
      // the reference document gives no phone numbers or hours: none is made up
      expect({ code, phone: visit.phone }).toEqual({ code, phone: null })
      expect(visit.hours).not.toMatch(/\d{1,2}:\d{2}/)
    }
  })
})
