/** The command view's tables and the report lists as xlsx: Chinese headers, times in Shanghai, no reporter's name or phone. */
import type { CommandOverview, OVERVIEW_TABLES, ReportSummary } from '@/shared/contracts/governance'
import { percent } from '@/shared/domain/governance/rates'
import { REPORT_STATUS_TEXT, type ReportStatus } from '@/shared/domain/governance/reports'
import { deadlineText } from '@/shared/domain/governance/spans'
import { formatForPeople, shanghaiDay } from '@/shared/time'
import type * as z from 'zod'
import { exportSheet, type SheetSpec } from '../../_kernel/sheets'

type OverviewTable = (typeof OVERVIEW_TABLES)[number]
type Overview = Omit<z.infer<typeof CommandOverview>, 'sheet'>
type Scope = Overview['street']
type Period = Overview['today']

export function reportsSheet(rows: readonly ReportSummary[]): SheetSpec<ReportSummary> {
  return {
    name: '问题清单',
    columns: [
      { header: '编号', width: 26, value: (r) => r.id },
      { header: '上报时间', width: 22, value: (r) => formatForPeople(r.createdAt) },
      { header: '类别', value: (r) => r.category },
      { header: '问题描述', width: 40, value: (r) => r.description },
      { header: '地点', width: 24, value: (r) => r.placeName },
      { header: '社区', width: 18, value: (r) => r.community },
      { header: '状态', width: 24, value: (r) => r.statusText },
      { header: '紧急', value: (r) => (r.urgent ? '是' : '否') },
      { header: '公开', value: (r) => (r.public ? '是' : '否') },
      { header: '派给', width: 30, value: (r) => r.assignee?.name ?? '待指挥中心派单' },
      { header: '当前时限', width: 22, value: (r) => (r.dueAt ? deadlineText(r.dueAt) : '') },
      { header: '超时', value: (r) => (r.overdue ? '是' : '否') },
      { header: '关注人数', value: (r) => r.followerCount },
    ],
    rows,
  }
}

type FigureRow = { dimension: string; item: string; count: number }

function periodSheet(name: string, p: Period): SheetSpec<FigureRow> {
  const rows: FigureRow[] = [{ dimension: '合计', item: `${shanghaiDay(p.since)} 起`, count: p.total }]
  for (const [dimension, counts, text] of [
    ['状态', p.state, (k: string) => REPORT_STATUS_TEXT[k as ReportStatus]?.split('，')[0] ?? k],
    ['类别', p.category, (k: string) => k],
    ['社区', p.community, (k: string) => k],
  ] as const) {
    for (const [k, n] of Object.entries(counts)) if (n > 0) rows.push({ dimension, item: text(k), count: n })
  }
  return { name, columns: [{ header: '维度', value: (r) => r.dimension }, { header: '项目', width: 24, value: (r) => r.item }, { header: '件数', value: (r) => r.count }], rows }
}

function ratesSheet(name: string, scopes: readonly Scope[]): SheetSpec<Scope> {
  const weeks = scopes[0]?.trend.map((t) => t.week) ?? []
  return {
    name,
    columns: [
      { header: '名称', width: 20, value: (s) => s.name },
      { header: '受理', value: (s) => s.counters.received },
      { header: '按时响应', value: (s) => s.counters.respondedOnTime },
      { header: '办结', value: (s) => s.counters.closed },
      { header: '解决', value: (s) => s.counters.resolved },
      { header: '评价', value: (s) => s.counters.rated },
      { header: '满意', value: (s) => s.counters.satisfied },
      { header: '超时', value: (s) => s.counters.overdue },
      { header: '响应率', value: (s) => percent(s.rates.response) },
      { header: '解决率', value: (s) => percent(s.rates.resolution) },
      { header: '满意率', value: (s) => percent(s.rates.satisfaction) },
      ...weeks.flatMap((week, i) => {
        const at = (s: Scope) => s.trend[i]?.rates
        const label = `${week.slice(5)}周`
        return [
          { header: `${label}响应率`, width: 14, value: (s: Scope) => percent(at(s)?.response ?? null) },
          { header: `${label}解决率`, width: 14, value: (s: Scope) => percent(at(s)?.resolution ?? null) },
          { header: `${label}满意率`, width: 14, value: (s: Scope) => percent(at(s)?.satisfaction ?? null) },
        ]
      }),
    ],
    rows: scopes,
  }
}

type Figure = Overview['centers'][number]

const centersSheet = (rows: readonly Figure[]): SheetSpec<Figure> => ({
  name: '各中心实时数据',
  columns: [
    { header: '指标', width: 20, value: (f) => f.label },
    { header: '数值', value: (f) => f.value },
    { header: '说明', width: 36, value: (f) => f.note },
  ],
  rows,
})

/** One table of the command view written as xlsx (what `commandOverview({ export })` names). */
export function exportOverview(table: OverviewTable, o: Overview, now: Date): Promise<{ url: string; rows: number }> {
  const folder = 'governance/command'
  switch (table) {
    case 'today':
      return exportSheet(folder, periodSheet('今日上报', o.today), now)
    case 'month':
      return exportSheet(folder, periodSheet('本月上报', o.month), now)
    case 'street':
      return exportSheet(folder, ratesSheet('全街道三率', [o.street]), now)
    case 'teams':
      return exportSheet(folder, ratesSheet('各处置队伍三率', o.teams), now)
    case 'communities':
      return exportSheet(folder, ratesSheet('各社区三率', o.communities), now)
    case 'centers':
      return exportSheet(folder, centersSheet(o.centers), now)
  }
}
