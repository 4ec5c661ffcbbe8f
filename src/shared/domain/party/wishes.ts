/**
 * 微心愿: a small wish of a resident in need, posted or vetted by community staff; one claimer (kernel claim)
 * delivers it and staff confirm with a photo. The needy person's name and address are never public: everyone
 * else reads "第三社区 一位独居老人". A claim not delivered by its deadline returns to the pool.
 */
export const NEEDY_KINDS = ['独居老人', '高龄老人', '困难儿童', '残疾人', '困难家庭'] as const
export type NeedyKind = (typeof NEEDY_KINDS)[number]

export const WISH_STATUSES = ['vetting', 'open', 'claimed', 'delivered', 'done', 'refused'] as const
export type WishStatus = (typeof WISH_STATUSES)[number]

export const WISH_STATUS_TEXT: Record<WishStatus, string> = {
  vetting: '待社区审核',
  open: '待认领',
  claimed: '已认领，待送达',
  delivered: '已送达，待社区确认',
  done: '已实现',
  refused: '未通过审核',
}

export type WishMove = 'approve' | 'refuse' | 'claim' | 'deliver' | 'confirm' | 'expire'

/** The state machine: which move takes a wish from where to where. */
export const WISH_MOVES: Record<WishMove, { from: WishStatus; to: WishStatus }> = {
  approve: { from: 'vetting', to: 'open' },
  refuse: { from: 'vetting', to: 'refused' },
  claim: { from: 'open', to: 'claimed' },
  deliver: { from: 'claimed', to: 'delivered' },
  confirm: { from: 'delivered', to: 'done' },
  // an unfulfilled claim past its deadline goes back to the pool
  expire: { from: 'claimed', to: 'open' },
}

export function moveWish(status: WishStatus, move: WishMove): { ok: true; status: WishStatus } | { ok: false; message: string } {
  const m = WISH_MOVES[move]
  if (m.from === status) return { ok: true, status: m.to }
  const messages: Record<WishMove, string> = {
    approve: '该心愿已审核过',
    refuse: '该心愿已审核过',
    claim: status === 'claimed' || status === 'delivered' || status === 'done' ? '该心愿已被认领' : '该心愿暂不能认领',
    deliver: '该心愿不在待送达状态',
    confirm: '该心愿尚未送达，不能确认',
    expire: '该心愿不在认领中',
  }
  return { ok: false, message: messages[move] }
}

/** Days a claimer has to deliver before the wish returns to the pool. */
export const CLAIM_DAYS = 7

export function claimDeadline(claimedAt: Date): Date {
  return new Date(claimedAt.getTime() + CLAIM_DAYS * 86_400_000)
}

export function isOverdue(w: { status: WishStatus; claimDeadline: Date | null }, now: Date): boolean {
  return w.status === 'claimed' && !!w.claimDeadline && w.claimDeadline.getTime() <= now.getTime()
}

/** "黄河西路第三社区" → "第三社区": the community as the street says it. */
export function shortCommunity(community: string): string {
  return community.replace(/^黄河西路/, '')
}

/** The only way a needy person is named to the public: their community and what kind of person they are. */
export function publicWho(community: string, kind: NeedyKind): string {
  return `${shortCommunity(community)} 一位${kind}`
}

/** A budget in yuan as people read it. */
export function budgetText(yuan: number): string {
  return `约 ${yuan} 元`
}

/** What a wish holds when posted, before anyone claims it (postWish and the demo data start from the same). */
export function unclaimedWish() {
  return {
    refusedReason: null,
    taken: 0,
    claimerId: null,
    claimerName: null,
    claimedAt: null,
    claimDeadline: null,
    deliveryNote: null,
    deliveredAt: null,
    photos: [] as string[],
    confirmedBy: null,
    confirmedAt: null,
  }
}
