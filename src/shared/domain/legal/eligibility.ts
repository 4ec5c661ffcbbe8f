/**
 * 法律援助 guided check (one question per screen): who is asking, what the matter is, at what stage. It says
 * whether the financial-hardship check applies (法律援助法 Art. 42 exempt groups) and routes the resident to an
 * aid application, to mediation, or to a consultation. Pure routing rules, data first.
 */
export const WHO = {
  elderly: '老年人',
  disabled: '残疾人',
  minor: '未成年人',
  women: '妇女（婚姻家庭、家暴等权益）',
  migrant: '农民工',
  assistance: '低保、特困等社会救助对象',
  veteran: '优抚对象（军人军属、退役军人等）',
  other: '以上都不是',
} as const
export type Who = keyof typeof WHO

export const MATTERS = {
  wages: '追索劳动报酬（欠薪）',
  injury: '工伤赔偿',
  support: '赡养费、抚养费、扶养费',
  family: '婚姻家庭纠纷',
  damages: '人身损害赔偿',
  neighbour: '邻里、物业等日常纠纷',
  other: '其他问题',
} as const
export type Matter = keyof typeof MATTERS

export const STAGES = {
  notFiled: '还没有起诉或申请仲裁',
  litigation: '已经起诉或被起诉（诉讼中）',
  arbitration: '劳动仲裁中',
  mediation: '正在调解',
} as const
export type Stage = keyof typeof STAGES

export interface EligibilityStep<K extends string = string> {
  key: 'who' | 'matter' | 'stage'
  question: string
  options: Record<K, string>
}

/** The questions, in order: one per screen. */
export const ELIGIBILITY_STEPS: readonly EligibilityStep[] = [
  { key: 'who', question: '您属于以下哪类人员？', options: WHO },
  { key: 'matter', question: '您遇到的是什么问题？', options: MATTERS },
  { key: 'stage', question: '事情进行到哪一步了？', options: STAGES },
]

export interface EligibilityAnswers {
  who: Who
  matter: Matter
  stage: Stage
}

/** exempt: no hardship check; ifNoIncome: exempt when without a fixed income (Art. 42 第一项); required */
export type HardshipCheck = 'exempt' | 'ifNoIncome' | 'required'
export type Route = 'aid' | 'mediation' | 'consultation'

export interface EligibilityResult {
  hardship: HardshipCheck
  hardshipText: string
  route: Route
  routeText: string
}

/** Matters legal aid takes on (法律援助法 Art. 31, the ones a street center sees). */
const AID_MATTERS: readonly Matter[] = ['wages', 'injury', 'support', 'family', 'damages']

export function hardshipCheck(a: Pick<EligibilityAnswers, 'who' | 'matter'>): HardshipCheck {
  if (a.who === 'assistance' || a.who === 'veteran') return 'exempt'
  if (a.who === 'migrant' && (a.matter === 'wages' || a.matter === 'injury')) return 'exempt'
  if (a.who === 'elderly' || a.who === 'disabled' || a.who === 'minor') return 'ifNoIncome'
  return 'required'
}

const HARDSHIP_TEXT: Record<HardshipCheck, string> = {
  exempt: '您属于免予核查经济困难状况的人员，申请时无需提交经济困难证明。',
  ifNoIncome: '如您没有固定生活来源，免予核查经济困难状况；否则申请时需如实填写经济困难声明。',
  required: '申请时需如实填写经济困难声明，中心将核查。',
}

export function route(a: EligibilityAnswers): Route {
  if (a.stage === 'mediation') return 'mediation'
  if (a.matter === 'neighbour') return 'mediation'
  if (!AID_MATTERS.includes(a.matter)) return 'consultation'
  return 'aid'
}

const ROUTE_TEXT: Record<Route, string> = {
  aid: '您的事项属于法律援助范围，可以在线申请法律援助。',
  mediation: '这类纠纷可以先申请人民调解，调解不成还可以转行政调解、司法调解。',
  consultation: '建议先向值班律师咨询，律师会告诉您下一步怎么办。',
}

export function checkEligibility(a: EligibilityAnswers): EligibilityResult {
  const hardship = hardshipCheck(a)
  const r = route(a)
  return { hardship, hardshipText: HARDSHIP_TEXT[hardship], route: r, routeText: ROUTE_TEXT[r] }
}
