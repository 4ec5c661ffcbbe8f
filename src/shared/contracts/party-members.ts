/**
 * 党建指导中心, party members' side: 党员报到 (confirmed by party staff), 在职党员双报到 with the communities'
 * service posts, and 微心愿. Member records are for the member and party staff only; a needy person's name and
 * address for the community's staff and party staff only (everyone else reads "第三社区 一位独居老人").
 */
import * as z from 'zod'
import { MEMBER_STATUSES } from '../domain/party/members'
import { POST_KINDS, SIGNUP_STATUSES } from '../domain/party/posts'
import { NEEDY_KINDS, WISH_STATUSES } from '../domain/party/wishes'
import { CommunityName, Id, Instant, MobilePhone, optionalText, PageInput, PersonName, pageOf, text } from './common'
import { action } from './define'

const FileId = z.string().regex(/^cloud:\/\/[^\s]{1,300}$/, '文件地址不正确')
const When = z.iso.datetime({ offset: true, error: '请选择时间' })

export const RegisterMemberInput = z
  .strictObject({
    name: PersonName,
    phone: MobilePhone,
    /** 所在党支部: the branch their membership belongs to */
    branch: text('所在党支部', 40),
    /** 流动党员: living here while the membership is kept elsewhere */
    floating: z.boolean().default(false),
    /** where a floating member's membership is kept (组织关系所在地) */
    keptAt: optionalText('组织关系所在地', 60),
    /** 在职党员: the workplace (工作单位) */
    workplace: optionalText('工作单位', 40),
    community: CommunityName,
  })
  .refine((m) => !m.floating || !!m.keptAt, { message: '流动党员请填写组织关系所在地', path: ['keptAt'] })
export type RegisterMemberInput = z.input<typeof RegisterMemberInput>

const Served = z.object({ title: z.string(), place: z.string(), whenText: z.string(), hours: z.number(), statusText: z.string() })

/** A member's own record (and what party staff see of one member). */
export const MemberRecord = z.object({
  id: Id,
  name: z.string(),
  phone: z.string(),
  branch: z.string(),
  floating: z.boolean(),
  keptAt: z.string().nullable(),
  workplace: z.string().nullable(),
  community: z.string(),
  status: z.enum(MEMBER_STATUSES),
  statusText: z.string(),
  refusedReason: z.string().nullable(),
  reportedCommunity: z.string().nullable(),
  reportedAt: Instant.nullable(),
  /** hours of recorded service on the posts of the community they reported to */
  hoursServed: z.number(),
  posts: z.array(Served),
  /** 三会一课、主题党日: the party center's activities they signed up to, and whether they attended */
  studies: z.array(z.object({ title: z.string(), whenText: z.string(), attended: z.boolean() })),
  wishes: z.array(z.object({ title: z.string(), who: z.string(), statusText: z.string() })),
})
export type MemberRecord = z.infer<typeof MemberRecord>

/** A row of party staff's member list: the phone masked. */
export const MemberRow = z.object({
  id: Id,
  name: z.string(),
  maskedPhone: z.string().nullable(),
  branch: z.string(),
  floating: z.boolean(),
  keptAt: z.string().nullable(),
  workplace: z.string().nullable(),
  community: z.string(),
  status: z.enum(MEMBER_STATUSES),
  statusText: z.string(),
  reportedCommunity: z.string().nullable(),
  hoursServed: z.number(),
  registeredAt: Instant,
})
export type MemberRow = z.infer<typeof MemberRow>

/** A staff spreadsheet (xlsx, Chinese headers): a link valid for an hour and how many rows it holds. */
export const Exported = z.object({ url: z.string(), rows: z.number().int() })
export const ExportMembersInput = z.strictObject({
  status: z.enum(MEMBER_STATUSES).optional(),
  reportedCommunity: CommunityName.optional(),
})

export const ConfirmMemberInput = z
  .strictObject({ memberId: Id, decision: z.enum(['confirm', 'refuse']), reason: optionalText('理由', 200) })
  .refine((d) => d.decision === 'confirm' || !!d.reason, { message: '不予确认须写明理由', path: ['reason'] })

export const ListMembersInput = PageInput.extend({
  status: z.enum(MEMBER_STATUSES).optional(),
  /** members who reported to this community */
  reportedCommunity: CommunityName.optional(),
})

export const PostInput = z.strictObject({
  community: CommunityName,
  kind: z.enum(POST_KINDS, { error: '请选择岗位类别' }),
  title: text('岗位名称', 30),
  description: text('服务内容', 500),
  place: text('服务地点', 60),
  startAt: When,
  endAt: When,
  capacity: z.number({ error: '请填写名额' }).int().min(1, '名额至少 1 人').max(200, '名额不超过 200 人'),
  /** hours credited for one service, as staff record it */
  hours: z.number({ error: '请填写每次服务时长' }).min(0.5, '时长至少半小时').max(12, '时长不超过 12 小时').multipleOf(0.5, '时长以半小时计'),
})
export type PostInput = z.input<typeof PostInput>

export const PostView = z.object({
  id: Id,
  community: z.string(),
  kind: z.enum(POST_KINDS),
  title: z.string(),
  description: z.string(),
  place: z.string(),
  startAt: Instant,
  endAt: Instant,
  periodText: z.string(),
  capacity: z.number().int(),
  placesLeft: z.number().int(),
  hours: z.number(),
  open: z.boolean(),
  /** the caller's own sign-up */
  mine: z.object({ status: z.enum(SIGNUP_STATUSES), statusText: z.string() }).nullable(),
})
export type PostView = z.infer<typeof PostView>

export const ListPostsInput = PageInput.extend({ community: CommunityName.optional() })

export const PostSignupView = z.object({
  postId: Id,
  title: z.string(),
  place: z.string(),
  periodText: z.string(),
  status: z.enum(SIGNUP_STATUSES),
  statusText: z.string(),
})

/** A row of a post's roster, for staff: the member's name and masked phone, never their openid. */
export const RosterRow = z.object({
  id: Id,
  name: z.string(),
  maskedPhone: z.string().nullable(),
  status: z.enum(SIGNUP_STATUSES),
  statusText: z.string(),
  hours: z.number().nullable(),
})
export type RosterRow = z.infer<typeof RosterRow>

export const RecordServiceInput = z.strictObject({
  signupId: Id,
  hours: z.number().min(0.5, '时长至少半小时').max(12, '时长不超过 12 小时').multipleOf(0.5, '时长以半小时计').optional(),
  note: optionalText('服务评价', 100),
})

export const PostWishInput = z.strictObject({
  community: CommunityName,
  needyKind: z.enum(NEEDY_KINDS, { error: '请选择心愿人类别' }),
  title: text('心愿', 30),
  description: text('心愿说明', 300),
  budget: z.number({ error: '请填写预算' }).int('预算填整数元').min(1, '预算至少 1 元').max(500, '微心愿预算不超过 500 元'),
  /** the needy person: for the community's staff and party staff only */
  needyName: PersonName,
  needyAddress: text('住址', 60),
  needyPhone: MobilePhone.optional(),
  /** volunteer hours credited to the claimer once staff confirm it came true */
  hours: z.number().min(0.5, '时长至少半小时').max(12, '时长不超过 12 小时').multipleOf(0.5, '时长以半小时计').default(1),
})
export type PostWishInput = z.input<typeof PostWishInput>

export const WishView = z.object({
  id: Id,
  community: z.string(),
  /** "第三社区 一位独居老人": all anyone but the staff named learns of the person */
  who: z.string(),
  title: z.string(),
  description: z.string(),
  budgetText: z.string(),
  /** volunteer hours the claimer is credited when it is confirmed */
  hours: z.number(),
  status: z.enum(WISH_STATUSES),
  statusText: z.string(),
  claimDeadline: Instant.nullable(),
  /** the caller claimed it */
  claimedByMe: z.boolean(),
  /** the caller asked for it (their own wish) */
  mine: z.boolean(),
  deliveryNote: z.string().nullable(),
  /** where a claimer brings what was wished for: the community's office hands it over */
  handOver: z.string(),
  /** for the community's staff and party staff (and the person themself) only */
  needy: z.object({ name: z.string(), address: z.string(), phone: z.string().nullable() }).nullable(),
  /** staff: who claimed it */
  claimerName: z.string().nullable(),
  photoUrls: z.array(z.string()),
  refusedReason: z.string().nullable(),
  canManage: z.boolean(),
})
export type WishView = z.infer<typeof WishView>

export const ListWishesInput = PageInput.extend({
  /** open: the pool; claimed: the caller's claims; posted: the caller's own wishes; manage: staff's queue */
  scope: z.enum(['open', 'claimed', 'posted', 'manage']).default('open'),
  community: CommunityName.optional(),
})

export const WishRef = z.strictObject({ wishId: Id })
export const VetWishInput = z
  .strictObject({ wishId: Id, approve: z.boolean(), reason: optionalText('理由', 200) })
  .refine((v) => v.approve || !!v.reason, { message: '不通过须写明理由', path: ['reason'] })
export const FulfilWishInput = z.strictObject({ wishId: Id, note: text('送达说明', 200) })
export const ConfirmWishInput = z.strictObject({ wishId: Id, photos: z.array(FileId).min(1, '请拍一张心愿实现的照片').max(3, '照片最多 3 张') })

const staffOrCommunity = ['centerStaff', 'communityStaff', 'cadre'] as const

export const memberActions = {
  registerMember: action(RegisterMemberInput, MemberRecord, { roles: ['resident'], submits: true }),
  confirmMember: action(ConfirmMemberInput, MemberRow, { roles: ['centerStaff'], submits: true }),
  /** the caller's own record; null when they never registered */
  myMemberRecord: action(z.strictObject({}), MemberRecord.nullable(), { roles: ['resident'] }),
  listMembers: action(ListMembersInput, pageOf(MemberRow), { roles: ['centerStaff'] }),
  /** party staff: 党员名册 as xlsx — where each reported and the hours served, phones masked */
  exportMembers: action(ExportMembersInput, Exported, { roles: ['centerStaff'] }),
  reportToCommunity: action(z.strictObject({ community: CommunityName }), MemberRecord, { roles: ['resident'], submits: true }),
  publishPost: action(PostInput, PostView, { roles: [...staffOrCommunity], submits: true }),
  listPosts: action(ListPostsInput, pageOf(PostView), { roles: ['resident'] }),
  signUpPost: action(z.strictObject({ postId: Id }), PostSignupView, { roles: ['resident'], submits: 'keyed' }),
  /** a post's roster: party staff and the post's community staff */
  postRoster: action(PageInput.extend({ postId: Id }), pageOf(RosterRow), { roles: [...staffOrCommunity], rolesInRead: true }),
  recordService: action(RecordServiceInput, RosterRow, { roles: [...staffOrCommunity], submits: true }),
  /** staff post a vetted wish; a resident posts their own, which waits for the community's vetting */
  postWish: action(PostWishInput, WishView, { roles: ['resident'], submits: true }),
  vetWish: action(VetWishInput, WishView, { roles: [...staffOrCommunity], submits: true }),
  listWishes: action(ListWishesInput, pageOf(WishView), { roles: ['resident'] }),
  getWish: action(WishRef, WishView, { roles: ['resident'] }),
  claimWish: action(WishRef, WishView, { roles: ['resident'], submits: 'keyed' }),
  fulfilWish: action(FulfilWishInput, WishView, { roles: ['resident'], submits: true }),
  confirmWish: action(ConfirmWishInput, WishView, { roles: [...staffOrCommunity], submits: true }),
}
