/**
 * 居民议事 — residents decide residents' matters, in five steps: raise a topic (提议题) → gather opinions
 * (征求意见: comments and supports from verified residents of the scope within a period; a topic reaching the
 * threshold goes to the council) → council deliberation (议事会协商: a meeting with agenda, attendance and
 * minutes) → resolution and public notice (决议公示: the decision with reasons, a notice period in which residents
 * may object; optionally a secret vote) → implementation and evaluation (实施评议: tasks, progress, rating).
 * Pure: every rule takes `now`; dates are Shanghai calendar days.
 */
import { atShanghai, shanghaiDay } from '../../time'
import { buildingOf } from '../governance/routing'

export const TOPIC_STEPS = ['gathering', 'council', 'notice', 'implementing', 'evaluating', 'closed'] as const
export type TopicStep = (typeof TOPIC_STEPS)[number]

export const STEP_TEXT: Record<TopicStep, string> = {
  gathering: '征求意见',
  council: '议事会协商',
  notice: '决议公示',
  implementing: '实施中',
  evaluating: '实施完成，请评议',
  closed: '已结束',
}

/** The five steps as residents see them (closed is the end of any road). */
/**
 * The five steps as residents are taught them (提议题 → 征求意见 → 议事会协商 → 决议公示 → 实施评议), each with
 * the topic's steps it covers: a topic exists once raised, so 提议题 is always done.
 */
export const FIVE_STEPS: Array<{ name: string; steps: TopicStep[] }> = [
  { name: '提议题', steps: [] },
  { name: '征求意见', steps: ['gathering'] },
  { name: '议事会协商', steps: ['council'] },
  { name: '决议公示', steps: ['notice'] },
  { name: '实施评议', steps: ['implementing', 'evaluating'] },
]

/** Each of the five steps in words for a topic now at `step`: 已完成, 进行中 or still to come (a closed topic: none). */
export function fiveStepsAt(step: TopicStep): Array<{ name: string; state: 'done' | 'now' | 'later' | null }> {
  const at = FIVE_STEPS.findIndex((s) => s.steps.includes(step))
  return FIVE_STEPS.map((s, i) => ({ name: s.name, state: i === 0 ? 'done' : step === 'closed' ? null : i < at ? 'done' : i === at ? 'now' : 'later' }))
}

/** The step in words: a topic at the threshold awaits the council; a refused resolution ends with its notice. */
export function stepTextOf(t: Pick<TopicState, 'step' | 'supportCount' | 'threshold'> & { resolution: { accepted: boolean; noticeUntil: Date } | null }, now: Date): string {
  if (t.step === 'gathering' && t.supportCount >= t.threshold) return `${STEP_TEXT.gathering}（已达 ${t.threshold} 人支持，待议事会协商）`
  if (t.step === 'notice' && t.resolution && !t.resolution.accepted && now.getTime() >= new Date(t.resolution.noticeUntil).getTime()) return '已结束（决议不予采纳）'
  return STEP_TEXT[t.step]
}

/** The street's settings (not code elsewhere): how long opinions are gathered, supports needed, notice period. */
export const DELIBERATION_RULES = { gatherDays: 14, noticeDays: 7, communityThreshold: 30, buildingThreshold: 5 } as const

export type ScopeKind = 'community' | 'building'

export interface Scope {
  kind: ScopeKind
  community: string
  /** 3号楼 for a building's topic */
  building: string | null
}

/** A resident's address as community staff verified it (the badge): the household is the flat. */
export interface VerifiedAddress {
  community: string
  building: string | null
  /** community + flat, e.g. 黄河西路第一社区|3号楼2单元201: one vote per household counts this */
  household: string
}

export function scopeKey(s: Scope): string {
  return s.kind === 'building' ? `building:${s.community}|${s.building}` : `community:${s.community}`
}

export function scopeText(s: Scope): string {
  return s.kind === 'building' ? `${s.community.replace('黄河西路', '')} ${s.building}` : s.community
}

/** What staff record when they verify an address: the building and the household come from the address itself. */
export function verifiedFrom(community: string, address: string): VerifiedAddress {
  const flat = address.replace(/\s+/g, '')
  return { community, building: buildingOf(address), household: `${community}|${flat}` }
}

/** Whether a verified resident lives in the topic's scope (unverified people never do). */
export function inScope(scope: Scope, v: VerifiedAddress | null | undefined): boolean {
  if (!v || v.community !== scope.community) return false
  return scope.kind === 'community' || v.building === scope.building
}

export function thresholdFor(kind: ScopeKind): number {
  return kind === 'building' ? DELIBERATION_RULES.buildingThreshold : DELIBERATION_RULES.communityThreshold
}

/** The end (exclusive) of the Shanghai day `days` after `now`'s day: periods end at midnight, whatever the server's zone. */
export function endOfDayAfter(now: Date, days: number): Date {
  return atShanghai(shanghaiDay(now)).add(days + 1, 'day').toDate()
}

export interface TopicState {
  step: TopicStep
  byCouncil: boolean
  gatherUntil: Date
  supportCount: number
  threshold: number
  council: { minutes: string | null } | null
  resolution: { accepted: boolean; needsVote: boolean; noticeUntil: Date } | null
  vote: { opensAt: Date; closesAt: Date } | null
  tasks: Array<{ done: boolean }>
}

export type Refusal = string | null

const open = (until: Date, now: Date) => now.getTime() < new Date(until).getTime()

/** Support and comment: in the gathering step, before its period ends. */
export function mayGather(t: TopicState, now: Date): Refusal {
  if (t.step !== 'gathering') return '征求意见已结束'
  if (!open(t.gatherUntil, now)) return '征求意见期已过'
  return null
}

/** A support that reaches the threshold sends the topic to the council. */
export function reachesCouncil(supportCount: number, threshold: number): boolean {
  return supportCount >= threshold
}

/** The council meets on a topic that reached the threshold, or one the council raised itself. */
export function mayScheduleCouncil(t: TopicState): Refusal {
  if (t.step === 'council') return null
  if (t.step === 'gathering' && (t.byCouncil || reachesCouncil(t.supportCount, t.threshold))) return null
  if (t.step === 'gathering') return `支持人数达到 ${t.threshold} 人后才能提交议事会`
  return '该议题已过议事会协商阶段'
}

export function mayPublishResolution(t: TopicState & { council: { at: Date | null; minutes: string | null } | null }): Refusal {
  if (t.step !== 'council') return '只有议事会协商中的议题可以公示决议'
  if (!t.council?.minutes) return '请先记录议事会会议纪要'
  return null
}

/** Objections: during the notice period of a resolution. */
export function mayObject(t: TopicState, now: Date): Refusal {
  if (t.step !== 'notice' || !t.resolution) return '该议题不在公示期'
  if (!open(t.resolution.noticeUntil, now)) return '公示期已过'
  return null
}

/** A vote opens on a resolution that needs the residents' decision, during its notice period, once. */
export function mayOpenVote(t: TopicState, closesAt: Date, now: Date): Refusal {
  if (t.step !== 'notice' || !t.resolution?.needsVote) return '只有公示中且需要居民表决的决议可以发起表决'
  if (t.vote) return '该决议已发起过表决'
  if (closesAt.getTime() <= now.getTime()) return '表决截止时间应晚于现在'
  return null
}

export type VoteState = 'none' | 'open' | 'closed'

export function voteState(t: Pick<TopicState, 'vote'>, now: Date): VoteState {
  if (!t.vote) return 'none'
  if (now.getTime() < new Date(t.vote.opensAt).getTime()) return 'none'
  return open(t.vote.closesAt, now) ? 'open' : 'closed'
}

/** Implementation starts after the notice period (and the vote, if any) of an accepted resolution. */
export function mayImplement(t: TopicState, now: Date): Refusal {
  if (t.step === 'implementing') return null
  if (t.step !== 'notice' || !t.resolution) return '只有公示结束的决议可以安排实施'
  if (!t.resolution.accepted) return '决议未通过，不安排实施'
  if (open(t.resolution.noticeUntil, now)) return '公示期结束后才能安排实施'
  if (t.vote && voteState(t, now) !== 'closed') return '表决结束后才能安排实施'
  return null
}

/** The completion percentage: done tasks of all tasks. */
export function progressOf(tasks: ReadonlyArray<{ done: boolean }>): number {
  if (!tasks.length) return 0
  return Math.round((tasks.filter((t) => t.done).length / tasks.length) * 100)
}

/** Rating: once every task is done. */
export function mayRate(t: TopicState): Refusal {
  if (t.step !== 'evaluating') return '实施完成后才能评议'
  return null
}

/** The one key a ballot is unique by: the household or the person, as the vote states. */
export function voterKey(perHousehold: boolean, personId: string, v: VerifiedAddress): string {
  return perHousehold ? `h:${v.household}` : `p:${personId}`
}
