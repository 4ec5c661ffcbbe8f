/**
 * The street's grids, teams and deadline settings, maintained in the app by the command staff and the street
 * administrator. Open reports follow a grid's new worker or a team's new members; a grid or team that still
 * holds open reports is not removed until they are re-dispatched.
 */
import type { governance } from '@/shared/contracts/governance'
import { settingsWithDefaults } from '@/shared/domain/governance/deadlines'
import { gridAssignee, teamAssignee } from '@/shared/domain/governance/routing'
import { maskPhone } from '@/shared/domain/people'
import { newId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import { type Actions, who } from '../../_kernel/handler'
import { namesOf, setRoleOf } from '../../_kernel/users'
import * as repo from '../repo'
import { isCommand, tellHandedOver } from './shared'

type A = Actions<typeof governance>
type Person = { id: string; name: string; maskedPhone: string | null; community: string | null }

async function gridsView(callerId: string, people: Person[] = []) {
  const [grids, teams, saved] = await Promise.all([repo.gridsOf(), repo.allTeams(), repo.getSettings(callerId)])
  return {
    grids: grids.map((g) => ({ ...repo.asGrid(g), buildings: [...g.buildings] })),
    teams: teams.map((t) => ({ id: t._id, name: t.name, kind: t.kind, categories: t.categories, members: t.members })),
    deadlines: { settings: settingsWithDefaults(saved.settings), corrections: saved.corrections },
    people,
  }
}

/** People named by id must be known to the platform; their names are kept for lists. */
async function known(ids: string[], field: string): Promise<Map<string, string>> {
  const names = await namesOf(ids)
  const missing = ids.filter((id) => !names.has(id))
  if (missing.length) throw new AppError('INVALID_INPUT', '有人员不在系统中，请重新选择', { [field]: '请重新选择人员' })
  return new Map([...names].map(([id, n]) => [id, n.name]))
}

/** The grids and teams; with a keyword, the people it finds too (for the command staff to pick from). */
export const listGrids: A['listGrids'] = async (input, ctx) => {
  if (!input.keyword) return gridsView(who(ctx).actorId)
  if (!(await isCommand(ctx))) throw new AppError('FORBIDDEN', '只有指挥中心工作人员可以查找人员')
  const found = await repo.findPeople(input.keyword)
  return gridsView(who(ctx).actorId, found.map((u) => ({ id: u._id, name: u.profile?.name ?? '（未填写姓名）', maskedPhone: maskPhone(u.phone), community: u.profile?.community ?? null })))
}

/** A community's grids as a whole: new ones added, changed ones kept with their id, missing ones removed. */
export const setGrids: A['setGrids'] = async (input, ctx) => {
  const names = await known([...new Set(input.grids.map((g) => g.workerId))], 'grids')
  const taken = new Set<string>()
  input.grids.forEach((g, i) => {
    for (const b of g.buildings) {
      if (taken.has(b)) throw new AppError('INVALID_INPUT', `${b}已划入其他网格`, { [`grids.${i}.buildings`]: `${b}已划入其他网格` })
      taken.add(b)
    }
  })
  const before = await repo.gridsOf(input.community)
  const docs: repo.GridDoc[] = input.grids.map((g) => ({
    _id: g.id ?? `grid_${newId()}`,
    community: input.community,
    name: g.name,
    buildings: g.buildings,
    center: g.center,
    workerId: g.workerId,
    workerName: names.get(g.workerId) ?? '',
  }))
  const kept = new Set(docs.map((d) => d._id))
  for (const gone of before.filter((g) => !kept.has(g._id))) {
    const open = await repo.openHeldBy('grid', gone._id)
    if (open) throw new AppError('CONFLICT', `${gone.name}还有 ${open} 件未办结的问题，请先改派后再删除`)
  }
  await repo.replaceGrids(input.community, docs)
  // a grid's worker reads their queue as a 网格员 (the role is kept when they leave the grid: it is their job)
  await setRoleOf([...new Set(docs.map((d) => d.workerId))], { role: 'gridWorker' }, true, ctx.now)
  const was = new Map(before.map((g) => [g._id, g]))
  for (const d of docs) {
    const old = was.get(d._id)
    if (!old || (old.workerId === d.workerId && old.name === d.name)) continue
    const a = gridAssignee(repo.asGrid(d))
    await repo.reassignOpen('grid', d._id, a.handlerIds, a.name)
    // a new grid worker is told of each open report that is now theirs, as a dispatch would
    if (old.workerId !== d.workerId) await tellHandedOver(await repo.openReportsHeldBy('grid', d._id), [d.workerId], `网格调整，转交给您：${d.name}`, ctx.now)
  }
  return gridsView(who(ctx).actorId)
}

/** Every team as a whole: new ones added, changed ones kept with their id, missing ones removed. */
export const setTeams: A['setTeams'] = async (input, ctx) => {
  const names = await known([...new Set(input.teams.flatMap((t) => t.memberIds))], 'teams')
  const before = await repo.allTeams()
  const docs: repo.TeamDoc[] = input.teams.map((t) => ({
    _id: t.id ?? `team_${newId()}`,
    name: t.name,
    kind: t.kind,
    categories: t.categories,
    members: t.memberIds.map((id) => ({ id, name: names.get(id) ?? '' })),
  }))
  const kept = new Set(docs.map((d) => d._id))
  for (const gone of before.filter((t) => !kept.has(t._id))) {
    const open = await repo.openHeldBy(`team_${gone._id}`)
    if (open) throw new AppError('CONFLICT', `${gone.name}还有 ${open} 件未办结的问题，请先改派后再删除`)
  }
  await repo.replaceTeams(docs)
  // being on a team is what makes a member: those on none any more lose the role, everyone on one has it
  const on = new Set(docs.flatMap((d) => d.members.map((m) => m.id)))
  const left = [...new Set(before.flatMap((t) => t.members.map((m) => m.id)))].filter((id) => !on.has(id))
  await Promise.all([setRoleOf([...on], { role: 'teamMember' }, true, ctx.now), setRoleOf(left, { role: 'teamMember' }, false, ctx.now)])
  const was = new Map(before.map((t) => [t._id, t]))
  for (const d of docs) {
    const old = was.get(d._id)
    const same = old && old.name === d.name && old.members.map((m) => m.id).join() === d.members.map((m) => m.id).join()
    if (!old || same) continue
    const a = teamAssignee(repo.asTeam(d))
    await repo.reassignOpen(a.teamKey, null, a.handlerIds, a.name)
    // members who join a team are told of its open reports; those who stayed already know them
    const joined = a.handlerIds.filter((id) => !old.members.some((m) => m.id === id))
    if (joined.length) await tellHandedOver(await repo.openReportsHeldBy(a.teamKey, null), joined, `队伍调整，转交给您：${d.name}`, ctx.now)
  }
  return gridsView(who(ctx).actorId)
}

/** New deadlines apply to reports made from now on; reports already made keep theirs. */
export const setDeadlines: A['setDeadlines'] = async (input, ctx) => {
  const { actorId } = who(ctx)
  await repo.saveSettings(input.settings)
  return gridsView(actorId)
}
