import { employment } from '@/shared/contracts/employment'
import { createHandler } from '../_kernel/handler'
import { noticeSender } from '../_kernel/notify'
import * as employers from './actions/employers'
import * as jobs from './actions/jobs'
import * as reports from './actions/reports'
import * as seekers from './actions/seekers'

const { EMPLOYER_PAGE: _page, ...employerActions } = employers
const { jobLink: _link, ...jobActions } = jobs

export const main = createHandler(employment, { ...employerActions, ...jobActions, ...reports, ...seekers }, {
  // 20: this function's time limit (config.json)
  sendNotices: noticeSender(20),
})
