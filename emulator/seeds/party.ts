/**
 * Demo data of 街道党建指导中心: 杨帆, a working member confirmed and reported to 第三社区; a floating member waiting
 * for 贾红 to confirm; 田丽's service posts in 第三社区; wishes in the pool and 刘桂芳's own waiting to be vetted;
 * a 主题党日 and a 党课 through the activities engine; and the volunteers' demo (volunteers.ts). Illustrative only.
 */
import { createHash } from 'node:crypto'
import { atShanghai, shanghaiDay } from '@/shared/time'
import { COMMUNITIES } from '@/shared/domain/communities'
import { creditEntryId } from '@/shared/domain/party/ledger'
import { AVAILABILITY, SKILLS } from '@/shared/domain/party/volunteers'
import { unclaimedWish } from '@/shared/domain/party/wishes'
import { NEEDY_KINDS } from '@/shared/domain/party/wishes'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'
import { seed as seedVolunteers } from './volunteers'

const DAY = 86_400_000
/** Day N after `now`, at a Shanghai wall-clock time. */
const on = (now: Date, days: number, time: string) => atShanghai(atShanghai(shanghaiDay(now)).add(days, 'day').format('YYYY-MM-DD'), time).toDate()
/** The member id the party function derives from an openid (cloudfunctions/party/repo.ts memberIdOf). */
const memberIdOf = (ownerId: string) => createHash('sha256').update(['party-member', ownerId].join('\u0000')).digest('hex').slice(0, 32)

export const PARTY_MEMBER = 'persona-member-yang'

function member(ownerId: string, now: Date, over: Record<string, unknown>) {
  return {
    _id: memberIdOf(ownerId),
    ownerId,
    floating: false,
    keptAt: null,
    workplace: null,
    status: 'confirmed',
    refusedReason: null,
    reportedCommunity: null,
    reportedAt: null,
    hoursServed: 0,
    registeredAt: new Date(now.getTime() - 20 * DAY),
    updatedAt: new Date(now.getTime() - 10 * DAY),
    ...over,
  }
}

function post(id: string, now: Date, over: Record<string, unknown>) {
  const capacity = (over.capacity as number) ?? 3
  return { _id: id, community: '黄河西路第三社区', taken: 0, placesLeft: capacity, capacity, hours: 2, status: 'open', publishedBy: 'persona-community-tian', createdAt: now, ...over }
}

function wish(id: string, now: Date, over: Record<string, unknown>) {
  return {
    _id: id,
    community: '黄河西路第三社区',
    needyPhone: null,
    hours: 1,
    wisherId: null,
    postedBy: 'persona-community-tian',
    status: 'open',
    ...unclaimedWish(),
    createdAt: now,
    updatedAt: now,
    ...over,
  }
}

/** 三会一课 and 主题党日: activities of this center, run by 贾红 through the activities engine. */
function study(id: string, now: Date, days: number, over: Record<string, unknown>) {
  return {
    _id: id,
    orgId: null,
    orgName: '街道党建指导中心',
    center: 'party',
    brand: null,
    address: '街道党群服务中心三楼会议室',
    capacity: 40,
    taken: 0,
    waiting: 0,
    placesLeft: 40,
    companionsAllowed: 0,
    audience: { minAge: null, maxAge: null, communities: [] },
    questions: [],
    startAt: on(now, days, '14:30'),
    endAt: on(now, days, '16:30'),
    signupOpensAt: on(now, -3, '09:00'),
    signupClosesAt: on(now, days, '12:00'),
    cancelDeadline: on(now, days, '09:00'),
    status: 'published',
    reviewNote: null,
    cancelReason: null,
    cover: null,
    latitude: null,
    longitude: null,
    createdBy: 'persona-staff-party',
    createdAt: now,
    updatedAt: now,
    ...over,
  }
}

export function seed(store: DocumentStore, now: Date): void {
  seedVolunteers(store, now)
  const yang = member(PARTY_MEMBER, now, {
    name: '杨帆',
    phone: '13904721234',
    branch: '包钢集团机关第三党支部',
    workplace: '包钢集团',
    community: '黄河西路第三社区',
    reportedCommunity: '黄河西路第三社区',
    reportedAt: new Date(now.getTime() - 10 * DAY),
  })
  const floating = member('demo-member-floating', now, {
    name: '高建平',
    phone: '13847125678',
    branch: '东胜区幸福社区党委第二党支部',
    floating: true,
    keptAt: '鄂尔多斯市东胜区幸福社区党委',
    community: '黄河西路第五社区',
    status: 'pending',
    registeredAt: new Date(now.getTime() - DAY),
    updatedAt: new Date(now.getTime() - DAY),
  })
  store.insert('party_members', [yang, floating])
  store.insert('my_items', [
    {
      _id: `partyMember_${yang._id}_${PARTY_MEMBER}`,
      ownerId: PARTY_MEMBER,
      center: 'party',
      kind: 'partyMember',
      refId: yang._id,
      title: '党员报到：包钢集团机关第三党支部',
      status: 'confirmed',
      statusText: '已到黄河西路第三社区报到',
      nextAt: null,
      whenText: null,
      place: '黄河西路第三社区',
      link: '/centers/party/pages/member/index',
      updatedAt: yang.updatedAt,
    },
  ])
  store.insert('party_posts', [
    post('post-demo-peiban', now, { kind: '助老陪伴', title: '独居老人周末陪伴', description: '陪老人聊天、读报，帮忙打扫卫生', place: '第三社区党群服务站集合', startAt: on(now, 2, '09:00'), endAt: on(now, 2, '11:00'), capacity: 4 }),
    post('post-demo-louzhang', now, { kind: '楼栋长助手', title: '12号楼楼栋长助手', description: '协助楼栋长收集居民诉求、张贴通知', place: '12号楼', startAt: on(now, 1, '08:00'), endAt: on(now, 30, '20:00'), capacity: 2, hours: 4 }),
    post('post-demo-quandao', now, { community: '黄河西路第一社区', kind: '文明劝导', title: '早高峰路口文明劝导', description: '劝导行人和电动车遵守信号灯', place: '黄河西路与民族东路路口', startAt: on(now, 3, '07:30'), endAt: on(now, 3, '09:00'), capacity: 6, hours: 1.5, publishedBy: 'persona-staff-party' }),
  ])
  store.insert('party_wishes', [
    wish('wish-demo-radio', now, { needyKind: '独居老人', title: '一台收音机', description: '老人眼睛不好，想听广播和戏曲', budget: 80, needyName: '周玉兰', needyAddress: '7号楼2单元301' }),
    wish('wish-demo-books', now, { needyKind: '困难儿童', title: '一套课外科普读物', description: '三年级学生，喜欢恐龙和太空', budget: 120, needyName: '孙小宇', needyAddress: '8号楼2单元301', createdAt: new Date(now.getTime() - DAY) }),
    wish('wish-demo-liu', now, { needyKind: '独居老人', title: '一双防滑棉鞋', description: '冬天路滑，想要一双 38 码的防滑棉鞋', budget: 100, needyName: '刘桂芳', needyAddress: '3号楼1单元102', wisherId: 'persona-resident-liu', postedBy: 'persona-resident-liu', status: 'vetting' }),
  ])
  store.insert('my_items', [
    {
      _id: 'partyWishPosted_wish-demo-liu_persona-resident-liu',
      ownerId: 'persona-resident-liu',
      center: 'party',
      kind: 'partyWishPosted',
      refId: 'wish-demo-liu',
      title: '我的心愿：一双防滑棉鞋',
      status: 'vetting',
      statusText: '待社区审核',
      nextAt: null,
      whenText: null,
      place: null,
      link: '/centers/party/pages/wish/index?id=wish-demo-liu',
      updatedAt: now,
    },
  ])
  store.insert('activities', [
    study('act-party-zhutidangri', now, 4, { title: '主题党日：重温入党誓词', description: '重温入党誓词，学习党章，开展组织生活。在职党员、流动党员均可报名。', venueCode: 'DANGRI26' }),
    study('act-party-dangke', now, 9, { title: '三会一课：书记讲党课', description: '街道党工委书记讲专题党课，会后交流学习体会。', venueCode: 'DANGKE26' }),
  ])
}

const KINDS = ['楼栋长助手', '文明劝导', '助老陪伴', '环境整治', '政策宣传'] as const
const SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴']

/**
 * A street's party members: 3,000 registered (one in twenty residents; a tenth floating, a few pending), the
 * working ones reported to their communities; a year of weekly posts in each community with their sign-ups, and
 * 600 wishes in every state.
 */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const members: Array<Record<string, unknown>> = []
  const owners = ctx.residents.filter((_, i) => i % 20 === 7).slice(0, 3000)
  for (const [i, ownerId] of owners.entries()) {
    const community = COMMUNITIES[i % COMMUNITIES.length]
    const status = ctx.random() < 0.03 ? 'pending' : 'confirmed'
    members.push(
      member(ownerId, ctx.now, {
        name: `${pick(ctx.random, SURNAMES)}党员${i}`,
        phone: '13900000000',
        branch: `第${1 + (i % 40)}党支部`,
        floating: i % 10 === 0,
        keptAt: i % 10 === 0 ? '外地某社区党委' : null,
        community,
        status,
        reportedCommunity: status === 'confirmed' && ctx.random() < 0.7 ? community : null,
        registeredAt: new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365) * DAY),
      }),
    )
  }
  insertAll(store, 'party_members', members)
  const reported = members.filter((m) => m.reportedCommunity)
  const posts: Array<Record<string, unknown>> = []
  const signups: Array<Record<string, unknown>> = []
  for (const community of COMMUNITIES) {
    const here = reported.filter((m) => m.reportedCommunity === community)
    for (let week = -50; week < 4; week++) {
      const startAt = on(ctx.now, week * 7, '09:00')
      const capacity = 3 + Math.floor(ctx.random() * 6)
      const id = `vpost-${COMMUNITIES.indexOf(community)}-${week + 50}`
      const taken = Math.min(capacity, Math.floor(ctx.random() * (capacity + 1)), here.length)
      posts.push(post(id, ctx.now, { community, kind: pick(ctx.random, KINDS), title: `${pick(ctx.random, KINDS)}（第${week + 51}周）`, description: '社区服务岗位', place: `${community}党群服务站`, startAt, endAt: new Date(startAt.getTime() + 3 * 3_600_000), capacity, taken, placesLeft: capacity - taken }))
      for (let k = 0; k < taken; k++) {
        const m = here[(week + 50 + k * 7) % here.length]
        const served = week < 0
        signups.push({ _id: `${id}-${k}`, postId: id, memberOwner: m.ownerId, memberId: m._id, name: m.name, phone: m.phone, title: '社区服务岗位', place: `${community}党群服务站`, community, startAt, endAt: new Date(startAt.getTime() + 3 * 3_600_000), status: served ? 'served' : 'signedUp', hours: served ? 2 : null, note: null, signedAt: new Date(startAt.getTime() - 3 * DAY), servedAt: served ? startAt : null, recordedBy: served ? 'volume-staff' : null })
      }
    }
  }
  insertAll(store, 'party_posts', posts)
  insertAll(store, 'party_post_signups', signups)
  const wishes: Array<Record<string, unknown>> = []
  for (let i = 0; i < 600; i++) {
    const status = pick(ctx.random, ['open', 'open', 'claimed', 'delivered', 'done', 'done', 'done', 'vetting'] as const)
    const claimer = status === 'open' || status === 'vetting' ? null : (reported[i % Math.max(1, reported.length)]?.ownerId as string | undefined) ?? null
    const createdAt = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365) * DAY)
    wishes.push(
      wish(`vwish-${i}`, createdAt, {
        community: pick(ctx.random, COMMUNITIES),
        needyKind: pick(ctx.random, NEEDY_KINDS),
        title: '一件过冬用品',
        description: '社区困难群众的小心愿',
        budget: 50 + Math.floor(ctx.random() * 150),
        needyName: '困难群众',
        needyAddress: '某号楼',
        status,
        taken: claimer ? 1 : 0,
        claimerId: claimer,
        claimerName: claimer ? '党员' : null,
        claimedAt: claimer ? createdAt : null,
        // a claim still running ends a week after now, so the timer does not return the street's claims at once
        claimDeadline: status === 'claimed' ? new Date(ctx.now.getTime() + 7 * DAY) : null,
      }),
    )
  }
  insertAll(store, 'party_wishes', wishes)
  volunteerVolume(store, ctx)
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'
/** A volunteer's six-character code, unique per index: "V" and the index in five characters of the code alphabet. */
const codeOf = (i: number) => `V${Array.from({ length: 5 }, (_, k) => CODE_ALPHABET[Math.floor(i / 32 ** (4 - k)) % 32]).join('')}`
const SERVICES = ['社区环境清洁', '敬老院陪伴', '文明交通劝导', '应急值守', '义务理发', '助老上门陪伴', '四点半课堂辅导', '防诈骗宣传'] as const

/**
 * Volunteers and a year of their hours: 3,000 residents registered as volunteers (name from their account), each
 * with 0–24 verified services over the last year (a credit each, naming the staff who verified it), and about one
 * in eight having spent two hours on a home service. Accounts agree with their ledgers.
 */
function volunteerVolume(store: DocumentStore, ctx: VolumeContext): void {
  const accounts: Array<Record<string, unknown>> = []
  const entries: Array<Record<string, unknown>> = []
  const owners = ctx.residents.filter((_, i) => i % 20 === 3).slice(0, 3000)
  for (const [i, openid] of owners.entries()) {
    const person = ctx.people.get(openid)
    const community = COMMUNITIES[i % COMMUNITIES.length]
    const registeredAt = new Date(ctx.now.getTime() - (30 + Math.floor(ctx.random() * 700)) * DAY)
    const services = Math.floor(ctx.random() * 25)
    let credited = 0
    let first: Date | null = null
    let last: Date | null = null
    for (let k = 0; k < services; k++) {
      const at = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365) * DAY - Math.floor(ctx.random() * 10) * 3_600_000)
      if (at < registeredAt) continue
      const minutes = (1 + Math.floor(ctx.random() * 8)) * 30
      const title = pick(ctx.random, SERVICES)
      const source = { kind: 'service' as const, id: `vsvc-${i}-${k}`, title }
      entries.push({ _id: creditEntryId(source, openid), account: openid, kind: 'credit', minutes, at, source, verifiedBy: 'volume-party-staff' })
      credited += minutes
      if (!first || at < first) first = at
      if (!last || at > last) last = at
    }
    let spent = 0
    if (credited >= 120 && ctx.random() < 0.125 && last) {
      const at = new Date(last.getTime() + DAY)
      if (at < ctx.now) {
        spent = 120
        const booking = `vbooking-${i}`
        entries.push({ _id: `spend_homeService_${booking}`, account: openid, kind: 'spend', minutes: -120, at, paysFor: booking, by: openid, service: { kind: 'homeService', id: booking, title: '上门陪伴', forName: '家中长辈', whenText: '' } })
      }
    }
    accounts.push({
      _id: openid,
      balance: credited - spent,
      credited,
      spent,
      open: [],
      ...(first && last ? { firstCreditAt: first, lastCreditAt: last } : {}),
      volunteer: {
        code: codeOf(i),
        name: person?.name ?? `志愿者${i}`,
        community,
        skills: [pick(ctx.random, SKILLS), pick(ctx.random, SKILLS)].filter((s, n, all) => all.indexOf(s) === n),
        availability: [pick(ctx.random, Object.keys(AVAILABILITY))],
        registeredAt,
      },
      volunteerSince: registeredAt,
      volunteerCommunity: community,
      updatedAt: ctx.now,
    })
  }
  insertAll(store, 'hours_accounts', accounts)
  insertAll(store, 'hours_ledger', entries)
}
