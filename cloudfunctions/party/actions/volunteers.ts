/**
 * 志愿者: anyone registers (skills, availability, community); party staff see the list; a volunteer downloads
 * their 志愿服务记录证明 (staff issue it on request), a PDF kept as the volunteer's file.
 */
import type { party } from '@/shared/contracts/party'
import { serviceRecord as recordOf, volunteerNumber } from '@/shared/domain/party/volunteers'
import { shanghaiDay } from '@/shared/time'
import { randomCode } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { fileLinks, storeGenerated } from '../../_kernel/files'
import { type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { fetchPage } from '../../_kernel/paging'
import * as repo from '../ledger-repo'
import { recordPdf } from '../record-pdf'
import { hoursOf } from '../access'
import { summary, volunteerView } from '../views'

type A = Actions<typeof party>

const HOURS_PAGE = '/centers/party/pages/hours/index'

/** Registers or updates the caller as a volunteer; the number stays: 4 requests (profile, account, write, 我的). */
export const registerVolunteer: A['registerVolunteer'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const [{ user }, account] = await Promise.all([ctx.caller(), repo.getAccount(actorId)])
  const name = user?.profile?.name
  if (!name) throw new AppError('CONFLICT', '请先在「我的 → 个人资料」填写姓名，再登记志愿者')
  const asked: repo.VolunteerProfile = {
    code: account?.volunteer?.code ?? randomCode(6),
    name,
    community: input.community,
    skills: input.skills,
    availability: input.availability,
    registeredAt: account?.volunteer?.registeredAt ?? ctx.now,
  }
  const volunteer = await repo.saveVolunteer(actorId, asked, account?.volunteer ?? null, !!account, ctx.now)
  const hours = summary(account)
  await putMyItem(
    {
      ownerId: actorId,
      center: 'party',
      kind: 'volunteer',
      refId: actorId.slice(-8),
      title: `志愿者 ${volunteerNumber(volunteer.code)}`,
      status: 'registered',
      statusText: `已登记 · 可用时长 ${hours.balanceText}`,
      nextAt: null,
      whenText: `${shanghaiDay(volunteer.registeredAt).slice(5).replace('-', '月')}日 登记`,
      place: volunteer.community,
      link: HOURS_PAGE,
    },
    ctx.now,
  )
  return volunteerView(volunteer)
}

/** Party staff: the volunteers, newest first (1 request a page besides the caller). */
export const listVolunteers: A['listVolunteers'] = async ({ community, ...page }) =>
  fetchPage(repo.volunteersQuery(community), page, (a: repo.AccountDoc) => ({
    ...volunteerView(a.volunteer as repo.VolunteerProfile),
    balanceText: summary(a).balanceText,
    creditedText: summary(a).creditedText,
  }))

/**
 * The 志愿服务记录证明 of the caller (or, for party staff, of the volunteer they name): every verified credit, the
 * period and hours, as a PDF stored as the volunteer's file; the link goes to the caller only. 3 requests.
 */
export const serviceRecord: A['serviceRecord'] = async ({ volunteerNo }, ctx) => {
  const { actorId } = who(ctx)
  const account = volunteerNo ? await hoursOf(ctx, volunteerNo) : await repo.getAccount(actorId)
  const volunteer = account?.volunteer
  if (!account || !volunteer) throw new AppError('CONFLICT', volunteerNo ? '没有这位志愿者' : '请先登记为志愿者，服务时长经核实后即可开具证明')
  const credits = await repo.ledgerPage(account._id, 0, 500, 'credit')
  const serial = `HHXL-${shanghaiDay(ctx.now).replaceAll('-', '')}-${randomCode(6)}`
  const record = recordOf(
    { name: volunteer.name, number: volunteerNumber(volunteer.code) },
    credits.map((c) => ({ at: new Date(c.at), title: c.source?.title ?? '志愿服务', minutes: c.minutes, verifiedByName: c.verifier?.[0]?.profile?.name ?? '工作人员' })),
    ctx.now,
    serial,
  )
  const fileId = await storeGenerated(account._id, 'serviceRecord', 'pdf', await recordPdf(record), ctx.now)
  const [url] = await fileLinks([fileId], 3600)
  return { ...record, url, fileName: `志愿服务记录证明-${volunteer.name}-${shanghaiDay(ctx.now)}.pdf` }
}
