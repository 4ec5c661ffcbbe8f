/**
 * 志愿者 and the 时间银行's offer: who a volunteer is (skills, availability, community), what a home service costs
 * in hours, and what a 志愿服务记录证明 states. Pure.
 */
import { formatForNotice } from '../../time'
import { hoursText } from './ledger'

export const SKILLS = ['助老陪伴', '家电维修', '理发', '医疗护理', '心理疏导', '法律咨询', '文艺演出', '教育辅导', '环境清洁', '文明劝导', '应急救援', '驾驶'] as const
export type Skill = (typeof SKILLS)[number]

export const AVAILABILITY = { weekdayDay: '工作日白天', weekdayEvening: '工作日晚上', weekend: '周末', anytime: '随时可约' } as const
export type Availability = keyof typeof AVAILABILITY

/** The organization that records the hours and issues the record (志愿服务条例: the recording organization). */
export const RECORDING_ORG = '黄河西路街道党建指导中心（党员服务中心）'

/** 志愿者编号 as shown on the record: "ZY" and six characters (never an openid). */
export function volunteerNumber(code: string): string {
  return `ZY${code}`
}

/**
 * What a home service costs in the time bank: its length in hours, rounded up to the half hour (a 30-minute
 * haircut costs half an hour, a two-hour cleaning two hours). In whole minutes.
 */
export function timeBankCost(slotMinutes: number): number {
  return Math.max(30, Math.ceil(slotMinutes / 30) * 30)
}

export interface RecordLine {
  at: Date
  title: string
  minutes: number
  verifiedByName: string
}

export interface ServiceRecord {
  title: string
  org: string
  name: string
  number: string
  /** "2026年3月2日 至 2026年11月28日" */
  periodText: string
  totalText: string
  lines: Array<{ dayText: string; title: string; hoursText: string; verifiedBy: string }>
  issuedText: string
  serial: string
  statement: string
}

/**
 * The 志愿服务记录证明: the organization, the volunteer, the period from the first to the last credited service,
 * the hours, and each service with who verified it. Only credits count (spending hours does not undo service done).
 */
export function serviceRecord(v: { name: string; number: string }, lines: readonly RecordLine[], now: Date, serial: string): ServiceRecord {
  const sorted = [...lines].sort((a, b) => a.at.getTime() - b.at.getTime())
  const total = sorted.reduce((sum, l) => sum + l.minutes, 0)
  const day = (at: Date) => formatForNotice(at, false)
  const periodText = sorted.length ? `${day(sorted[0].at)} 至 ${day(sorted[sorted.length - 1].at)}` : '暂无服务记录'
  return {
    title: '志愿服务记录证明',
    org: RECORDING_ORG,
    name: v.name,
    number: v.number,
    periodText,
    totalText: hoursText(total),
    lines: sorted.map((l) => ({ dayText: day(l.at), title: l.title, hoursText: hoursText(l.minutes), verifiedBy: l.verifiedByName })),
    issuedText: day(now),
    serial,
    statement: sorted.length
      ? `兹证明 ${v.name}（志愿者编号 ${v.number}）于 ${periodText} 期间参加志愿服务 ${sorted.length} 次，经核实累计志愿服务时长 ${hoursText(total)}。`
      : `${v.name}（志愿者编号 ${v.number}）暂无经核实的志愿服务记录。`,
  }
}
