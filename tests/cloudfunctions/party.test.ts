/**
 * 党建指导中心, members' side, on the local cloud: 党员报到 and its confirmation, 双报到 and the service posts,
 * study days on the member's record, and 微心愿 from posting to the confirming photo — with who may read what.
 */
import { readSheet } from '../../cloudfunctions/_kernel/sheets'
import { refusedNoticeField } from '../../src/shared/domain/notice-values'
import { dataOf, errorOf, withLocalCloud } from '../support/local-cloud'

let now = new Date('2026-12-01T02:00:00Z')
const env = withLocalCloud({ clock: () => now, strictIndexes: true })
const PARTY = 'party-staff'
const THIRD = 'third-community-staff'
const FIRST = 'first-community-staff'
const MEMBER = 'member-wang'
const OTHER = 'member-li'
const RESIDENT = 'plain-resident'
const CULTURE = 'culture-staff'
const WISHER = 'wisher-zhao'

beforeAll(() => {
  env.givenUser(PARTY, [{ role: 'centerStaff', center: 'party' }], { name: '党建干事', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(THIRD, [{ role: 'communityStaff' }], { name: '三社区干事', community: '黄河西路第三社区', address: '3号楼' })
  env.givenUser(FIRST, [{ role: 'communityStaff' }], { name: '一社区干事', community: '黄河西路第一社区', address: '1号楼' })
  env.givenUser(CULTURE, [{ role: 'centerStaff', center: 'culture' }], { name: '赵磊', community: '黄河西路第四社区', address: '4号楼' })
  for (const id of [MEMBER, OTHER, RESIDENT, WISHER]) env.givenResident(id)
})

/** The xlsx behind an export link, as rows keyed by its Chinese headers. */
async function sheetAt(url: string) {
  return readSheet(Buffer.from(await (await fetch(encodeURI(url))).arrayBuffer()), 'xlsx')
}

const registration = {
  name: '王建军',
  phone: '13912345678',
  branch: '包钢集团机关第三党支部',
  workplace: '包钢集团',
  community: '黄河西路第三社区' as const,
}

const hoursAhead = (h: number) => new Date(now.getTime() + h * 3_600_000).toISOString()
const post = () => ({
  community: '黄河西路第三社区' as const,
  kind: '助老陪伴' as const,
  title: '独居老人周末陪伴',
  description: '陪老人聊天、读报，帮忙打扫',
  place: '第三社区党群服务站',
  startAt: hoursAhead(24),
  endAt: hoursAhead(27),
  capacity: 2,
  hours: 2,
})

const wish = {
  community: '黄河西路第三社区' as const,
  needyKind: '独居老人' as const,
  title: '一台收音机',
  description: '老人眼睛不好，想听广播',
  budget: 80,
  needyName: '刘桂芳',
  needyAddress: '12号楼3单元201',
}

describe('党员报到', () => {
  let memberId = ''

  it('registers a floating member only with where the membership is kept', async () => {
    const bad = errorOf(await env.call(OTHER, 'party', 'registerMember', { ...registration, name: '李红梅', floating: true }))
    expect(bad).toMatchObject({ code: 'INVALID_INPUT', fields: { keptAt: '流动党员请填写组织关系所在地' } })
    const other = dataOf(await env.call(OTHER, 'party', 'registerMember', { ...registration, name: '李红梅', floating: true, keptAt: '鄂尔多斯市东胜区某社区党委', community: '黄河西路第一社区' }))
    expect(other).toMatchObject({ floating: true, keptAt: '鄂尔多斯市东胜区某社区党委', status: 'pending' })
  })

  it('registers once, waits for party staff, and shows in 我的', async () => {
    const record = dataOf(await env.call(MEMBER, 'party', 'registerMember', registration))
    expect(record).toMatchObject({ status: 'pending', statusText: '待党建中心确认', hoursServed: 0 })
    memberId = record.id
    expect(errorOf(await env.call(MEMBER, 'party', 'registerMember', registration))).toMatchObject({ code: 'CONFLICT', message: '您已提交党员报到，请等待党建中心确认' })
    const mine = dataOf(await env.call(MEMBER, 'account', 'listMyItems', {}))
    expect(mine.items[0]).toMatchObject({ title: '党员报到：包钢集团机关第三党支部', statusText: '待党建中心确认' })
  })

  it('shows member data to party staff only, phones masked in the list', async () => {
    for (const who of [RESIDENT, THIRD, CULTURE, MEMBER]) {
      expect(errorOf(await env.call(who, 'party', 'listMembers', {})).code).toBe('FORBIDDEN')
      expect(errorOf(await env.call(who, 'party', 'confirmMember', { memberId, decision: 'confirm' })).code).toBe('FORBIDDEN')
    }
    const list = dataOf(await env.call(PARTY, 'party', 'listMembers', { status: 'pending' }))
    expect(list.items.map((m) => m.name).sort()).toEqual(['李红梅', '王建军'])
    expect(list.items.find((m) => m.name === '王建军')?.maskedPhone).toBe('139****5678')
    expect(JSON.stringify(list)).not.toContain(MEMBER)
  })

  it('lets each member read only their own record', async () => {
    expect(dataOf(await env.call(RESIDENT, 'party', 'myMemberRecord', {}))).toBeNull()
    expect(dataOf(await env.call(OTHER, 'party', 'myMemberRecord', {}))?.name).toBe('李红梅')
    expect(dataOf(await env.call(MEMBER, 'party', 'myMemberRecord', {}))?.phone).toBe('13912345678')
  })

  it('is confirmed by party staff (a refusal needs a reason) and the member is told', async () => {
    env.grant(MEMBER, ['partyProgress'])
    expect(errorOf(await env.call(PARTY, 'party', 'confirmMember', { memberId, decision: 'refuse' })).fields).toEqual({ reason: '不予确认须写明理由' })
    const row = dataOf(await env.call(PARTY, 'party', 'confirmMember', { memberId, decision: 'confirm' }))
    expect(row).toMatchObject({ status: 'confirmed', statusText: '已确认，待到社区报到' })
    expect(errorOf(await env.call(PARTY, 'party', 'confirmMember', { memberId, decision: 'confirm' })).code).toBe('CONFLICT')
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: MEMBER, templateId: 'TPL_PARTY_PROGRESS' } })).toHaveLength(1)
  })

  it('lets a refused member correct and register again', async () => {
    const other = dataOf(await env.call(PARTY, 'party', 'listMembers', { status: 'pending' })).items[0]
    dataOf(await env.call(PARTY, 'party', 'confirmMember', { memberId: other.id, decision: 'refuse', reason: '党支部名称请写全称' }))
    expect(dataOf(await env.call(OTHER, 'party', 'myMemberRecord', {}))).toMatchObject({ status: 'refused', refusedReason: '党支部名称请写全称' })
    const again = dataOf(await env.call(OTHER, 'party', 'registerMember', { ...registration, name: '李红梅', branch: '东胜区某社区党委第二党支部', floating: true, keptAt: '鄂尔多斯市东胜区某社区党委', community: '黄河西路第一社区' }))
    expect(again).toMatchObject({ status: 'pending', refusedReason: null })
    dataOf(await env.call(PARTY, 'party', 'confirmMember', { memberId: again.id, decision: 'confirm' }))
  })
})

describe('在职党员双报到 and service posts', () => {
  let postId = ''
  let signupId = ''

  it('lets only a confirmed member report to a community', async () => {
    expect(errorOf(await env.call(RESIDENT, 'party', 'reportToCommunity', { community: '黄河西路第三社区' })).code).toBe('CONFLICT')
    const record = dataOf(await env.call(MEMBER, 'party', 'reportToCommunity', { community: '黄河西路第三社区' }))
    expect(record).toMatchObject({ reportedCommunity: '黄河西路第三社区', statusText: '已到黄河西路第三社区报到' })
  })

  it('lets a community publish posts for itself only', async () => {
    expect(errorOf(await env.call(FIRST, 'party', 'publishPost', post())).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(RESIDENT, 'party', 'publishPost', post())).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(THIRD, 'party', 'publishPost', { ...post(), endAt: hoursAhead(23) })).fields).toEqual({ endAt: '结束时间应晚于开始时间' })
    const published = dataOf(await env.call(THIRD, 'party', 'publishPost', post()))
    expect(published).toMatchObject({ placesLeft: 2, periodText: '12月2日 周三 10:00–13:00', open: true, mine: null })
    postId = published.id
    dataOf(await env.call(PARTY, 'party', 'publishPost', { ...post(), community: '黄河西路第一社区', title: '文明劝导岗' }))
  })

  it('lists open posts by community with the caller’s own sign-up', async () => {
    const third = dataOf(await env.call(MEMBER, 'party', 'listPosts', { community: '黄河西路第三社区' }))
    expect(third.items.map((p) => p.title)).toEqual(['独居老人周末陪伴'])
    expect(dataOf(await env.call(MEMBER, 'party', 'listPosts', {})).items).toHaveLength(2)
  })

  it('signs a reported member up once, and refuses members of other communities', async () => {
    expect(errorOf(await env.call(OTHER, 'party', 'signUpPost', { postId })).message).toBe('请先到居住的社区报到，再认领该社区的服务岗位')
    dataOf(await env.call(OTHER, 'party', 'reportToCommunity', { community: '黄河西路第一社区' }))
    expect(errorOf(await env.call(OTHER, 'party', 'signUpPost', { postId })).message).toBe('您报到的是黄河西路第一社区，只能认领该社区的服务岗位')
    const signed = dataOf(await env.call(MEMBER, 'party', 'signUpPost', { postId }))
    expect(signed).toMatchObject({ status: 'signedUp', statusText: '已认领', place: '第三社区党群服务站' })
    // a second tap takes no second place
    dataOf(await env.call(MEMBER, 'party', 'signUpPost', { postId }))
    const listed = dataOf(await env.call(MEMBER, 'party', 'listPosts', { community: '黄河西路第三社区' })).items[0]
    expect(listed).toMatchObject({ placesLeft: 1, mine: { status: 'signedUp' } })
    const mine = dataOf(await env.call(MEMBER, 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.title === '服务岗位：独居老人周末陪伴')).toMatchObject({ whenText: '12月2日 周三 10:00–13:00', place: '第三社区党群服务站' })
  })

  it('shows a post’s roster to its community and party staff only', async () => {
    for (const who of [FIRST, MEMBER, CULTURE]) expect(errorOf(await env.call(who, 'party', 'postRoster', { postId })).code).toMatch(/NOT_FOUND|FORBIDDEN/)
    const roster = dataOf(await env.call(THIRD, 'party', 'postRoster', { postId }))
    expect(roster.items).toEqual([expect.objectContaining({ name: '王建军', maskedPhone: '139****5678', status: 'signedUp' })])
    expect(JSON.stringify(roster)).not.toContain(MEMBER)
    signupId = roster.items[0].id
    expect(dataOf(await env.call(PARTY, 'party', 'postRoster', { postId })).items).toHaveLength(1)
  })

  it('records the service once; the hours show on the member’s record and party staff see them', async () => {
    expect(errorOf(await env.call(FIRST, 'party', 'recordService', { signupId })).code).toBe('NOT_FOUND')
    const row = dataOf(await env.call(THIRD, 'party', 'recordService', { signupId, note: '老人很满意' }))
    expect(row).toMatchObject({ status: 'served', hours: 2 })
    expect(errorOf(await env.call(THIRD, 'party', 'recordService', { signupId })).code).toBe('CONFLICT')
    // the hours reach the member's volunteer account (时间银行) once, naming the post and who verified it
    const credits = env.cloud.store.find('hours_ledger', { query: { account: MEMBER, kind: 'credit' } })
    expect(credits).toEqual([expect.objectContaining({ minutes: 120, verifiedBy: THIRD, source: expect.objectContaining({ kind: 'post', title: '双报到：独居老人周末陪伴' }) })])
    // one notice for one step, naming the hours (a second would use up another of the member's subscriptions)
    const told = env.cloud.store.find('notices', { query: { touser: MEMBER, $or: [{ template: 'hoursCredited' }, { _id: { $regex: '^partyService_' } }] }, limit: 10 })
    expect(told.map((n) => [n.template, (n.data as Record<string, { value: string }>).thing3?.value])).toEqual([['partyProgress', '服务时长 2 小时，已记入志愿时长']])
    const record = dataOf(await env.call(MEMBER, 'party', 'myMemberRecord', {}))
    expect(record).toMatchObject({ hoursServed: 2, posts: [expect.objectContaining({ title: '独居老人周末陪伴', hours: 2, statusText: '已服务' })] })
    const reported = dataOf(await env.call(PARTY, 'party', 'listMembers', { reportedCommunity: '黄河西路第三社区' }))
    expect(reported.items).toEqual([expect.objectContaining({ name: '王建军', hoursServed: 2, reportedCommunity: '黄河西路第三社区' })])
  })

  it('exports the members for party staff as xlsx with where each reported and the hours served, phones masked', async () => {
    for (const who of [THIRD, CULTURE, MEMBER]) expect(errorOf(await env.call(who, 'party', 'exportMembers', {})).code).toBe('FORBIDDEN')
    const all = dataOf(await env.call(PARTY, 'party', 'exportMembers', {}))
    expect(all.rows).toBe(2)
    const sheet = await sheetAt(all.url)
    expect(sheet.headers).toEqual(['姓名', '手机号', '所在党支部', '流动党员', '组织关系所在地', '工作单位', '居住社区', '状态', '报到社区', '报到时间', '服务时长（小时）', '登记时间'])
    const wang = sheet.rows.find((r) => r.cells.姓名 === '王建军')
    expect(wang?.cells).toMatchObject({ 手机号: '139****5678', 所在党支部: '包钢集团机关第三党支部', 流动党员: '否', 报到社区: '黄河西路第三社区', '服务时长（小时）': '2', 状态: '已到黄河西路第三社区报到' })
    expect(wang?.cells.报到时间).toMatch(/^12月1日/)
    expect(sheet.rows.find((r) => r.cells.姓名 === '李红梅')?.cells).toMatchObject({ 流动党员: '是', 组织关系所在地: '鄂尔多斯市东胜区某社区党委', 报到社区: '黄河西路第一社区' })
    const text = JSON.stringify(sheet)
    for (const secret of ['13912345678', MEMBER, OTHER]) expect(text).not.toContain(secret)
    const third = dataOf(await env.call(PARTY, 'party', 'exportMembers', { reportedCommunity: '黄河西路第三社区' }))
    expect((await sheetAt(third.url)).rows.map((r) => r.cells.姓名)).toEqual(['王建军'])
  })
})

describe('三会一课 and 主题党日 through the activities engine', () => {
  it('shows the party center’s activities the member attended on their record', async () => {
    const start = new Date(now.getTime() + 48 * 3_600_000)
    const at = (h: number) => new Date(start.getTime() + h * 3_600_000).toISOString()
    const activity = dataOf(
      await env.call(PARTY, 'activities', 'createActivity', {
        center: 'party',
        title: '12月主题党日：重温入党誓词',
        description: '重温入党誓词，学习党章',
        address: '街道党群服务中心三楼会议室',
        startAt: at(0),
        endAt: at(2),
        signupOpensAt: new Date(now.getTime() - 3_600_000).toISOString(),
        signupClosesAt: at(-1),
        cancelDeadline: at(-2),
        capacity: 30,
      }),
    )
    dataOf(await env.call(PARTY, 'activities', 'submitForReview', { activityId: activity.id }))
    dataOf(await env.call(PARTY, 'activities', 'reviewActivity', { activityId: activity.id, approve: true }))
    const signed = dataOf(await env.call(MEMBER, 'activities', 'signUp', { activityId: activity.id }))
    now = new Date(start.getTime() + 10 * 60_000)
    dataOf(await env.call(PARTY, 'activities', 'checkIn', { activityId: activity.id, code: signed.checkInCode as string }))
    const record = dataOf(await env.call(MEMBER, 'party', 'myMemberRecord', {}))
    expect(record?.studies).toEqual([{ title: '12月主题党日：重温入党誓词', whenText: '12月3日 周四 10:00', attended: true }])
  })
})

describe('微心愿', () => {
  let wishId = ''
  let ownWishId = ''

  it('is posted by community staff straight into the pool, naming the person only as "第三社区 一位独居老人"', async () => {
    const posted = dataOf(await env.call(THIRD, 'party', 'postWish', wish))
    expect(posted).toMatchObject({ status: 'open', who: '第三社区 一位独居老人', needy: { name: '刘桂芳', address: '12号楼3单元201' }, canManage: true })
    wishId = posted.id
    const pool = dataOf(await env.call(RESIDENT, 'party', 'listWishes', {}))
    expect(pool.items.map((w) => w.who)).toEqual(['第三社区 一位独居老人'])
    expect(JSON.stringify(pool)).not.toMatch(/刘桂芳|12号楼/)
  })

  it('waits for the community’s vetting when a resident asks for themself; strangers cannot see it', async () => {
    const own = dataOf(await env.call(WISHER, 'party', 'postWish', { ...wish, needyKind: '困难家庭', title: '孩子的冬季校服', needyName: '赵小梅', needyAddress: '5号楼1单元101' }))
    expect(own).toMatchObject({ status: 'vetting', mine: true, needy: { name: '赵小梅' } })
    ownWishId = own.id
    expect(errorOf(await env.call(RESIDENT, 'party', 'getWish', { wishId: ownWishId })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(FIRST, 'party', 'vetWish', { wishId: ownWishId, approve: true })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(RESIDENT, 'party', 'vetWish', { wishId: ownWishId, approve: true })).code).toBe('FORBIDDEN')
    const queue = dataOf(await env.call(THIRD, 'party', 'listWishes', { scope: 'manage' }))
    expect(queue.items.map((w) => w.title)).toContain('孩子的冬季校服')
    expect(errorOf(await env.call(RESIDENT, 'party', 'listWishes', { scope: 'manage' })).code).toBe('FORBIDDEN')
    expect(errorOf(await env.call(FIRST, 'party', 'listWishes', { scope: 'manage', community: '黄河西路第三社区' })).code).toBe('FORBIDDEN')
    const vetted = dataOf(await env.call(THIRD, 'party', 'vetWish', { wishId: ownWishId, approve: true }))
    expect(vetted.status).toBe('open')
    expect(dataOf(await env.call(WISHER, 'account', 'listMyItems', {})).items[0]).toMatchObject({ title: '我的心愿：孩子的冬季校服', statusText: '待认领' })
  })

  it('shows the needy person’s identity to the community’s staff, party staff and the person only', async () => {
    for (const who of [RESIDENT, MEMBER, FIRST, CULTURE]) {
      const seen = dataOf(await env.call(who, 'party', 'getWish', { wishId }))
      expect(seen.needy).toBeNull()
      expect(JSON.stringify(seen)).not.toMatch(/刘桂芳|12号楼/)
    }
    expect(dataOf(await env.call(PARTY, 'party', 'getWish', { wishId })).needy?.name).toBe('刘桂芳')
    expect(dataOf(await env.call(THIRD, 'party', 'getWish', { wishId })).needy?.name).toBe('刘桂芳')
    expect(dataOf(await env.call(WISHER, 'party', 'getWish', { wishId: ownWishId })).needy?.name).toBe('赵小梅')
  })

  it('is claimed by a confirmed member only, once', async () => {
    expect(errorOf(await env.call(RESIDENT, 'party', 'claimWish', { wishId })).message).toBe('经确认的党员或登记的志愿者才能认领微心愿')
    const claimed = dataOf(await env.call(MEMBER, 'party', 'claimWish', { wishId }))
    expect(claimed).toMatchObject({ status: 'claimed', claimedByMe: true, needy: null, handOver: '送到第三社区党群服务站，由社区工作人员转交' })
    expect(errorOf(await env.call(OTHER, 'party', 'claimWish', { wishId })).message).toBe('该心愿已被认领')
    const mine = dataOf(await env.call(MEMBER, 'account', 'listMyItems', {}))
    expect(mine.items.find((i) => i.title.startsWith('微心愿'))).toMatchObject({ title: '微心愿：一台收音机（第三社区 一位独居老人）', whenText: '12月10日 周四 10:10 前送达' })
    expect(dataOf(await env.call(MEMBER, 'party', 'listWishes', { scope: 'claimed' })).items.map((w) => w.id)).toEqual([wishId])
  })

  it('may be claimed by a registered volunteer who is not a party member', async () => {
    env.givenUser('volunteer-sun', [], { name: '孙志愿', community: '黄河西路第三社区', address: '9号楼' })
    // a volunteer's registration is on their time-bank account (the volunteers side writes it)
    env.cloud.store.insert('hours_accounts', [{ _id: 'volunteer-sun', balance: 0, credited: 0, spent: 0, open: [], volunteerSince: now, updatedAt: now }])
    const other = dataOf(await env.call(THIRD, 'party', 'postWish', { ...wish, title: '一个暖水袋' }))
    const claimed = dataOf(await env.call('volunteer-sun', 'party', 'claimWish', { wishId: other.id }))
    expect(claimed).toMatchObject({ status: 'claimed', claimedByMe: true })
    expect(dataOf(await env.call(THIRD, 'party', 'getWish', { wishId: other.id })).claimerName).toBe('孙志愿')
    expect(dataOf(await env.call('volunteer-sun', 'party', 'fulfilWish', { wishId: other.id, note: '已送到服务站' })).status).toBe('delivered')
  })

  it('is delivered by its claimer and confirmed by staff with a photo; the claimer’s record shows it', async () => {
    expect(errorOf(await env.call(OTHER, 'party', 'fulfilWish', { wishId, note: '已送到' })).code).toBe('NOT_FOUND')
    expect(errorOf(await env.call(THIRD, 'party', 'confirmWish', { wishId, photos: [await env.upload(THIRD, 'wishPhoto')] })).message).toBe('该心愿尚未送达，不能确认')
    dataOf(await env.call(MEMBER, 'party', 'fulfilWish', { wishId, note: '收音机已送到服务站' }))
    // the third community's staff are told it waits for their photo (not another community's, not the claimer)
    const told = env.cloud.store.find('notices', { query: { _id: { $regex: `^partyWish_${wishId}_delivered_` } } })
    expect(told.map((n) => n.touser)).toEqual([THIRD])
    expect(told[0].data).toMatchObject({ thing1: { value: '微心愿：一台收音机' }, phrase2: { value: '待确认' }, thing3: { value: '认领人已送达，请拍照确认' } })
    expect(refusedNoticeField(told[0].data as Record<string, { value: string }>)).toBeNull()
    env.grant(THIRD, ['partyProgress'], 2)
    await env.deliver()
    const sent = env.cloud.store.find('outbox', { query: { touser: THIRD, templateId: 'TPL_PARTY_PROGRESS' } })
    expect(sent.map((m) => (m.data as { thing1: { value: string } }).thing1.value)).toContain('微心愿：一台收音机')
    const theirs = await env.upload(MEMBER, 'wishPhoto')
    expect(errorOf(await env.call(THIRD, 'party', 'confirmWish', { wishId, photos: [theirs] })).fields).toHaveProperty('photos')
    expect(errorOf(await env.call(FIRST, 'party', 'confirmWish', { wishId, photos: [await env.upload(FIRST, 'wishPhoto')] })).code).toBe('NOT_FOUND')
    env.grant(MEMBER, ['partyProgress'])
    const photo = await env.upload(THIRD, 'wishPhoto', 'radio-photo')
    const done = dataOf(await env.call(THIRD, 'party', 'confirmWish', { wishId, photos: [photo] }))
    expect(done).toMatchObject({ status: 'done', claimerName: '王建军' })
    expect(await (await fetch(done.photoUrls[0])).text()).toBe('radio-photo')
    const record = dataOf(await env.call(MEMBER, 'party', 'myMemberRecord', {}))
    expect(record?.wishes).toEqual([{ title: '一台收音机', who: '第三社区 一位独居老人', statusText: '已实现' }])
    const [account] = env.cloud.store.find('hours_accounts', { query: { _id: MEMBER } })
    expect(account).toMatchObject({ balance: 180, credited: 180 })
    // the claimer sees the photo, never the person
    const seen = dataOf(await env.call(MEMBER, 'party', 'getWish', { wishId }))
    expect(seen).toMatchObject({ needy: null, photoUrls: [expect.any(String)] })
  })

  it('returns an undelivered claim to the pool after its deadline, through the hourly timer', async () => {
    env.grant(OTHER, ['partyProgress'])
    const second = dataOf(await env.call(THIRD, 'party', 'postWish', { ...wish, title: '一副老花镜' }))
    dataOf(await env.call(OTHER, 'party', 'claimWish', { wishId: second.id }))
    const timer = () => env.raw(null, 'party', { Type: 'Timer', TriggerName: 'returnOverdueWishes' })
    expect((await timer()).result).toMatchObject({ ok: true, data: { returned: 0 } })
    now = new Date(now.getTime() + 7 * 86_400_000 + 60_000)
    expect((await timer()).result).toMatchObject({ ok: true, data: { returned: 1 } })
    expect((await timer()).result).toMatchObject({ ok: true, data: { returned: 0 } })
    expect(dataOf(await env.call(RESIDENT, 'party', 'getWish', { wishId: second.id }))).toMatchObject({ status: 'open', claimDeadline: null })
    expect(dataOf(await env.call(OTHER, 'account', 'listMyItems', {})).items.find((i) => i.title.startsWith('微心愿'))?.statusText).toBe('超期未送达，心愿已退回')
    // back in the pool, it can be claimed again
    expect(dataOf(await env.call(MEMBER, 'party', 'claimWish', { wishId: second.id })).status).toBe('claimed')
    await env.deliver()
    expect(env.cloud.store.find('outbox', { query: { touser: OTHER, templateId: 'TPL_PARTY_PROGRESS' } })).toHaveLength(1)
  })
})
