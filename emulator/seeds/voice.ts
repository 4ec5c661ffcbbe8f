/**
 * Demo data of 居民服务中心: 书记 宋志刚's reception hours (every weekday morning, half an hour each), a few
 * public opinions residents can second, and 王秀兰's own private demand, so every page has something to show.
 */
import { DELIBERATION_RULES, endOfDayAfter, scopeKey, verifiedFrom } from '@/shared/domain/voice/deliberation'
import { RECEPTION_POLICY, receptionRule } from '@/shared/domain/voice/receptions'
import type { DocumentStore } from '../store/engine'
import { insertAll, pick, type VolumeContext } from './volume'
import { OPINION_CATEGORIES, OPINION_KINDS } from '@/shared/domain/voice/opinions'

export const DEMO_RECEPTION = {
  _id: 'reception-song',
  cadreOpenid: 'persona-cadre-song',
  cadreName: '宋志刚',
  title: '书记接待日',
  address: '黄河西路第一社区党群服务中心 一楼接待室',
  rule: receptionRule({ weekdays: [1, 2, 3, 4, 5], start: '09:00', end: '11:30', slotMinutes: 30 }),
  policy: RECEPTION_POLICY,
  closures: [],
  active: true,
}

/** 李建国's verified neighbours (openids demo-neighbour-1 … 5). */
export const DEMO_NEIGHBOURS = ['周桂芬', '吴建华', '郑丽', '冯国强', '陈秀英']

function opinion(_id: string, author: { id: string; name: string; community: string }, fields: Record<string, unknown>, at: Date) {
  return {
    _id,
    authorId: author.id,
    authorName: author.name,
    community: author.community,
    kind: '诉求',
    category: '公共设施',
    text: '',
    photos: [],
    public: true,
    anonymous: false,
    status: 'submitted',
    answer: null,
    forward: null,
    agenda: null,
    timeline: [{ at, text: '提交', by: '我' }],
    seconders: [],
    secondCount: 0,
    createdAt: at,
    updatedAt: at,
    ...fields,
  }
}

export function seed(store: DocumentStore, now: Date): void {
  store.insert('voice_receptions', [{ ...DEMO_RECEPTION, createdAt: now, updatedAt: now }])
  const hour = 3_600_000
  const li = { id: 'persona-resident-li', name: '李建国', community: '黄河西路第一社区' }
  const wang = { id: 'persona-resident-wang', name: '王秀兰', community: '黄河西路第二社区' }
  const guo = { id: 'persona-seeker-guo', name: '郭志强', community: '黄河西路第四社区' }
  store.insert('voice_opinions', [
    opinion('opinion-demo-light', li, { category: '公共设施', text: '小区东门到公交站的路灯坏了三盏，晚上老人出门看不清路，希望尽快修好。', seconders: ['persona-seeker-guo'], secondCount: 1 }, new Date(now.getTime() - 26 * hour)),
    opinion('opinion-demo-parking', guo, { kind: '建议', category: '物业管理', text: '建议在4号楼旁的空地划出电动车集中充电点，避免楼道里充电。', anonymous: true }, new Date(now.getTime() - 5 * hour)),
    opinion('opinion-demo-wang', wang, { kind: '诉求', category: '养老助残', text: '我腿脚不便，希望社区能帮忙联系上门理发。', public: false }, new Date(now.getTime() - 2 * hour)),
  ])
  // 居民议事: 李建国's and 王秀兰's addresses are verified (the badge); 郭志强 waits for staff
  for (const person of [li.id, wang.id]) {
    const [user] = store.find('users', { query: { _id: person } })
    const profile = user?.profile as { community: string; address: string } | undefined
    if (profile) store.modify('users', { query: { _id: person }, single: true, merge: true, upsert: false, data: { $set: { 'voice.verified': verifiedFrom(profile.community, profile.address) } } })
  }
  // five verified neighbours in 李建国's building (not personas: they support and vote through the API in the browser test)
  const [liUser] = store.find('users', { query: { _id: li.id } })
  const liProfile = liUser?.profile as { community: string; address: string } | undefined
  const building = liProfile?.address.match(/^\d+号楼/)?.[0]
  if (liProfile && building) {
    store.insert(
      'users',
      DEMO_NEIGHBOURS.map((name, k) => {
        const address = `${building}${k + 1}单元${k + 1}01`
        return { _id: `demo-neighbour-${k + 1}`, profile: { name, community: liProfile.community, address }, phone: null, roles: [], voice: { verified: verifiedFrom(liProfile.community, address) }, createdAt: now, updatedAt: now }
      }),
    )
  }
  const [guoUser] = store.find('users', { query: { _id: guo.id } })
  const guoProfile = guoUser?.profile as { community: string; address: string } | undefined
  if (guoProfile) {
    store.insert('voice_verifications', [{ _id: 'verify-demo-guo', personId: guo.id, name: guo.name, community: guoProfile.community, address: guoProfile.address, status: 'pending', refusal: null, askedAt: new Date(now.getTime() - hour), decidedAt: null }])
  }
  const scope = { kind: 'community' as const, community: li.community, building: null }
  const asked = new Date(now.getTime() - 3 * 24 * hour)
  store.insert('voice_topics', [
    {
      _id: 'topic-demo-canteen',
      title: '社区食堂增加早餐供应',
      body: '上班族和老人都希望社区食堂早上 6:30–8:30 供应早餐，价格实惠一些。',
      scope,
      scopeKey: scopeKey(scope),
      proposerId: li.id,
      proposerName: li.name,
      byCouncil: false,
      step: 'gathering',
      gatherUntil: endOfDayAfter(asked, DELIBERATION_RULES.gatherDays),
      threshold: DELIBERATION_RULES.communityThreshold,
      supportCount: 12,
      comments: [{ by: '张*（8号楼）', text: '支持，早上送孩子上学正好顺路。', at: new Date(asked.getTime() + hour) }],
      council: null,
      resolution: null,
      vote: null,
      tasks: [],
      updates: [],
      progress: 0,
      ratingCount: 0,
      ratingSum: 0,
      createdAt: asked,
      updatedAt: asked,
    },
  ])
}

const DAY = 86_400_000

/** A year of opinions at street volume (text is placeholder). */
export function volume(store: DocumentStore, ctx: VolumeContext): void {
  const docs: Array<Record<string, unknown>> = []
  for (let i = 0; i < 5_000; i++) {
    const at = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const author = pick(ctx.random, ctx.residents)
    docs.push(
      opinion(`vo-${i}`, { id: author, name: '居民', community: '黄河西路第一社区' }, {
        kind: pick(ctx.random, OPINION_KINDS),
        category: pick(ctx.random, OPINION_CATEGORIES),
        text: '（示例意见）',
        public: ctx.random() < 0.5,
        status: pick(ctx.random, ['answered', 'answered', 'forwarded', 'submitted'] as const),
      }, at),
    )
  }
  insertAll(store, 'voice_opinions', docs)
  const topics: Array<Record<string, unknown>> = []
  for (let i = 0; i < 600; i++) {
    const at = new Date(ctx.now.getTime() - Math.floor(ctx.random() * 365 * DAY))
    const community = `黄河西路第${'一二三四五六'[i % 6]}社区`
    const building = ctx.random() < 0.5 ? `${1 + Math.floor(ctx.random() * 40)}号楼` : null
    const scope = { kind: building ? 'building' : 'community', community, building }
    const step = pick(ctx.random, ['gathering', 'closed', 'evaluating', 'implementing', 'notice'] as const)
    topics.push({
      _id: `vt-${i}`, title: '（示例议题）', body: '（示例）', scope, scopeKey: scopeKey(scope as never), proposerId: pick(ctx.random, ctx.residents), proposerName: '居民', byCouncil: false,
      step, gatherUntil: endOfDayAfter(at, DELIBERATION_RULES.gatherDays), threshold: building ? DELIBERATION_RULES.buildingThreshold : DELIBERATION_RULES.communityThreshold,
      supportCount: Math.floor(ctx.random() * 60), comments: [], council: null, resolution: null, vote: null, tasks: [], updates: [],
      progress: step === 'evaluating' ? 100 : 0, ratingCount: 0, ratingSum: 0, createdAt: at, updatedAt: at,
    })
  }
  insertAll(store, 'voice_topics', topics)
}
