/** What the members side of the party function shows of its documents, and to whom. */
import type { MemberRecord, MemberRow, PostView, RosterRow, WishView } from '@/shared/contracts/party-members'
import { maskPhone } from '@/shared/domain/people'
import { memberStatusText } from '@/shared/domain/party/members'
import { periodText, SIGNUP_STATUS_TEXT } from '@/shared/domain/party/posts'
import { budgetText, publicWho, shortCommunity, WISH_STATUS_TEXT } from '@/shared/domain/party/wishes'
import { formatForPeople } from '@/shared/time'
import type { Doc } from '../_kernel/cloud'
import { iso } from '../_kernel/paging'
import type { MemberDoc, PostDoc, SignupDoc, WishDoc } from './repo'

export const MEMBER_PAGE = '/centers/party/pages/member/index'
export const POSTS_PAGE = '/centers/party/pages/posts/index'
export const wishLink = (id: string) => `/centers/party/pages/wish/index?id=${id}`

export function memberRow(m: MemberDoc): MemberRow {
  return {
    id: m._id,
    name: m.name,
    maskedPhone: maskPhone(m.phone),
    branch: m.branch,
    floating: m.floating,
    keptAt: m.keptAt,
    workplace: m.workplace,
    community: m.community,
    status: m.status,
    statusText: memberStatusText(m),
    reportedCommunity: m.reportedCommunity,
    hoursServed: m.hoursServed,
    registeredAt: iso(m.registeredAt),
  }
}

export function memberRecordView(
  m: MemberDoc,
  signups: SignupDoc[] = [],
  wishes: WishDoc[] = [],
  studies: Array<{ title: string; startAt: Date; attended: boolean }> = [],
): MemberRecord {
  return {
    id: m._id,
    name: m.name,
    phone: m.phone,
    branch: m.branch,
    floating: m.floating,
    keptAt: m.keptAt,
    workplace: m.workplace,
    community: m.community,
    status: m.status,
    statusText: memberStatusText(m),
    refusedReason: m.refusedReason,
    reportedCommunity: m.reportedCommunity,
    reportedAt: iso(m.reportedAt),
    hoursServed: m.hoursServed,
    posts: signups.map((s) => ({ title: s.title, place: s.place, whenText: periodText(s.startAt, s.endAt), hours: s.hours ?? 0, statusText: SIGNUP_STATUS_TEXT[s.status] })),
    studies: studies.map((s) => ({ title: s.title, whenText: formatForPeople(s.startAt), attended: s.attended })),
    wishes: wishes.map((w) => ({ title: w.title, who: publicWho(w.community, w.needyKind), statusText: WISH_STATUS_TEXT[w.status] })),
  }
}

export function postView(p: PostDoc, mine: SignupDoc | null, now: Date): PostView {
  return {
    id: p._id,
    community: p.community,
    kind: p.kind,
    title: p.title,
    description: p.description,
    place: p.place,
    startAt: iso(p.startAt),
    endAt: iso(p.endAt),
    periodText: periodText(p.startAt, p.endAt),
    capacity: p.capacity,
    placesLeft: Math.max(0, p.placesLeft),
    hours: p.hours,
    open: p.status === 'open' && new Date(p.endAt).getTime() > now.getTime(),
    mine: mine ? { status: mine.status, statusText: SIGNUP_STATUS_TEXT[mine.status] } : null,
  }
}

export function signupView(s: SignupDoc) {
  return { postId: s.postId, title: s.title, place: s.place, periodText: periodText(s.startAt, s.endAt), status: s.status, statusText: SIGNUP_STATUS_TEXT[s.status] }
}

export function rosterRow(s: SignupDoc): RosterRow {
  return { id: s._id, name: s.name, maskedPhone: maskPhone(s.phone), status: s.status, statusText: SIGNUP_STATUS_TEXT[s.status], hours: s.hours }
}

/** Where a claimer brings what was wished for: the community hands it over, so no claimer needs the address. */
export const handOverAt = (community: string) => `送到${shortCommunity(community)}党群服务站，由社区工作人员转交`

export interface WishViewer {
  ownerId: string
  /** staff of the wish's community or party staff */
  manages: boolean
  photoUrls?: string[]
}

/** A wish as `viewer` may see it: the needy person's name, address and phone only for staff and the person themself. */
export function wishView(w: WishDoc, viewer: WishViewer): WishView {
  const own = !!w.wisherId && w.wisherId === viewer.ownerId
  const claimedByMe = !!w.claimerId && w.claimerId === viewer.ownerId
  return {
    id: w._id,
    community: w.community,
    who: publicWho(w.community, w.needyKind),
    title: w.title,
    description: w.description,
    budgetText: budgetText(w.budget),
    hours: w.hours ?? 1,
    status: w.status,
    statusText: WISH_STATUS_TEXT[w.status],
    claimDeadline: w.status === 'claimed' ? iso(w.claimDeadline) : null,
    claimedByMe,
    mine: own,
    deliveryNote: viewer.manages || claimedByMe ? w.deliveryNote : null,
    handOver: handOverAt(w.community),
    needy: viewer.manages || own ? { name: w.needyName, address: w.needyAddress, phone: w.needyPhone } : null,
    claimerName: viewer.manages ? w.claimerName : null,
    photoUrls: viewer.photoUrls ?? [],
    refusedReason: viewer.manages || own ? w.refusedReason : null,
    canManage: viewer.manages,
  }
}

/** Attendance of the party center's activities, from the person's activity sign-ups. */
export function studiesOf(activitySignups: Doc[], party: Map<string, { title: string; startAt: Date }>) {
  return activitySignups
    .filter((s) => party.has(s.activityId as string) && s.status === 'confirmed')
    .map((s) => {
      const a = party.get(s.activityId as string) as { title: string; startAt: Date }
      return { title: a.title, startAt: a.startAt, attended: !!s.checkedInAt }
    })
}
