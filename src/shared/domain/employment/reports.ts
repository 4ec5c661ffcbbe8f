/**
 * A report of a posting: staff take the posting down (the employer and the reporter see why) or find nothing
 * wrong. What the reporter reads, in words.
 */
export const REPORT_STATUSES = ['open', 'upheld', 'dismissed'] as const
export type ReportStatus = (typeof REPORT_STATUSES)[number]

export const REPORT_STATUS_TEXT: Record<ReportStatus, string> = {
  open: '待中心核实',
  upheld: '属实，岗位已下架',
  dismissed: '经核实未发现问题',
}

/** The notice's short outcome (phrase: at most 5 characters). */
export const REPORT_OUTCOME: Record<Exclude<ReportStatus, 'open'>, string> = { upheld: '已下架', dismissed: '不成立' }

/** What the reporter is told beside the outcome when staff wrote nothing. */
export const REPORT_DEFAULT_NOTE: Record<Exclude<ReportStatus, 'open'>, string> = {
  upheld: '岗位已从招聘列表下架',
  dismissed: '岗位信息未发现违规，继续展示',
}
