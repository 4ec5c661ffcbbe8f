/** The guided check as a walk through its questions: one per screen, back and forth, pure. */
import { ELIGIBILITY_STEPS, type EligibilityAnswers } from '@/shared/domain/legal/eligibility'

export interface CheckWalk {
  step: number
  answers: Partial<EligibilityAnswers>
}

export const START: CheckWalk = { step: 0, answers: {} }

export const currentQuestion = (w: CheckWalk) => ELIGIBILITY_STEPS[w.step] ?? null

/** Answering moves to the next question; after the last, the walk is complete. */
export function answer(w: CheckWalk, value: string): CheckWalk {
  const q = ELIGIBILITY_STEPS[w.step]
  if (!q) return w
  return { step: w.step + 1, answers: { ...w.answers, [q.key]: value } }
}

export function back(w: CheckWalk): CheckWalk {
  return w.step === 0 ? w : { ...w, step: w.step - 1 }
}

export function completed(w: CheckWalk): EligibilityAnswers | null {
  const { who, matter, stage } = w.answers
  return w.step >= ELIGIBILITY_STEPS.length && who && matter && stage ? { who, matter, stage } : null
}

/** 第 2 / 3 题 */
export const progressText = (w: CheckWalk) => `第 ${Math.min(w.step + 1, ELIGIBILITY_STEPS.length)} / ${ELIGIBILITY_STEPS.length} 题`

/** Where the result sends the resident, with the answers carried into the application form. */
export function nextPage(route: 'aid' | 'mediation' | 'consultation', a: EligibilityAnswers, hardship: string): string {
  if (route === 'aid') return `/centers/legal/pages/apply/index?who=${a.who}&matter=${a.matter}&stage=${a.stage}&hardship=${hardship}`
  if (route === 'mediation') return '/centers/legal/pages/mediate/index'
  return '/centers/legal/pages/ask/index'
}
