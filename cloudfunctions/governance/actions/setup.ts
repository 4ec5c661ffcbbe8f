/** The street's grids, teams and deadline settings: maintained in the app by the street administrator. */
import type { governance } from '@/shared/contracts/governance'
import { settingsWithDefaults } from '@/shared/domain/governance/deadlines'
import { newId } from '../../_kernel/codes'
import { AppError } from '../../_kernel/errors'
import type { Actions } from '../../_kernel/handler'
import { namesOf } from '../../_kernel/users'
import * as repo from '../repo'

type A = Actions<typeof governance>

async function gridsView() {
  const [grids, teams, saved] = await Promise.all([repo.gridsOf(), repo.allTeams(), repo.getSettings()])
  return {
    grids: grids.map((g) => ({ ...repo.asGrid(g), buildings: [...g.buildings] })),
    teams: teams.map((t) => ({ id: t._id, name: t.name, kind: t.kind, categories: t.categories, members: t.members })),
    deadlines: { settings: settingsWithDefaults(saved?.settings), corrections: saved?.corrections ?? {} },
  }
}

/** People named by id must be known to the platform; their names are kept for lists. */
async function known(ids: string[], field: string): Promise<Map<string, string>> {
  const names = await namesOf(ids)
  const missing = ids.filter((id) => !names.has(id))
  if (missing.length) throw new AppError('INVALID_INPUT', '有人员不在系统中，请重新选择', { [field]: '请重新选择人员' })
  return new Map([...names].map(([id, n]) => [id, n.name]))
}

export const listGrids: A['listGrids'] = () => gridsView()

export const setGrids: A['setGrids'] = async (input) => {
  const names = await known([...new Set(input.grids.map((g) => g.workerId))], 'grids')
  const taken = new Set<string>()
  input.grids.forEach((g, i) => {
    for (const b of g.buildings) {
      if (taken.has(b)) throw new AppError('INVALID_INPUT', `${b}已划入其他网格`, { [`grids.${i}.buildings`]: `${b}已划入其他网格` })
      taken.add(b)
    }
  })
  const docs: repo.GridDoc[] = input.grids.map((g) => ({
    _id: g.id ?? `grid_${newId()}`,
    community: input.community,
    name: g.name,
    buildings: g.buildings,
    center: g.center,
    workerId: g.workerId,
    workerName: names.get(g.workerId) ?? '',
  }))
  await repo.replaceGrids(input.community, docs)
  return gridsView()
}

export const setTeams: A['setTeams'] = async (input) => {
  const names = await known([...new Set(input.teams.flatMap((t) => t.memberIds))], 'teams')
  const docs: repo.TeamDoc[] = input.teams.map((t) => ({
    _id: t.id ?? `team_${newId()}`,
    name: t.name,
    kind: t.kind,
    categories: t.categories,
    members: t.memberIds.map((id) => ({ id, name: names.get(id) ?? '' })),
  }))
  await repo.replaceTeams(docs)
  return gridsView()
}

/** New deadlines apply to reports made from now on; reports already made keep theirs. */
export const setDeadlines: A['setDeadlines'] = async (input) => {
  const saved = await repo.getSettings()
  await repo.saveSettings({ settings: { ...saved?.settings, ...input.settings }, corrections: input.corrections })
  return gridsView()
}
