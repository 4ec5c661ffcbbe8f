import { useState } from 'react'
import { useLoad } from '@/hooks/use-load'
import { useSubmit } from '@/hooks/use-submit'
import { callCloud } from '@/services/cloud'
import { confirmAction, toastDone } from '@/services/dialog'
import { governance } from '@/shared/contracts/governance'
import type { CategorySettings } from '@/shared/domain/governance/deadlines'
import type { ReportCategory } from '@/shared/domain/governance/reports'
import {
  type GridDraft,
  NEW_GRID,
  NEW_TEAM,
  type TeamDraft,
  toDeadlinesInput,
  toGridsInput,
  toGridsInputWith,
  toGridsInputWithout,
  toTeamsInput,
  toTeamsInputWith,
  toTeamsInputWithout,
} from './draft'

/**
 * 网格、队伍与时限 (command staff, street administrator): the grids and teams as they stand, a grid or team being
 * created or edited, and one category's settings being edited.
 */
export function useSetup() {
  const loaded = useLoad(() => callCloud(governance, 'listGrids', {}), [])
  const [category, setCategory] = useState<ReportCategory>('环境卫生')
  const [edits, setEdits] = useState<Partial<Record<ReportCategory, CategorySettings>>>({})
  const saving = useSubmit()
  const editing = edits[category] ?? (loaded.data?.deadlines.settings[category] as CategorySettings | undefined) ?? null
  const save = () =>
    saving.run(async (requestId) => {
      if (!editing || !loaded.data) return
      const next = await callCloud(governance, 'setDeadlines', toDeadlinesInput(category, editing), { requestId })
      loaded.set(next)
      setEdits((e) => ({ ...e, [category]: undefined }))
      await toastDone('已保存')
    })

  // which card has its person picker open (a grid's id or a team's id)
  const [open, setOpen] = useState<string | null>(null)
  const [gridDraft, setGridDraft] = useState<GridDraft | null>(null)
  const [teamDraft, setTeamDraft] = useState<TeamDraft | null>(null)
  const [formProblem, setFormProblem] = useState<string | null>(null)
  const changing = useSubmit()
  const grids = () => loaded.data?.grids ?? []
  const teams = () => loaded.data?.teams ?? []

  const setWorker = (gridId: string, workerId: string) =>
    changing.run(async (requestId) => {
      const grid = grids().find((g) => g.id === gridId)
      if (!grid) return
      const community = grid.community as Parameters<typeof toGridsInput>[0]
      loaded.set(await callCloud(governance, 'setGrids', toGridsInput(community, grids(), gridId, workerId), { requestId }))
      setOpen(null)
      await toastDone('已更换')
    }, `grid:${gridId}:${workerId}`)
  const setMembers = (teamId: string, change: (ids: string[]) => string[]) =>
    changing.run(async (requestId) => {
      loaded.set(await callCloud(governance, 'setTeams', toTeamsInput(teams(), teamId, change), { requestId }))
      setOpen(null)
      await toastDone('已保存')
    }, `team:${teamId}:${Date.now()}`)

  const saveGrid = () =>
    changing.run(async (requestId) => {
      setFormProblem(null)
      if (!gridDraft) return
      const input = toGridsInputWith(grids(), gridDraft)
      if ('problem' in input) {
        setFormProblem(input.problem)
        return
      }
      loaded.set(await callCloud(governance, 'setGrids', input, { requestId }))
      setGridDraft(null)
      await toastDone(gridDraft.id ? '网格已保存' : '网格已新建')
    })
  const removeGrid = async (gridId: string, name: string) => {
    const input = toGridsInputWithout(grids(), gridId)
    if (!input || !(await confirmAction({ title: `删除${name}？`, content: '删除后新上报的问题不再派给该网格；网格内还有未办结的问题时不能删除。', confirmText: '确定删除' }))) return
    await changing.run(async (requestId) => {
      loaded.set(await callCloud(governance, 'setGrids', input, { requestId }))
      setGridDraft(null)
      await toastDone('已删除')
    }, `grid-remove:${gridId}`)
  }
  const saveTeam = () =>
    changing.run(async (requestId) => {
      setFormProblem(null)
      if (!teamDraft) return
      const input = toTeamsInputWith(teams(), teamDraft)
      if ('problem' in input) {
        setFormProblem(input.problem)
        return
      }
      loaded.set(await callCloud(governance, 'setTeams', input, { requestId }))
      setTeamDraft(null)
      await toastDone(teamDraft.id ? '队伍已保存' : '队伍已新建，请添加成员')
    })
  const removeTeam = async (teamId: string, name: string) => {
    if (!(await confirmAction({ title: `删除${name}？`, content: '删除后不再向该队伍派单；队伍还有未办结的问题时不能删除。', confirmText: '确定删除' }))) return
    await changing.run(async (requestId) => {
      loaded.set(await callCloud(governance, 'setTeams', toTeamsInputWithout(teams(), teamId), { requestId }))
      setTeamDraft(null)
      await toastDone('已删除')
    }, `team-remove:${teamId}`)
  }

  return {
    loaded,
    open,
    setOpen,
    setWorker: (gridId: string, workerId: string) => void setWorker(gridId, workerId),
    addMember: (teamId: string, id: string) => void setMembers(teamId, (ids) => [...new Set([...ids, id])]),
    removeMember: (teamId: string, id: string, name: string) =>
      void confirmAction({ title: `移除${name}？`, content: '移除后不再收到该队伍的派单，已派给队伍的问题由其他成员处置。', confirmText: '确定移除' }).then((yes) => {
        if (yes) void setMembers(teamId, (ids) => ids.filter((m) => m !== id))
      }),
    gridDraft,
    /** what the server said about the form's fields (a building in two grids, a name too long) */
    formFields: Object.values(changing.fields).filter(Boolean),
    editGrid: (d: GridDraft | null) => {
      setGridDraft(d)
      setTeamDraft(null)
      setFormProblem(null)
      changing.forget()
    },
    newGrid: () => {
      setGridDraft(NEW_GRID)
      setTeamDraft(null)
      setFormProblem(null)
    },
    saveGrid: () => void saveGrid(),
    removeGrid: (gridId: string, name: string) => void removeGrid(gridId, name),
    teamDraft,
    editTeam: (d: TeamDraft | null) => {
      setTeamDraft(d)
      setGridDraft(null)
      setFormProblem(null)
      changing.forget()
    },
    newTeam: () => {
      setTeamDraft(NEW_TEAM)
      setGridDraft(null)
      setFormProblem(null)
    },
    saveTeam: () => void saveTeam(),
    removeTeam: (teamId: string, name: string) => void removeTeam(teamId, name),
    category,
    setCategory,
    editing,
    edit: (s: CategorySettings) => {
      setEdits((e) => ({ ...e, [category]: s }))
      saving.forget()
    },
    save: () => void save(),
    busy: saving.busy || changing.busy,
    problem: formProblem ?? saving.problem ?? changing.problem,
    fields: { ...saving.fields, ...changing.fields },
  }
}
