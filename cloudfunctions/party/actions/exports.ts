/**
 * Party staff's spreadsheets (xlsx, Chinese headers, open cleanly in Excel and WPS): 党员名册 with where each
 * member reported and the hours served, and 志愿者名册 with each volunteer's hours. Phones are masked as in the
 * lists and no openid is written: a sheet is forwarded and printed.
 */
import type { party } from '@/shared/contracts/party'
import { toHours } from '@/shared/domain/party/ledger'
import { formatForPeople } from '@/shared/time'
import type { Actions } from '../../_kernel/handler'
import { exportSheet } from '../../_kernel/sheets'
import * as ledgerRepo from '../ledger-repo'
import { memberRow } from '../member-views'
import * as repo from '../repo'
import { volunteerView } from '../views'

type A = Actions<typeof party>

const when = (at: Date | null, withTime = true) => (at ? formatForPeople(at, withTime) : '')

/** 党员名册: every member (or those in one status, or reported to one community), as the list orders them. */
export const exportMembers: A['exportMembers'] = async (filter, ctx) => {
  const docs = await repo.readAll<repo.MemberDoc>(repo.membersQuery(filter))
  const rows = docs.map((m) => ({ row: memberRow(m), reportedAt: m.reportedAt }))
  return exportSheet('party/members', {
    name: filter.reportedCommunity ? `${filter.reportedCommunity} 报到党员` : '党员名册',
    columns: [
      { header: '姓名', value: ({ row }) => row.name },
      { header: '手机号', width: 14, value: ({ row }) => row.maskedPhone },
      { header: '所在党支部', width: 28, value: ({ row }) => row.branch },
      { header: '流动党员', value: ({ row }) => (row.floating ? '是' : '否') },
      { header: '组织关系所在地', width: 28, value: ({ row }) => row.keptAt },
      { header: '工作单位', width: 20, value: ({ row }) => row.workplace },
      { header: '居住社区', width: 18, value: ({ row }) => row.community },
      { header: '状态', width: 16, value: ({ row }) => row.statusText },
      { header: '报到社区', width: 18, value: ({ row }) => row.reportedCommunity },
      { header: '报到时间', width: 20, value: ({ reportedAt }) => when(reportedAt) },
      { header: '服务时长（小时）', width: 18, value: ({ row }) => row.hoursServed },
      { header: '登记时间', width: 20, value: ({ row }) => when(new Date(row.registeredAt)) },
    ],
    rows,
  }, ctx.now)
}

/** 志愿者名册: every volunteer (or one community's), newest first, with hours credited, spent and left. */
export const exportVolunteers: A['exportVolunteers'] = async ({ community }, ctx) => {
  const docs = await repo.readAll<ledgerRepo.AccountDoc>(ledgerRepo.volunteersQuery(community))
  const rows = docs.filter((a) => a.volunteer).map((a) => ({ view: volunteerView(a.volunteer as ledgerRepo.VolunteerProfile), a }))
  return exportSheet('party/volunteers', {
    name: community ? `${community} 志愿者` : '志愿者名册',
    columns: [
      { header: '志愿者编号', width: 12, value: ({ view }) => view.number },
      { header: '姓名', value: ({ view }) => view.name },
      { header: '所在社区', width: 18, value: ({ view }) => view.community },
      { header: '服务技能', width: 24, value: ({ view }) => view.skills.join('、') },
      { header: '可服务时间', width: 24, value: ({ view }) => view.availabilityText },
      { header: '登记时间', width: 16, value: ({ a }) => when(a.volunteer?.registeredAt ?? null, false) },
      { header: '累计服务时长（小时）', width: 20, value: ({ a }) => toHours(a.credited ?? 0) },
      { header: '已使用（小时）', width: 16, value: ({ a }) => toHours(a.spent ?? 0) },
      { header: '时间银行余额（小时）', width: 20, value: ({ a }) => toHours(a.balance ?? 0) },
    ],
    rows,
  }, ctx.now)
}
