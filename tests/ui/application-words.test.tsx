import { render, screen } from '@testing-library/react'
import { ApplicationHeader } from '@/centers/affairs/components/application-detail'
import { ApplicationRowButton, type ApplicationRow } from '@/centers/affairs/components/application-row'
import type { Application } from '@/centers/affairs/pages/application/draft'
import { resetTaro } from '../support/taro'

const row: ApplicationRow = {
  id: 'app-1',
  serviceId: 'svc-laonian-youdai',
  serviceName: '老年人优待证',
  stationId: 'station-2',
  stationName: '第二社区居民服务站',
  community: '黄河西路第二社区',
  applicantName: '王秀兰',
  status: 'submitted',
  statusText: '已提交，待社区预审',
  submittedAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T01:00:00.000Z',
  daysOpen: 0,
  onBehalf: false,
  handledAt: 'community',
} as ApplicationRow

beforeEach(() => resetTaro())

describe('an application sent today', () => {
  it('never says 已 0 天, in the list or on its page', () => {
    render(<ApplicationRowButton app={row} />)
    render(<ApplicationHeader app={{ ...row, fields: [], materialUrls: [], materialFiles: [], materialOf: [], note: null, missing: [], timeline: [] } as unknown as Application} />)
    expect(screen.queryByText(/已 0 天/)).toBeNull()
    expect(screen.getByText(/今天提交/)).toBeTruthy()
    expect(screen.getByText(/11月30日 周一 提交/)).toBeTruthy()
  })
})
