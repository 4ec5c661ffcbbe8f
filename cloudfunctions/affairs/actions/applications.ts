/** 两级代办 applications: filed online or by staff for a walk-in resident, pre-checked by the community, handled by the street. */
import type { affairs } from '@/shared/contracts/affairs'
import { APPLICATION_STATUS_TEXT, DECISION_TEXT, missingMaterials, review } from '@/shared/domain/affairs/applications'
import { acceptsAt } from '@/shared/domain/affairs/bookings'
import { isStaffOf } from '@/shared/domain/roles'
import { formatForPeople, startOfShanghaiDay } from '@/shared/time'
import { requestKeyedId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { acceptFiles, fileLinks } from '../../_kernel/files'
import { type ActionContext, type Actions, who } from '../../_kernel/handler'
import { putMyItem } from '../../_kernel/mine'
import { notify, phrase, thing } from '../../_kernel/notify'
import { fetchPage } from '../../_kernel/paging'
import * as repo from '../repo'
import { applicationDetail, applicationSummary } from './views'

type A = Actions<typeof affairs>

const applicationLink = (id: string) => `/centers/affairs/pages/application/index?id=${id}`

function mirrorApplication(app: repo.ApplicationDoc, now: Date): Promise<void> {
  return putMyItem(
    {
      ownerId: app.subjectId,
      center: 'affairs',
      kind: 'application',
      refId: app._id,
      title: `代办申请：${app.serviceName}`,
      status: app.status,
      statusText: APPLICATION_STATUS_TEXT[app.status],
      nextAt: null,
      whenText: `${formatForPeople(app.submittedAt, false)} 提交`,
      place: app.stationName,
      link: applicationLink(app._id),
    },
    now,
  )
}

/** Photos of materials hold ID numbers: short-lived links, only ever handed to the applicant and the handling staff. */
const materialUrls = (app: repo.ApplicationDoc): Promise<string[]> => fileLinks(app.materialFiles, 600)

async function actorName(ctx: ActionContext): Promise<string> {
  return (await ctx.caller()).user?.profile?.name ?? '工作人员'
}

/**
 * Files (or resubmits) an application: one read (station, service, person, this request's earlier result), the
 * photos, the record, 我的. The new application's id comes from the request: a retry returns the first one.
 */
export const submitApplication: A['submitApplication'] = async (input, ctx) => {
  const { actorId, subjectId, onBehalf } = who(ctx)
  const now = ctx.now
  const id = requestKeyedId(ctx)
  const { station, service, person, existing, returned } = await repo.applicationContext({ ...input, subjectId, id, returnedId: input.applicationId })
  if (existing) return applicationDetail(existing, now, await materialUrls(existing))
  if (station && !service) throw new AppError('NOT_FOUND', '没有找到该办事事项', { serviceId: '请重新选择办事事项' })
  if (station?.kind !== 'station' || !service) throw new AppError('INVALID_INPUT', '请选择受理的社区服务站', { stationId: '请选择社区服务站' })
  if (!acceptsAt(station, service)) throw new AppError('INVALID_INPUT', '该事项社区不能代办，请预约到街道受理中心办理', { serviceId: '该事项需到街道办理' })
  if (!person?.profile) {
    throw new AppError('CONFLICT', onBehalf ? '该居民尚未登记姓名和地址，请先为其完善资料' : '请先在「我的 → 完善个人资料」中填写姓名、社区和地址')
  }
  const by = onBehalf ? `${await actorName(ctx)}（工作人员代办）` : '申请人本人'
  const entry: repo.TimelineDoc = { at: now, status: 'submitted', text: input.applicationId ? '补正后重新提交' : '提交申请', by, reason: null, missing: [] }
  const materialOf = input.materialFiles.map((_, i) => input.materialOf[i] ?? '')
  const content = { fields: input.fields, materialFiles: input.materialFiles, materialOf, note: input.note || null }
  // after the photos themselves are checked: a photo that is not theirs is the first thing to fix
  const requireMaterials = () => {
    const missing = missingMaterials(service.materials, materialOf)
    if (missing.length) throw new AppError('INVALID_INPUT', `请补充材料照片：${missing.join('、')}`, { materialFiles: `还缺：${missing.join('、')}` })
  }

  // photos taken by the applicant, or by the staff member filing for them (代办)
  const files = { owners: [actorId, subjectId], purpose: 'applicationMaterial' as const, field: 'materialFiles' }

  let app: repo.ApplicationDoc
  if (input.applicationId) {
    if (!returned || returned.subjectId !== subjectId) throw new AppError('NOT_FOUND', '没有找到该申请')
    // the same resubmission retried after a lost reply: the application as it stands
    const again = returned.status === 'submitted' && returned.timeline.at(-1)?.text === entry.text && JSON.stringify(returned.materialFiles) === JSON.stringify(input.materialFiles)
    if (again) return applicationDetail(returned, now, await materialUrls(returned))
    if (returned.status !== 'returned') throw new AppError('CONFLICT', '只有被退回的申请才能补正后重新提交')
    await acceptFiles(input.materialFiles, { ...files, kept: returned.materialFiles })
    requireMaterials()
    const changes = { ...content, status: 'submitted' as const, missing: [], updatedAt: now }
    if (!(await repo.stepApplication(returned._id, 'returned', changes, entry))) throw new AppError('CONFLICT', '该申请刚刚被处理过，请刷新后再试')
    app = { ...returned, ...changes, timeline: [...returned.timeline, entry] }
  } else {
    await acceptFiles(input.materialFiles, files)
    requireMaterials()
    const doc: repo.ApplicationDoc = {
      _id: id,
      serviceId: service._id,
      serviceName: service.name,
      handledAt: service.handledAt,
      stationId: station._id,
      stationName: station.name,
      community: station.community,
      applicantName: person.profile.name,
      subjectId,
      actorId,
      onBehalf,
      ...content,
      status: 'submitted',
      missing: [],
      timeline: [entry],
      submittedAt: now,
      updatedAt: now,
    }
    // the same request, retried while the first was still running: the first application stands
    if (!(await repo.insertApplication(doc))) app = (await repo.getApplication(id)) ?? doc
    else app = doc
  }
  await mirrorApplication(app, now)
  return applicationDetail(app, now, await materialUrls(app))
}

export const myApplications: A['myApplications'] = (input, ctx) =>
  fetchPage(repo.applicationsOf(who(ctx).subjectId), input, (a: repo.ApplicationDoc) => applicationSummary(a, ctx.now))

/** The applicant, whoever filed it for them, and affairs staff may read it; to anyone else it does not exist. */
export const getApplication: A['getApplication'] = async ({ applicationId }, ctx) => {
  const { actorId } = who(ctx)
  const app = await repo.getApplication(applicationId)
  const mayRead = !!app && (app.subjectId === actorId || app.actorId === actorId || isStaffOf((await ctx.caller()).roles, 'affairs'))
  if (!app || !mayRead) throw new AppError('NOT_FOUND', '没有找到该申请')
  return applicationDetail(app, ctx.now, await materialUrls(app))
}

export const reviewApplication: A['reviewApplication'] = async (input, ctx) => {
  const app = await repo.getApplication(input.applicationId)
  if (!app) throw new AppError('NOT_FOUND', '没有找到该申请')
  const outcome = review(app.status, input.decision, app.handledAt)
  if (!outcome.ok) throw new AppError('CONFLICT', outcome.message)
  const level = app.status === 'forwarded' ? '街道' : app.stationName
  const missing = input.decision === 'return' ? input.missing : []
  const entry: repo.TimelineDoc = {
    at: ctx.now,
    status: outcome.status,
    text: DECISION_TEXT[input.decision],
    by: `${level} ${await actorName(ctx)}`,
    reason: input.reason || null,
    missing,
  }
  const changes = { status: outcome.status, missing, updatedAt: ctx.now }
  if (!(await repo.stepApplication(app._id, app.status, changes, entry))) throw new AppError('CONFLICT', '该申请刚被其他工作人员处理，请刷新后查看')
  const updated = { ...app, ...changes, timeline: [...app.timeline, entry] }
  await mirrorApplication(updated, ctx.now)
  await notify(app.subjectId, `application_${app._id}_${updated.timeline.length}`, 'applicationProgress', applicationLink(app._id), {
    thing1: thing(app.serviceName),
    phrase2: phrase(DECISION_TEXT[input.decision]),
    thing3: thing(input.reason || APPLICATION_STATUS_TEXT[outcome.status]),
  }, ctx.now)
  return applicationDetail(updated, ctx.now, await materialUrls(updated))
}

export const listApplications: A['listApplications'] = (input, ctx) => {
  const submittedBefore = input.minDaysOpen ? startOfShanghaiDay(ctx.now).subtract(input.minDaysOpen - 1, 'day').toDate() : undefined
  return fetchPage(
    repo.applicationsQuery({ status: input.status, community: input.community, serviceId: input.serviceId, submittedBefore }),
    input,
    (a: repo.ApplicationDoc) => applicationSummary(a, ctx.now),
  )
}
