/** 老年人信息数据库: records made by the senior, family or staff; read in full only by them; found by staff. */
import { pinyin } from 'pinyin-pro'
import type { eldercare, SeniorInput } from '@/shared/contracts/eldercare'
import { normalizeBuilding, searchKind } from '@/shared/domain/eldercare/seniors'
import type { z } from 'zod'
import { newId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { fetchPage } from '../../_kernel/paging'
import * as repo from '../repo'
import { actingText, isStaff, mustAccess, nameOf, seniorRow, seniorView } from '../views'

type A = Actions<typeof eldercare>
type Parsed = z.output<typeof SeniorInput>

export const initialsOf = (name: string) => pinyin(name, { pattern: 'first', toneType: 'none', type: 'array' }).join('').toLowerCase()

/** The stored fields of a record from its input (search keys derived here, once). */
export function seniorFields(input: Parsed) {
  return {
    name: input.name,
    initials: initialsOf(input.name),
    gender: input.gender,
    birthDate: input.birthDate,
    idNumber: input.idNumber,
    community: input.community,
    building: normalizeBuilding(input.building),
    unit: input.unit,
    room: input.room,
    phone: input.phone,
    phoneTail: input.phone ? input.phone.slice(-4) : null,
    living: input.living,
    mobility: input.mobility,
    diet: input.diet,
    subsidy: input.subsidy,
    contacts: input.contacts,
    healthNotes: input.healthNotes,
  }
}

/**
 * Staff record a walk-in (acting for the senior), a family member records a parent (and is linked at once),
 * a senior records themselves. One record per ID number.
 */
export const createSenior: A['createSenior'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  const caller = (await ctx.caller()).user
  const staff = isStaff({ roles: (await ctx.caller()).roles })
  if (input.idNumber && (await repo.seniorsByIdNumbers([input.idNumber])).length) {
    throw new AppError('CONFLICT', '这位老人已经建档，请在「关联老人」中申请关联，或联系中心核对', { idNumber: '该身份证号已建档' })
  }
  if (input.self) {
    const mine = await repo.seniorsOf(actorId)
    if (mine.some((s) => s.openid === actorId)) throw new AppError('CONFLICT', '您已经登记过本人档案')
  }
  const standing = input.self ? 'self' : staff ? 'staff' : 'family'
  const doc: repo.SeniorDoc = {
    _id: newId(),
    ...seniorFields(input),
    openid: input.self ? actorId : null,
    familyIds: standing === 'family' ? [actorId] : [],
    createdBy: actorId,
    updatedBy: actorId,
    updatedByRole: `${actingText(standing)}${nameOf(caller)}`,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  }
  await repo.insertSenior(doc)
  const links: repo.LinkDoc[] = []
  if (standing === 'family') {
    const link: repo.LinkDoc = {
      _id: repo.linkId(actorId, doc._id),
      familyId: actorId,
      familyName: nameOf(caller),
      seniorId: doc._id,
      seniorName: doc.name,
      relation: input.relation || '家属',
      status: 'approved',
      requestedAt: ctx.now,
      decidedBy: actorId,
      decidedAt: ctx.now,
    }
    await repo.insertLink(link)
    links.push(link)
  }
  return seniorView(doc, standing, links, ctx.now)
}

export const updateSenior: A['updateSenior'] = async ({ seniorId, ...input }, ctx) => {
  const { actorId } = who(ctx)
  const { senior, caller } = await repo.seniorWithCaller(seniorId, actorId)
  const standing = mustAccess(senior, actorId, caller)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  if (input.idNumber && input.idNumber !== senior.idNumber && (await repo.seniorsByIdNumbers([input.idNumber])).some((s) => s._id !== seniorId)) {
    throw new AppError('CONFLICT', '该身份证号已属于另一份档案，请核对', { idNumber: '该身份证号已建档' })
  }
  const fields = { ...seniorFields(input), updatedBy: actorId, updatedByRole: `${actingText(standing)}${nameOf(caller)}`, updatedAt: ctx.now }
  await repo.updateSeniorDoc(seniorId, fields)
  const updated = { ...senior, ...fields }
  return seniorView(updated, standing, await repo.linksOfSeniors([seniorId]), ctx.now)
}

export const getSenior: A['getSenior'] = async ({ seniorId }, ctx) => {
  const { actorId } = who(ctx)
  const { senior, caller } = await repo.seniorWithCaller(seniorId, actorId)
  const standing = mustAccess(senior, actorId, caller)
  if (!senior) throw new AppError('NOT_FOUND', '没有找到这位老人的档案')
  return seniorView(senior, standing, await repo.linksOfSeniors([seniorId]), ctx.now)
}

/** Staff search: name, pinyin initials ("wxl"), phone tail (4 digits) or building ("5号楼"); nothing sensitive in rows. */
export const listSeniors: A['listSeniors'] = async ({ keyword, community, ...page }, ctx) => {
  const query = keyword ? repo.searchSeniors(searchKind(keyword).kind, searchKind(keyword).value, community) : repo.seniorsOfCommunity(community)
  return fetchPage(query, page, (s: repo.SeniorDoc) => seniorRow(s, ctx.now))
}
