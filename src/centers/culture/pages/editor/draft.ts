/** 发布活动's form ↔ the activity input; pure, validated by the activities contract. */
import { ActivityInput, type activities } from '@/shared/contracts/activities'
import { fieldMessages, type OutputOf } from '@/shared/contracts/define'
import { type Brand, dateProblems } from '@/shared/domain/activities'
import type { CenterCode } from '@/shared/domain/centers'
import type { Community } from '@/shared/domain/communities'

type Saved = OutputOf<typeof activities, 'getActivity'>

export interface ActivityDraft {
  orgId: string | undefined
  center: CenterCode
  brand: Brand | null
  title: string
  description: string
  address: string
  startAt: string
  endAt: string
  signupOpensAt: string
  signupClosesAt: string
  cancelDeadline: string
  /** numbers as typed, so a half-typed value stays on screen */
  capacity: string
  companionsAllowed: number
  minAge: string
  maxAge: string
  communities: Community[]
  /** `key` keeps each question's field stable while others are added or removed */
  questions: Array<{ key: string; label: string; required: boolean }>
  /** 志愿服务时长 as typed: empty when the activity is not volunteer service */
  volunteerHours: string
}

export const MAX_QUESTIONS = 5

const BLANK: ActivityDraft = {
  orgId: undefined,
  center: 'culture',
  brand: null,
  title: '',
  description: '',
  address: '',
  startAt: '',
  endAt: '',
  signupOpensAt: '',
  signupClosesAt: '',
  cancelDeadline: '',
  capacity: '',
  companionsAllowed: 0,
  minAge: '',
  maxAge: '',
  communities: [],
  questions: [],
  volunteerHours: '',
}

/**
 * The form to start from: the saved activity when editing; otherwise blank, organized by the person's first
 * organization, or by their own center when they are center staff only.
 */
export function draftFrom(saved: Saved | null, host: { orgIds: string[]; staffCenters: CenterCode[] }): ActivityDraft {
  if (!saved) return { ...BLANK, orgId: host.orgIds[0], center: host.orgIds[0] ? 'culture' : (host.staffCenters[0] ?? 'culture') }
  return {
    orgId: saved.orgId ?? undefined,
    center: saved.center,
    brand: saved.brand,
    title: saved.title,
    description: saved.description,
    address: saved.address,
    startAt: saved.startAt,
    endAt: saved.endAt,
    signupOpensAt: saved.signupOpensAt,
    signupClosesAt: saved.signupClosesAt,
    cancelDeadline: saved.cancelDeadline,
    capacity: String(saved.capacity),
    companionsAllowed: saved.companionsAllowed,
    minAge: saved.minAge ? String(saved.minAge) : '',
    maxAge: saved.maxAge ? String(saved.maxAge) : '',
    communities: saved.communities as Community[],
    questions: saved.questions.map((q, i) => ({ ...q, key: `saved-${i}` })),
    volunteerHours: saved.volunteerHours ? String(saved.volunteerHours) : '',
  }
}

const numberOrNull = (text: string) => (text.trim() ? Number(text.trim()) : null)

/** What is sent: numbers from what was typed (an empty capacity is "not filled in"), questions left blank dropped. */
export function toActivityInput(d: ActivityDraft): ActivityInput {
  return {
    orgId: d.orgId,
    center: d.center,
    brand: d.brand,
    title: d.title,
    description: d.description,
    address: d.address,
    startAt: d.startAt,
    endAt: d.endAt,
    signupOpensAt: d.signupOpensAt,
    signupClosesAt: d.signupClosesAt,
    cancelDeadline: d.cancelDeadline,
    capacity: Number(d.capacity || Number.NaN),
    companionsAllowed: d.companionsAllowed,
    minAge: numberOrNull(d.minAge),
    maxAge: numberOrNull(d.maxAge),
    communities: d.communities,
    questions: d.questions.filter((q) => q.label.trim()).map(({ label, required }) => ({ label, required })),
    volunteerHours: numberOrNull(d.volunteerHours),
  }
}

/** The fields whose messages this form can work out itself (the dates' order among them). */
export const DATE_FIELDS = ['startAt', 'endAt', 'signupOpensAt', 'signupClosesAt', 'cancelDeadline'] as const

/**
 * What is wrong, field by field (empty when the activity can be saved): the contract's messages, and the dates'
 * order as the server checks it (an end before the start…), so the first save already names every problem.
 */
export function problems(d: ActivityDraft): Record<string, string> {
  const parsed = ActivityInput.safeParse(toActivityInput(d))
  const order = dateProblems({
    startAt: new Date(d.startAt),
    endAt: new Date(d.endAt),
    signupOpensAt: new Date(d.signupOpensAt),
    signupClosesAt: new Date(d.signupClosesAt),
    cancelDeadline: new Date(d.cancelDeadline),
  })
  return { ...order, ...(parsed.success ? {} : fieldMessages(parsed.error)) }
}

/** A community in or out of the audience (none chosen: open to every community). */
export const toggleCommunity = (list: Community[], c: Community) => (list.includes(c) ? list.filter((x) => x !== c) : [...list, c])

/** One more blank question, up to five. */
export const addQuestion = (questions: ActivityDraft['questions'], key: string) => (questions.length < MAX_QUESTIONS ? [...questions, { key, label: '', required: false }] : questions)
