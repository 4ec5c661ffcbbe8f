import * as z from 'zod'
import { FILE_EXTS, FILE_PURPOSE_NAMES } from '../domain/files'
import { type PlainRoleName, ROLE_NAMES } from '../domain/roles'
import { CenterCodeSchema, CommunityName, Done, Empty, Id, Instant, MobilePhone, PageInput, PersonName, pageOf, text } from './common'
import { action, defineFunction } from './define'

export const RoleSchema = z.discriminatedUnion(
  'role',
  [
    z.strictObject({ role: z.literal('orgStaff'), orgId: Id }),
    z.strictObject({ role: z.literal('centerStaff'), center: CenterCodeSchema }),
    z.strictObject({ role: z.enum(ROLE_NAMES.filter((r): r is PlainRoleName => r !== 'orgStaff' && r !== 'centerStaff')) }),
  ],
  { error: '请选择角色' },
)

/** This year on the Shanghai calendar (a fixed +08:00; plain Date keeps dayjs out of the weapp main package). */
const shanghaiYearNow = () => new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()

export const ProfileInput = z.strictObject({
  name: PersonName,
  community: CommunityName,
  address: text('详细地址', 60),
  /** typed by the person; a number verified by WeChat comes through bindPhone instead */
  phone: MobilePhone.optional(),
  /** only the year: activities with an age range check it; birth dates are not collected */
  birthYear: z
    .number({ error: '请填写出生年份' })
    .int()
    .min(1900, '请填写正确的出生年份')
    // not after this year on the Shanghai calendar, read when the profile is checked (a fixed last year would refuse real births from then on)
    .refine((year) => year <= shanghaiYearNow(), '请填写正确的出生年份')
    .optional(),
})
export type ProfileInput = z.infer<typeof ProfileInput>

export const Profile = z.object({
  name: z.string(),
  community: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
  birthYear: z.number().int().nullable(),
})

export const WhoAmI = z.object({
  openid: Id,
  profile: Profile.nullable(),
  roles: z.array(RoleSchema),
})

export const BindPhoneInput = z.strictObject({ code: z.string().min(1, '缺少手机号授权码').max(128) })

export const RoleChange = z.strictObject({ openid: Id, role: RoleSchema })

export const FindUsersInput = PageInput.extend({ keyword: text('姓名或手机号', 20) })
export const UserSummary = z.object({
  openid: Id,
  name: z.string(),
  /** 138****5678: enough to tell people apart without exposing the number */
  maskedPhone: z.string().nullable(),
  community: z.string().nullable(),
  roles: z.array(RoleSchema),
})

export const MY_ITEM_VIEWS = ['recent', 'upcoming'] as const
export const ListMyItemsInput = PageInput.extend({ view: z.enum(MY_ITEM_VIEWS).default('recent') })
export const MyItem = z.object({
  id: z.string(),
  center: CenterCodeSchema,
  kind: z.string(),
  title: z.string(),
  status: z.string(),
  statusText: z.string(),
  nextAt: Instant.nullable(),
  /** when, in words, whatever the status (an appointment's time, an application's day of sending) */
  whenText: z.string().nullable().default(null),
  /** where: the window, the venue, the community station */
  place: z.string().nullable().default(null),
  link: z.string(),
  updatedAt: Instant,
})
export type MyItem = z.infer<typeof MyItem>

/** Where to upload the photos about to be chosen: one fresh path per file, recorded as the caller's for that purpose. */
export const PrepareUploadInput = z.strictObject({
  purpose: z.enum(FILE_PURPOSE_NAMES, { error: '不支持的文件用途' }),
  /** one extension per file to upload (uploadExt of its name) */
  exts: z.array(z.enum(FILE_EXTS, { error: '只能上传 jpg、png、webp、heic 或 gif 图片' })).min(1, '请选择要上传的文件').max(9, '一次最多上传 9 个文件'),
})
export const PreparedUploads = z.object({ cloudPaths: z.array(z.string()) })

export const account = defineFunction('account', {
  whoami: action(Empty, WhoAmI, { roles: ['resident'] }),
  updateProfile: action(ProfileInput, WhoAmI, { roles: ['resident'], submits: true }),
  bindPhone: action(BindPhoneInput, WhoAmI, { roles: ['resident'], submits: true }),
  findUsers: action(FindUsersInput, pageOf(UserSummary), { roles: ['admin'] }),
  grantRole: action(RoleChange, Done, { roles: ['admin'], submits: true }),
  revokeRole: action(RoleChange, Done, { roles: ['admin'], submits: true }),
  // behalf: a family member with a delegation sees the senior's 我的
  listMyItems: action(ListMyItemsInput, pageOf(MyItem), { roles: ['resident'], behalf: true }),
  prepareUpload: action(PrepareUploadInput, PreparedUploads, { roles: ['resident'] }),
})
