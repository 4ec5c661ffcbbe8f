/** All database access of the account function. */
import type { z } from 'zod'
import type { MyItem } from '@/shared/contracts/account'
import type { ProfileInput } from '@/shared/contracts/account'
import type { UserSummary } from '@/shared/contracts/account'
import type { Page } from '@/shared/contracts/common'
import { maskPhone } from '@/shared/domain/people'
import { effectiveRoles } from '@/shared/domain/roles'
import { _, db } from '../_kernel/cloud'
import { fetchPage, iso } from '../_kernel/paging'
import { searchUsers, type UserDoc } from '../_kernel/users'

export { addRole, removeRole, saveUserFields } from '../_kernel/users'

export function profileFields(profile: ProfileInput): Partial<UserDoc> {
  const fields: Partial<UserDoc> = {
    profile: { name: profile.name, community: profile.community, address: profile.address, birthYear: profile.birthYear ?? null },
  }
  if (profile.phone) fields.phone = profile.phone
  return fields
}

export function findUsers(keyword: string, page: { page: number; pageSize: number }): Promise<Page<z.input<typeof UserSummary>>> {
  return fetchPage(searchUsers(keyword), page, (u: UserDoc) => ({
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
  /** absent on entries written before 我的 rows said when and where */
  whenText?: string | null
  place?: string | null
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
    whenText: d.whenText ?? null,
    place: d.place ?? null,
    link: d.link,
    updatedAt: iso(d.updatedAt),
  }))
}
