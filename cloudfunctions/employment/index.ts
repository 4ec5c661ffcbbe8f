import { employment } from '@/shared/contracts/employment'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as employers from './actions/employers'
import * as sheets from './actions/exports'
import * as jobs from './actions/jobs'
import * as reports from './actions/reports'
import * as seekers from './actions/seekers'

const { EMPLOYER_PAGE: _page, ...employerActions } = employers
const { jobLink: _link, ...jobActions } = jobs
const { REPORTS_PAGE: _reports, ...reportActions } = reports

export const main = createHandler(employment, { ...employerActions, ...jobActions, ...reportActions, ...seekers, ...sheets }, {
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
