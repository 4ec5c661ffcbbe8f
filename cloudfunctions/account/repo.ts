/** All database access of the account function. */
import type { z } from 'zod'
import type { MyItem } from '../../src/shared/contracts/account'
import type { ProfileInput } from '../../src/shared/contracts/account'
import type { UserSummary } from '../../src/shared/contracts/account'
import type { Page } from '../../src/shared/contracts/common'
import { literalPattern, maskPhone } from '../../src/shared/domain/people'
import { effectiveRoles, type Role } from '../../src/shared/domain/roles'
import { _, db } from '../_kernel/cloud'
import { isDuplicateKey } from '../_kernel/errors'
import { fetchPage, iso } from '../_kernel/paging'
import type { UserDoc } from '../_kernel/users'

const users = () => db.collection('users')

/** Creates the person's document on first write; later writes change only the given fields. */
export async function saveUserFields(openid: string, exists: boolean, fields: Partial<UserDoc>, now: Date): Promise<void> {
  const data = { ...fields, updatedAt: now }
  if (!exists) {
    try {
      await users().add({ data: { _id: openid, profile: null, phone: null, roles: [], createdAt: now, ...data } })
      return
    } catch (error) {
      if (!isDuplicateKey(error)) throw error
    }
  }
  // _.set keeps the profile whole instead of merging it field by field
  const update = fields.profile ? { ...data, profile: _.set(fields.profile) } : data
  await users().doc(openid).update({ data: update })
}

export function profileFields(profile: ProfileInput): Partial<UserDoc> {
  const fields: Partial<UserDoc> = {
    profile: { name: profile.name, community: profile.community, address: profile.address, birthYear: profile.birthYear ?? null },
  }
  if (profile.phone) fields.phone = profile.phone
  return fields
}

export async function addRole(openid: string, role: Role, now: Date): Promise<number> {
  const { stats } = await users().doc(openid).update({ data: { roles: _.addToSet(role), updatedAt: now } })
  return stats.updated
}

export async function removeRole(openid: string, role: Role, now: Date): Promise<number> {
  const { stats } = await users().doc(openid).update({ data: { roles: _.pull(role), updatedAt: now } })
  return stats.updated
}

export function findUsers(keyword: string, page: { page: number; pageSize: number }): Promise<Page<z.input<typeof UserSummary>>> {
  const pattern = db.RegExp({ regexp: literalPattern(keyword), options: 'i' })
  const query = users()
    .where(_.or([{ 'profile.name': pattern }, { phone: pattern }]))
    .orderBy('updatedAt', 'desc')
  return fetchPage(query, page, (u: UserDoc) => ({
    openid: u._id,
    name: u.profile?.name ?? '（未填写姓名）',
    maskedPhone: maskPhone(u.phone),
    community: u.profile?.community ?? null,
    roles: effectiveRoles(u.roles),
  }))
}

interface MyItemDoc {
  _id: string
  center: MyItem['center']
  kind: string
  title: string
  status: string
  statusText: string
  nextAt: Date | null
  link: string
  updatedAt: Date
}

/** 'recent': everything, last changed first; 'upcoming': what still lies ahead, soonest first. */
export function listMyItems(
  ownerId: string,
  view: 'recent' | 'upcoming',
  page: { page: number; pageSize: number },
  now: Date,
): Promise<Page<MyItem>> {
  const query =
    view === 'upcoming'
      ? db.collection('my_items').where({ ownerId, nextAt: _.gte(now) }).orderBy('nextAt', 'asc')
      : db.collection('my_items').where({ ownerId }).orderBy('updatedAt', 'desc')
  return fetchPage(query, page, (d: MyItemDoc) => ({
    id: d._id,
    center: d.center,
    kind: d.kind,
    title: d.title,
    status: d.status,
    statusText: d.statusText,
    nextAt: iso(d.nextAt),
    link: d.link,
    updatedAt: iso(d.updatedAt),
  }))
}
