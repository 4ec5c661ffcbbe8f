/**
 * Culture test fixtures shared by the activity test files: an organization's staff member and the center's
 * reviewer, an activity's form (on Saturday 2026-12-05, sign-up open from Monday), and publishing it.
 */
import { ORGS } from '../../emulator/seeds/culture'
import type { ActivityInput } from '../../src/shared/contracts/activities'
import { dataOf, type withLocalCloud } from './local-cloud'

type Env = ReturnType<typeof withLocalCloud>

export const activityDraft = (over: Partial<ActivityInput> = {}): ActivityInput => ({
  orgId: 'org-xingfu-xiyang',
  center: 'culture',
  brand: '四季的关怀',
  title: '重阳登高健步走',
  description: '沿黄河湿地公园健步走约 3 公里，沿途有志愿者保障。',
  address: '黄河湿地公园南门',
  startAt: '2026-12-05T01:00:00.000Z',
  endAt: '2026-12-05T03:00:00.000Z',
  signupOpensAt: '2026-11-30T00:00:00.000Z',
  signupClosesAt: '2026-12-04T10:00:00.000Z',
  cancelDeadline: '2026-12-04T04:00:00.000Z',
  capacity: 50,
  ...over,
})

/** The organizations, 刘芳 of 幸福夕阳服务中心 as `orgStaff` and 赵磊 of the culture center as `cultureStaff`. */
export function givenCultureStaff(env: Env, orgStaff: string, cultureStaff: string, now: Date): void {
  env.cloud.store.insert('orgs', ORGS.map((o) => ({ ...o, createdAt: now })))
  env.givenUser(orgStaff, [{ role: 'orgStaff', orgId: 'org-xingfu-xiyang' }], { name: '刘芳', community: '黄河西路第二社区', address: '3号楼' })
  env.givenUser(cultureStaff, [{ role: 'centerStaff', center: 'culture' }], { name: '赵磊', community: '黄河西路第四社区', address: '6号楼' })
}

/** Drafted by the organization, submitted, approved by the center: published. */
export async function publishActivity(env: Env, orgStaff: string, cultureStaff: string, input: ActivityInput) {
  const created = dataOf(await env.call(orgStaff, 'activities', 'createActivity', input))
  dataOf(await env.call(orgStaff, 'activities', 'submitForReview', { activityId: created.id }))
  return dataOf(await env.call(cultureStaff, 'activities', 'reviewActivity', { activityId: created.id, approve: true }))
}
