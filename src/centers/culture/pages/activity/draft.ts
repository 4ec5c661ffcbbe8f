/** 活动详情's sign-up form ↔ the signUp input, and what the page says about who may come; pure. */
import { type activities, SignUpInput } from '@/shared/contracts/activities'
import { fieldMessages, type InputOf, type OutputOf } from '@/shared/contracts/define'

export type Detail = OutputOf<typeof activities, 'getActivity'>
export type SignUp = InputOf<typeof activities, 'signUp'>

export interface SignUpDraft {
  companions: number
  /** one answer per question, in the activity's order */
  answers: string[]
}

export const signUpDraftFor = (a: Pick<Detail, 'questions'>): SignUpDraft => ({ companions: 0, answers: a.questions.map(() => '') })

export const toSignUpInput = (activityId: string, d: SignUpDraft): SignUp => ({ activityId, companions: d.companions, answers: d.answers })

/** What the contract says is wrong with the sign-up (an answer too long: `answers.1`), empty when it can be sent. */
export function problems(input: SignUp): Record<string, string> {
  const parsed = SignUpInput.safeParse(input)
  return parsed.success ? {} : fieldMessages(parsed.error)
}

/** The sign-up button: a place for the person and their companions, or the waitlist when too few are left. */
export const signUpText = (placesLeft: number, d: SignUpDraft) => (placesLeft >= 1 + d.companions ? '确认报名' : '名额已满，加入候补')

/** 对象: the ages and communities an activity is limited to, in words (none: open to everyone). */
export function audienceOf(a: Pick<Detail, 'minAge' | 'maxAge' | 'communities'>): string[] {
  return [
    a.minAge ? `${a.minAge} 岁以上` : '',
    a.maxAge ? `${a.maxAge} 岁以下` : '',
    a.communities.length ? `仅限${a.communities.map((c) => c.replace('黄河西路', '')).join('、')}` : '',
  ].filter(Boolean)
}

/** A published activity takes a sign-up from someone not signed up, or whose sign-up was cancelled. */
export const canSignUp = (a: Pick<Detail, 'status' | 'mine'>) => a.status === 'published' && (!a.mine || a.mine.status === 'cancelled')
